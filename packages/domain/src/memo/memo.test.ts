import { describe, expect, it } from "vitest";
import { loadOnce } from "./index";

describe("loadOnce", () => {
  it("loads a key once, for callers at the same time and later ones", async () => {
    const cache = new Map<string, Promise<number>>();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return 42;
    };
    const [a, b] = await Promise.all([loadOnce(cache, "k", load), loadOnce(cache, "k", load)]);
    expect([a, b, await loadOnce(cache, "k", load)]).toEqual([42, 42, 42]);
    expect(loads).toBe(1);
    expect(await loadOnce(cache, "other", load)).toBe(42);
    expect(loads).toBe(2);
  });

  it("forgets a failed load, so the next ask tries again", async () => {
    const cache = new Map<string, Promise<string>>();
    await expect(loadOnce(cache, "k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await loadOnce(cache, "k", async () => "up")).toBe("up");
  });
});
