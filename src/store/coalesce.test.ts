import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Coalescer } from "./coalesce.ts";

describe("coalesced lookups", () => {
  it("the first lookup runs at once; those made while it runs share the next query", async () => {
    const queries: string[][] = [];
    const c = new Coalescer<string, number>(async (keys) => {
      queries.push([...keys]);
      await new Promise((r) => setTimeout(r, 5));
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.length]));
    });
    const answers = await Promise.all(["a", "bb", "ccc", "bb", "missing"].map((k) => c.get(k)));
    assert.deepEqual(answers, [1, 2, 3, 2, undefined]);
    assert.deepEqual(queries, [["a"], ["bb", "ccc", "missing"]]);
  });

  it("a failed query fails only its own lookups; the next ones run", async () => {
    let calls = 0;
    const c = new Coalescer<string, string>(async (keys) => {
      calls++;
      if (calls === 1) throw new Error("database down");
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    const first = c.get("x");
    await assert.rejects(first, /database down/);
    assert.equal(await c.get("y"), "Y");
  });

  it("at most maxKeys keys go into one query", async () => {
    const sizes: number[] = [];
    const c = new Coalescer<number, number>(async (keys) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k]));
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => c.get(i)));
    assert.deepEqual(sizes, [1, 3, 3, 1]);
  });
});
