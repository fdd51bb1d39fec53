// Finds a Chrome or Chromium for the browser tests and benchmarks, installing Debian's package when none
// exists and we are root on Debian. Playwright cannot download its own browsers here, so playwright-core
// drives this system browser. The browser tests prefer Chromium's headless shell (Debian's
// `chromium-headless-shell`, the build Playwright itself runs headless tests in): the same Blink and V8
// without the desktop browser's window and display compositor. The browser tests took 378 s in it against
// 422 s in the full Chromium (2026-12-06, same checkout, idle machine, one after the other); two of its
// differences need help from the tests (tests/e2e/_browser.ts, `newContext`). The benchmarks measure what
// readers run, the full Chromium.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

/** Where Chromium's headless shell is installed (Debian's chromium-headless-shell). */
const HEADLESS_SHELL_CANDIDATES = ["/usr/bin/chromium-headless-shell"];

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
 * Returns the path of a Chrome/Chromium executable: `CHROME_PATH` first; with `headlessShell`, Chromium's
 * headless shell if installed, or (as root on Debian) installed with apt-get; then the usual paths of a full
 * Chrome or Chromium, then (as root on Debian) `apt-get install chromium`. Throws with instructions otherwise.
 */
export function findChromium({ install = true, headlessShell = false, log = console.error } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${JSON.stringify(fromEnv)}, which is not an executable file.`);
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = existsSync("/etc/debian_version");
  const canInstall = install && isRoot && isDebian;
  if (headlessShell) {
    const shell =
      HEADLESS_SHELL_CANDIDATES.find(isExecutable) ??
      (canInstall && aptInstall("chromium-headless-shell", HEADLESS_SHELL_CANDIDATES, log));
    if (shell) return shell;
  }
  const found = CANDIDATES.find(isExecutable) ?? (canInstall && aptInstall("chromium", CANDIDATES, log));
  if (found) return found;
  throw new Error(
    [
      "The browser tests need Chrome or Chromium, and none was found.",
      `Looked at: CHROME_PATH (unset), ${[...(headlessShell ? HEADLESS_SHELL_CANDIDATES : []), ...CANDIDATES].join(", ")}.`,
      "Install one (on Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.",
      isRoot && !isDebian ? "Automatic installation only runs on Debian." : "",
      !isRoot && isDebian ? "Automatic installation needs root." : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

/**
 * Installs Debian's `pkg` with apt-get, and returns the first of `paths` that is then executable (undefined if
 * none is).
 */
function aptInstall(pkg, paths, log) {
  log(`No ${pkg} found: installing Debian's ${pkg} with apt-get (one time)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Another install on the machine holds the dpkg and apt locks for a while: wait for them (apt >= 1.9)
  // instead of failing at once.
  const wait = ["-o", `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_S}`];
  execFileSync("apt-get", [...wait, "update"], { stdio: "inherit", env });
  execFileSync("apt-get", [...wait, "install", "-y", "--no-install-recommends", pkg], { stdio: "inherit", env });
  return paths.find(isExecutable);
}

// `node scripts/chromium.mjs [--headless-shell]` prints (and if need be installs) the browser the benchmarks
// run, or with the flag the one the browser tests run.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${findChromium({ headlessShell: process.argv.includes("--headless-shell") })}\n`);
}
