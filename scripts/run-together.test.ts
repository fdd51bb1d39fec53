import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("run-together.mjs", import.meta.url));

/** Runs run-together.mjs with `names` in a package whose npm scripts are `scripts`. */
function runTogether(scripts: Record<string, string>, names: string[]): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "run-together-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true, scripts }));
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...names], { cwd: dir }, (error, stdout) => {
      resolve({ code: error ? Number(error.code) : 0, out: stdout });
    });
  });
}

describe("run-together", () => {
  it("runs every script, prints each one's output whole, and exits with the failure's code", async () => {
    const { code, out } = await runTogether(
      {
        slow: `node -e "setTimeout(() => console.log('slow done'), 300)"`,
        fails: `node -e "console.log('about to fail'); process.exit(3)"`,
      },
      ["slow", "fails"],
    );
    expect(code).toBe(3);
    // Each script's output whole under its own header (in the order they end, which load can change).
    const blocks = Object.fromEntries(
      out
        .split(/^── npm run /m)
        .slice(1)
        .map((block) => [block.slice(0, block.indexOf(":")), block]),
    );
    expect(Object.keys(blocks).sort()).toEqual(["fails", "slow"]);
    expect(blocks.fails).toMatch(/^fails: exit 3 after \d+\.\d s ──\n/);
    expect(blocks.fails).toContain("about to fail");
    expect(blocks.fails).not.toContain("slow done");
    expect(blocks.slow).toMatch(/^slow: exit 0 after \d+\.\d s ──\n/);
    expect(blocks.slow).toContain("slow done");
    expect(blocks.slow).not.toContain("about to fail");
  });

  it("exits 0 when every script succeeds, and 2 with a usage message when none is named", async () => {
    await expect(runTogether({ a: "node -e 0", b: "node -e 0" }, ["a", "b"])).resolves.toMatchObject({ code: 0 });
    await expect(runTogether({}, [])).resolves.toMatchObject({ code: 2 });
  });
});
