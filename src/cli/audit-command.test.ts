import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { nextIin } from "../iin/iin.ts";
import { seedOrganisation } from "../org/index.ts";
import { migrate, openStore } from "../store/index.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";

function captureIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
}

describe("qyzmet case and qyzmet audit verify", () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "qyzmet-audit-"));
    const store = await openStore({ dataDir: dir });
    await migrate(store);
    await seedOrganisation(store.db, { population: { count: 0 } });
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("registers and acts on a case from the command line, then finds every chain intact and a tampered event broken", async () => {
    const request = {
      idempotencyKey: "cli-case-0001",
      serviceCode: "school-meals",
      channel: "provider_office",
      regionCode: "astana",
      districtId: "ast-d01",
      providerId: "AST-D01-EDU",
      applicant: {
        iin: nextIin({ birthDate: "1980-01-01", sex: "m", serial: 7 }).iin,
        surname: "Серіков",
        givenName: "Бауыржан",
      },
      documents: [],
    };
    let io = captureIo();
    assert.equal(
      await main(
        ["case", "submit", "--as", "ast-d01-edu.clerk", "--json", JSON.stringify(request), "--data-dir", dir],
        io,
      ),
      0,
    );
    const submitted = JSON.parse(io.lines.join("\n"));
    assert.equal(submitted.created, true);
    io = captureIo();
    assert.equal(await main(["audit", "verify", "--data-dir", dir, "--json"], io), 0);
    const ok = JSON.parse(io.lines.join(""));
    assert.equal(ok.cases, 1);
    assert.deepEqual(ok.breaks, []);

    // Tampering needs the schema owner to switch the append-only trigger off: then the chain tells.
    const store = await openStore({ dataDir: dir });
    await sql`ALTER TABLE events DISABLE TRIGGER events_append_only`.execute(store.admin);
    await sql`UPDATE events SET payload = jsonb_set(payload, '{tampered}', 'true') WHERE seq = 1`.execute(
      store.admin,
    );
    await sql`ALTER TABLE events ENABLE TRIGGER events_append_only`.execute(store.admin);
    await store.close();
    io = captureIo();
    assert.equal(await main(["audit", "verify", "--data-dir", dir], io), 1);
    assert.match(io.lines.join("\n"), /BROKEN case .* at event 1: hash_mismatch/);
  });

  it("a staff login that does not exist is a typed error, exit 2", async () => {
    const io = captureIo();
    assert.equal(await main(["case", "inbox", "--as", "nobody", "--data-dir", dir], io), 2);
    assert.match(io.lines.join("\n"), /STAFF_NOT_FOUND/);
  });
});
