import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openStore } from "../store/index.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";

function captureIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
}

describe("qyzmet population generate", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "qyzmet-population-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a small population into a PGlite directory and prints the counts", async () => {
    const io = captureIo();
    const code = await main(
      ["population", "generate", "--size", "400", "--seed", "3", "--data-dir", dir],
      io,
    );
    assert.equal(code, 0, io.lines.join("\n"));
    assert.match(io.lines.join("\n"), /persons \(ГБД ФЛ\)\s+400/);
    assert.match(io.lines.join("\n"), /marriages \(АХАЖ\)\s+\d+/);

    const json = captureIo();
    assert.equal(
      await main(
        ["population", "generate", "--size", "400", "--seed", "3", "--data-dir", dir, "--json"],
        json,
      ),
      0,
    );
    const counts = JSON.parse(json.lines[0] ?? "{}") as Record<string, number>;
    assert.equal(counts.citizens, 400);

    const store = await openStore({ dataDir: dir });
    try {
      const n = await store.db
        .selectFrom("citizens")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 400, "the second run replaced the first");
      const births = await store.db
        .selectFrom("civil_records")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("kind", "=", "birth")
        .executeTakeFirstOrThrow();
      assert.equal(Number(births.n), counts.births);
    } finally {
      await store.close();
    }
  });

  it("refuses an unknown sub-command and a bad size", async () => {
    assert.equal(await main(["population", "grow"], captureIo()), 2);
    assert.equal(await main(["population", "generate", "--size", "many", "--memory"], captureIo()), 2);
  });
});
