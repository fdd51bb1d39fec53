import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { MOVES, markFirstMoveScript, READER_MOVED } from "./moves";

describe("markFirstMoveScript", () => {
  it("marks <html> on the first of any move, then stops listening", () => {
    for (const move of MOVES) {
      const attributes = new Map<string, string>();
      const listeners = new Map<string, () => void>();
      const context = {
        document: { documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) } },
        addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
        removeEventListener: (type: string) => listeners.delete(type),
      };
      runInNewContext(markFirstMoveScript(), context);
      expect([...listeners.keys()].sort()).toEqual([...MOVES].sort());
      expect(attributes.has(READER_MOVED)).toBe(false);
      listeners.get(move)?.();
      expect(attributes.get(READER_MOVED)).toBe("");
      expect(listeners.size).toBe(0);
    }
  });
});
