// Finds a Chrome or Chromium for the browser tests and benchmarks, installing Debian's `chromium`
// when none exists and we are root on Debian. Playwright cannot download its own browsers here,
// so playwright-core drives this system browser.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags for a headless, offline, root-run Chromium that makes no background requests. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** How long apt-get waits for a lock held by another install, in seconds. */
export const APT_LOCK_TIMEOUT_S = 600;

/**
 * Returns the path of a Chrome/Chromium executable: `CHROME_PATH` first, then the usual paths,
 * then (as root on Debian) `apt-get install chromium`. Throws with instructions otherwise.
 */
export function findChromium({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${JSON.stringify(fromEnv)}, which is not an executable file.`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (found) return found;

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = existsSync("/etc/debian_version");
  if (install && isRoot && isDebian) {
    log("No Chrome or Chromium found: installing Debian's chromium with apt-get (one time)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    // Another install on the machine holds the dpkg and apt locks for a while: wait for them (apt >= 1.9)
    // instead of failing at once.
    const wait = ["-o", `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_S}`];
    execFileSync("apt-get", [...wait, "update"], { stdio: "inherit", env });
    execFileSync("apt-get", [...wait, "install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env,
    });
    const installed = CANDIDATES.find(isExecutable);
    if (installed) return installed;
  }
  throw new Error(
    [
      "The browser tests need Chrome or Chromium, and none was found.",
      `Looked at: CHROME_PATH (unset), ${CANDIDATES.join(", ")}.`,
      "Install one (on Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.",
      isRoot && !isDebian ? "Automatic installation only runs on Debian." : "",
      !isRoot && isDebian ? "Automatic installation needs root." : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${findChromium()}\n`);
}
