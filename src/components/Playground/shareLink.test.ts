import { describe, expect, it } from "vitest";
import { decodeShareHash, encodeShareHash } from "./shareLink";

describe("share links", () => {
  it("decodeShareHash(encodeShareHash(id, files)) gives the files back, Unicode included", () => {
    const files = { "main.ts": 'console.log("σ(z) ≥ 0 ✓");\n'.repeat(50), "lib/x.ts": "export {};" };
    const hash = encodeShareHash("softmax-stability", files);
    expect(hash).toMatch(/^#pg1\.softmax-stability\.[\w-]+$/);
    expect(hash.length).toBeLessThan(400);
    expect(decodeShareHash(hash)).toEqual({ id: "softmax-stability", files });
  });

  it("a version-1 link keeps decoding (format pinned)", () => {
    expect(decodeShareHash("#pg1.demo.eNqrVkrLzEktVrKqVspNzMzTKwEylZLz84rzc1L1cvLTNQw1lWprAf6wDOM")).toEqual({
      id: "demo",
      files: { "main.ts": "console.log(1)" },
    });
  });

  it("decodeShareHash ignores other hashes and damaged links", () => {
    expect(decodeShareHash("#try-stable-softmax")).toBeNull();
    expect(decodeShareHash("#pg1.demo.not-zlib")).toBeNull();
    expect(decodeShareHash("#pg9.demo.eNqrVkrLzEktVrKqVspNzMzTKwEylZLz84rzc1L1cvLTNQw1lWprAf6wDOM")).toBeNull();
  });
});
