import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "../org/demo-org.ts";
import { createCa } from "../pki/index.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";
import { DEMO_LOGIN, describeDatabase, runSeeders, startServer, storeOptions } from "./serve-command.ts";

function captureIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line) };
}

const BIN = fileURLToPath(new URL("../../bin/qyzmet.js", import.meta.url));

describe("qyzmet serve", () => {
  it("starts on PGlite in memory on a free port, seeds the demo, serves, and closes", async () => {
    const io = captureIo();
    const running = await startServer({ memory: true, port: 0, host: "127.0.0.1", io, env: {} });
    try {
      assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.ok(
        io.lines.includes(`Qyzmet is running at ${running.url} (database: PGlite in memory)`),
        io.lines.join("\n"),
      );
      assert.ok(io.lines.some((l) => l.startsWith("Seeded the demo organisation")));
      assert.ok(io.lines.includes(`Demo sign-in: login ${DEMO_LOGIN}, password ${DEMO_PASSWORD}`));

      const health = await fetch(new URL("health", running.url));
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { database: string }).database, "pglite");

      const services = await fetch(new URL("api/v1/services?lang=en", running.url));
      assert.equal(((await services.json()) as { services: unknown[] }).services.length, 26);

      // The hint works over real HTTP: sign in, then ask who we are with the cookie.
      const signIn = await fetch(new URL("api/v1/auth/sign-in", running.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login: DEMO_LOGIN, password: DEMO_PASSWORD }),
      });
      assert.equal(signIn.status, 200);
      const cookie = signIn.headers.get("set-cookie") ?? "";
      assert.match(cookie, /qyzmet_session=[^;]+;.*HttpOnly/i);
      const me = await fetch(new URL("api/v1/auth/me", running.url), {
        headers: { cookie: cookie.split(";")[0] ?? "" },
      });
      assert.equal(me.status, 200);
    } finally {
      await running.close();
    }
    await assert.rejects(fetch(new URL("health", running.url)));
    await running.close(); // twice is fine
  });

  describe("on a PGlite directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "qyzmet-serve-"));
    after(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}-pki`, { recursive: true, force: true });
    });

    it("db migrate, db seed --demo (twice), then serve leaves the seeded database as it is", async () => {
      const migrateIo = captureIo();
      assert.equal(await main(["db", "migrate", "--data-dir", dir], migrateIo), 0);
      assert.match(migrateIo.lines.join("\n"), /applied 0001/);

      for (let run = 0; run < 2; run++) {
        const seedIo = captureIo();
        assert.equal(await main(["db", "seed", "--demo", "--data-dir", dir], seedIo), 0);
        assert.match(seedIo.lines.join("\n"), /the schema is up to date/);
        assert.ok(seedIo.lines.some((l) => l.startsWith("Seeded the demo organisation")));
      }

      const io = captureIo();
      const running = await startServer({ dataDir: dir, port: 0, io, env: {} });
      try {
        // A second server on the same port: a clear usage error, and the first keeps serving.
        const port = Number(new URL(running.url).port);
        await assert.rejects(
          startServer({ memory: true, port, env: {}, seeders: [] }),
          /Cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/,
        );
        assert.equal((await fetch(new URL("health", running.url))).status, 200);
        assert.ok(!io.lines.some((l) => l.startsWith("Seeded")), "a seeded database is not seeded again");
        assert.ok(io.lines.some((l) => l.includes(`(database: PGlite in ${dir})`)));
        assert.ok(io.lines.some((l) => l.startsWith("Demo sign-in:")));
        // More seeders (the lead's case seeder) run in order with the store, catalogue and calendar.
        const seen: string[] = [];
        await runSeeders(
          [
            {
              name: "probe",
              seed: async (context) => {
                seen.push(`${context.catalog.length} services, ${context.store.kind}`);
                return { probes: 1 };
              },
            },
          ],
          {
            store: running.store,
            catalog: running.app.deps.catalog,
            calendar: running.app.deps.calendar,
            now: new Date(),
            signing: { ca: await createCa(), trust: { roots: [], crls: async () => [] } },
          },
          io,
        );
        assert.deepEqual(seen, ["26 services, pglite"]);
        assert.ok(io.lines.includes("Seeded the demo probe: probes 1"));
      } finally {
        await running.close();
      }
    });
  });

  it("the qyzmet command serves until SIGTERM, then closes gracefully and exits 0", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--memory", "--port", "0"], {
      env: { ...process.env, DATABASE_URL: "", QYZMET_LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += String(chunk);
        const match = /Qyzmet is running at (\S+) /.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.on("exit", () => reject(new Error(`exited early:\n${stdout}\n${stderr}`)));
    });
    const health = await fetch(new URL("health", url));
    assert.equal(health.status, 200);
    child.kill("SIGTERM");
    assert.equal(await exited, 0, stderr);
    assert.match(stdout, /SIGTERM: closing Qyzmet…/);
    assert.match(stdout, /Qyzmet stopped\./);
  });

  it("rejects bad arguments with exit code 2 before opening anything", async () => {
    for (const args of [
      ["serve", "--port", "http"],
      ["serve", "--port", "70000"],
      ["serve", "extra"],
      ["serve", "--bogus"],
      ["db"],
      ["db", "drop"],
      ["db", "seed"],
      ["db", "migrate", "--demo"],
    ]) {
      const io = captureIo();
      assert.equal(await main(args, io), 2, args.join(" "));
      assert.match(io.lines.join("\n"), /\[CLI_USAGE\]/);
    }
  });
});

describe("database selection", () => {
  it("DATABASE_URL means PostgreSQL unless --memory or --data-dir asks for PGlite", () => {
    const env = { DATABASE_URL: "postgres://qyzmet:secret@db.example:5432/qyzmet" };
    assert.deepEqual(storeOptions({}, env), { url: env.DATABASE_URL });
    assert.deepEqual(storeOptions({ memory: true }, env), { memory: true });
    assert.deepEqual(storeOptions({ dataDir: "x" }, env), { dataDir: "x" });
    assert.deepEqual(storeOptions({}, {}), { dataDir: "data/pglite" });
  });

  it("describes the database without its credentials", () => {
    const text = describeDatabase({ url: "postgres://qyzmet:secret@db.example:5432/qyzmet" });
    assert.equal(text, "PostgreSQL at db.example:5432/qyzmet");
    assert.equal(describeDatabase({ memory: true }), "PGlite in memory");
  });
});
