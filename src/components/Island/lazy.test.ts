import { describe, expect, it } from "vitest";
import { all, lazy, ready } from "./lazy";

describe("lazy", () => {
  it("lazy(load) is not here until loaded, then loads no more", async () => {
    let calls = 0;
    const text = lazy(async () => `text ${++calls}`);
    expect(text.now()).toBeUndefined();
    const [a, b] = await Promise.all([text.load(), text.load()]);
    expect([a, b, text.now(), await text.load()]).toEqual(["text 1", "text 1", "text 1", "text 1"]);
    expect(calls).toBe(1);
  });

  it("lazy(load) tries again after a failed load", async () => {
    let calls = 0;
    const text = lazy(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return "text";
    });
    await expect(text.load()).rejects.toThrow("offline");
    expect(text.now()).toBeUndefined();
    await expect(text.load()).resolves.toBe("text");
    expect(calls).toBe(2);
  });

  it("ready(value) is here at once", async () => {
    const r = ready(null);
    expect(r.now()).toBeNull();
    await expect(r.load()).resolves.toBeNull();
  });

  it("all(lazies) is here once every part is, as the same object each time", async () => {
    const parts = all({ "a.ts": ready("a"), "b.ts": lazy(async () => "b") });
    expect(parts.now()).toBeUndefined();
    const loaded = await parts.load();
    expect(loaded).toEqual({ "a.ts": "a", "b.ts": "b" });
    expect(parts.now()).toBe(loaded);
    expect(await parts.load()).toBe(loaded);
  });
});
