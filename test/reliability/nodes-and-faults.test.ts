/**
 * Several nodes and database faults (issue 9, items 2 and 3), on one
 * throwaway database:
 *  - two (long form: three) `qyzmet serve` processes on one PostgreSQL, all
 *    running the deadline, gateway and monitoring workers, under load: no
 *    overdue notice, gateway delivery, monitoring export or monthly payment
 *    run happens twice or is skipped;
 *  - a node whose PostgreSQL goes away under load (a TCP proxy in front of the
 *    cluster is cut — the shared cluster itself is never stopped): requests
 *    fail with 503 DATABASE_UNAVAILABLE problem+json, none with 500, the
 *    process stays up, nothing half-written remains, and it recovers by itself;
 *  - the database's disk full under load (its tables on a tmpfs tablespace filled to the last byte,
 *    see full-disk.ts): 503 DATABASE_UNAVAILABLE, never 500, nothing half-written, nothing that was
 *    acknowledged lost, and it goes on by itself once space is freed.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { kzIban } from "../../src/core/bank-account.ts";
import { nextIin } from "../../src/iin/iin.ts";
import { DEMO_PASSWORD } from "../../src/org/index.ts";
import { assignPayment, setCoefficient } from "../../src/payments/payments.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { FULL } from "./fixture.ts";
import { type FullDisk, fullDiskFor, fullDiskSkip } from "./full-disk.ts";
import { assertIntegrity, integrity, jobMaker, Load, type Principals, principals, settled } from "./load.ts";
import {
  cookieOf,
  DbProxy,
  freePort,
  request,
  type Scratch,
  ServerProcess,
  scratchDatabase,
  sleep,
  testCluster,
  viaProxy,
} from "./processes.ts";

const cluster = testCluster();
const NODES = FULL ? 3 : 2;

describe("several nodes and database faults", {
  skip: cluster ? false : "needs TEST_DATABASE_URL (PostgreSQL)",
}, () => {
  let scratch: Scratch;
  let store: Store;
  const nodes: ServerProcess[] = [];
  let who: Principals;
  let disk: FullDisk | null = null;

  before(async () => {
    assert.ok(cluster);
    scratch = await scratchDatabase(cluster, "nodes");
    const env = { DATABASE_URL: scratch.url, QYZMET_PKI_DIR: scratch.pkiDir };
    // The first node migrates and seeds; the others start on the seeded database.
    nodes.push(new ServerProcess(await freePort(), env));
    nodes[0]?.start();
    await nodes[0]?.healthy(180_000);
    for (let i = 1; i < NODES; i++) nodes.push(new ServerProcess(await freePort(), env));
    for (const n of nodes.slice(1)) n.start();
    for (const n of nodes) await n.healthy();
    store = await openStore({ url: scratch.url });
    who = await principals(nodes[0]?.url ?? "", store.db, scratch.pkiDir);
  });
  after(async () => {
    for (const n of nodes) await n.stop();
    await store?.close();
    await scratch?.drop();
    await disk?.remove();
  });

  it(`${NODES} nodes under load: every overdue notice, delivery, export and payment once`, async () => {
    const label = `nodes-${process.pid}`;
    const load = new Load(() => nodes.map((n) => n.url), jobMaker(who, label), label);
    // Payments to run: assignments starting last month (arrears + this month each).
    const now = new Date();
    const month = now.toISOString().slice(0, 7);
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    await setCoefficient(store.db, {
      type: "guardian-allowance",
      effectiveFrom: "2015-01-01",
      coefficient: 10,
      source: "reliability test",
      setBy: "admin",
      at: now,
    });
    const assignments = FULL ? 60 : 20;
    for (let i = 0; i < assignments; i++) {
      await assignPayment(store.db, {
        type: "guardian-allowance",
        caseId: null,
        recipientIin: nextIin({ birthDate: "1975-01-01", sex: "f", serial: 2000 + i }).iin,
        recipientName: "Қамқоршы А.",
        childIin: nextIin({ birthDate: "2015-06-01", sex: "m", serial: 2000 + i }).iin,
        childBirthDate: "2015-06-01",
        regionCode: "kyzylorda",
        bankBic: "HSBKKZKX",
        account: kzIban("601", String(i).padStart(13, "0")),
        startsOn: lastMonth,
        termEndsOn: null,
        at: now,
      });
    }
    let done = false;
    const running = load.run(() => done, 4);
    // Time passes for some open tasks: their due time moves into the past while every node scans.
    await sleep(2_000);
    const overdue = await sql<{ id: string }>`
      UPDATE tasks SET due_at = now() - interval '1 hour'
      WHERE id IN (SELECT id FROM tasks WHERE done_at IS NULL AND overdue_at IS NULL ORDER BY id LIMIT ${FULL ? 80 : 25})
      RETURNING id`.execute(store.admin);
    // The monthly run asked of every node at once, twice each.
    const admin = await request(nodes[0]?.url ?? "", "POST", "/api/v1/auth/sign-in", {
      body: { login: "admin", password: DEMO_PASSWORD },
    });
    const cookie = cookieOf(admin, "qyzmet_session");
    const runs = await Promise.all(
      [...nodes, ...nodes].map((n) =>
        request(n.url, "POST", "/api/v1/payments/runs", {
          headers: { cookie, "x-qyzmet-csrf": "1" },
          body: { month },
        }),
      ),
    );
    for (const r of runs) assert.equal(r.status, 200, r.body);
    await sleep(FULL ? 20_000 : 6_000);
    done = true;
    await running;
    await load.drain();
    await settled(store.db);
    // Every task made overdue was marked once, with its event once.
    const ids = overdue.rows.map((r) => r.id);
    const marks = await sql<{ task: string; n: number }>`
      SELECT t.id task, (SELECT count(*)::int FROM events e WHERE e.case_id = t.case_id AND e.action = 'task.overdue'
        AND e.payload->>'taskId' = t.id::text) n
      FROM tasks t WHERE t.id = ANY(${ids})`.execute(store.db);
    const unmarked = await sql<{ n: number }>`
      SELECT count(*)::int n FROM tasks WHERE id = ANY(${ids}) AND overdue_at IS NULL AND done_at IS NULL`.execute(
      store.db,
    );
    const overdueTwice = marks.rows.filter((r) => r.n > 1).length;
    const overdueEvents = marks.rows.filter((r) => r.n === 1).length;
    const noticesTwice = await sql<{ n: number }>`
      SELECT count(*)::int n FROM (SELECT coalesce(staff_id, ''), case_id, text FROM notifications
        WHERE kind = 'task.overdue' GROUP BY 1, 2, 3 HAVING count(*) > 1) d`.execute(store.db);
    const accruals = await sql<{ total: number; twice: number; payees: number }>`
      SELECT (SELECT count(*)::int FROM payment_accruals) total,
             (SELECT count(*)::int FROM (SELECT assignment_id, for_month FROM payment_accruals GROUP BY 1, 2
               HAVING count(*) > 1) d) twice,
             (SELECT count(DISTINCT assignment_id)::int FROM payment_accruals) payees`.execute(store.db);
    const a = accruals.rows[0];
    const figures = await integrity(store.db, load, scratch.url);
    const delivered = await sql<{ n: number }>`SELECT count(*)::int n FROM gateway_outbox`.execute(store.db);
    const exported = await sql<{ n: number }>`SELECT count(*)::int n FROM monitoring_inbox`.execute(store.db);
    console.log(
      `several nodes: ${NODES} processes; ${figures.acknowledged} applications acknowledged, ${figures.found} found, ` +
        `duplicates ${figures.duplicates}; ${ids.length} tasks made overdue: ${overdueEvents} marked once, ` +
        `${overdueTwice} twice, ${Number(unmarked.rows[0]?.n)} skipped, duplicate notices ${Number(noticesTwice.rows[0]?.n)}; ` +
        `gateway ${Number(delivered.rows[0]?.n)} messages, undelivered ${figures.gatewayUndelivered}, twice ${figures.gatewayDeliveredTwice}; ` +
        `monitoring ${Number(exported.rows[0]?.n)} stages received, twice ${figures.monitoringTwice}; ` +
        `payment run ×${runs.length} at once: ${a?.total} accruals for ${a?.payees}/${assignments} payees, twice ${a?.twice}`,
    );
    assertIntegrity(figures, load);
    assert.ok(ids.length > 0, "some open tasks to make overdue");
    assert.equal(overdueTwice, 0, "no overdue mark twice");
    assert.equal(Number(unmarked.rows[0]?.n), 0, "no overdue task skipped");
    assert.equal(overdueEvents, ids.length);
    assert.equal(Number(noticesTwice.rows[0]?.n), 0, "no overdue notice twice");
    assert.equal(a?.twice, 0, "no payment accrued twice");
    assert.equal(a?.payees, assignments, "no payee skipped");
    assert.equal(a?.total, assignments * 2, "last month's arrears and this month's, once each");
  });

  it("PostgreSQL gone under load: 503 DATABASE_UNAVAILABLE, never 500, nothing half-written, recovery by itself", async () => {
    assert.ok(cluster);
    const proxy = new DbProxy(cluster.hostname, Number(cluster.port || 5432));
    await proxy.listen();
    const node = new ServerProcess(await freePort(), {
      DATABASE_URL: viaProxy(scratch, proxy),
      QYZMET_PKI_DIR: scratch.pkiDir,
    });
    node.start();
    try {
      await node.healthy();
      const pid = node.child?.pid;
      const label = `faults-${process.pid}`;
      const load = new Load(() => [node.url], jobMaker(who, label), label);
      let done = false;
      const running = load.run(() => done, 3);
      const outages = FULL ? 5 : 1;
      const seen = new Map<string, number>();
      let recoveries = 0;
      let worstRecoveryMs = 0;
      for (let i = 0; i < outages; i++) {
        await sleep(1_500);
        proxy.cut();
        const downUntil = Date.now() + (FULL ? 6_000 : 3_000);
        while (Date.now() < downUntil) {
          for (const path of ["/health", "/api/v1/regions/kyzylorda/districts", "/api/v1/tasks/mine"]) {
            const r = await request(node.url, "GET", path, { timeoutMs: 10_000 });
            let code = "";
            if (r.status >= 400) {
              assert.match(
                r.headers.get("content-type") ?? "",
                /^application\/problem\+json/,
                `${path} ${r.body}`,
              );
              code = (JSON.parse(r.body) as { code: string }).code;
            }
            const key = `${r.status} ${code}`.trim();
            seen.set(key, (seen.get(key) ?? 0) + 1);
            assert.notEqual(r.status, 500, `${path}: ${r.body}`);
            assert.ok(
              r.status === 503 || r.status === 200 || r.status === 401,
              `${path}: ${r.status} ${r.body} (exit ${node.child?.exitCode} ${node.child?.signalCode})\n${node.log().slice(-3000)}`,
            );
          }
          await sleep(200);
        }
        proxy.restore();
        const back = Date.now();
        await node.healthy(30_000);
        worstRecoveryMs = Math.max(worstRecoveryMs, Date.now() - back);
        recoveries++;
        assert.equal(node.child?.pid, pid, "the same process recovered; nothing restarted it");
      }
      await sleep(1_000);
      done = true;
      await running;
      await load.drain();
      await settled(store.db);
      const figures = await integrity(store.db, load, scratch.url);
      const half = await halfWritten(store);
      console.log(
        `database faults: ${outages} outage(s) of PostgreSQL under load, answers while down ${JSON.stringify(Object.fromEntries(seen))}; ` +
          `recovered ${recoveries}/${outages} by itself (worst ${worstRecoveryMs} ms); ` +
          `${load.unanswered} requests unanswered and retried; acknowledged ${figures.acknowledged}, found ${figures.found}, ` +
          `duplicates ${figures.duplicates}; half-written ${half}`,
      );
      assert.ok(
        (seen.get("503 DATABASE_UNAVAILABLE") ?? 0) > 0,
        "the outage was seen as 503 DATABASE_UNAVAILABLE",
      );
      assert.equal(half, 0, "nothing half-written");
      assertIntegrity(figures, load);
    } finally {
      await node.stop();
      await proxy.close();
    }
  });

  it("the database's disk full under load: 503 DATABASE_UNAVAILABLE, never 500, nothing half-written or lost; it goes on once space is freed", {
    skip: fullDiskSkip(cluster),
  }, async () => {
    assert.ok(cluster);
    // Moving the tables takes their locks: the other nodes stop first.
    for (const n of nodes) await n.stop();
    disk = await fullDiskFor(cluster, store.admin);
    const node = new ServerProcess(await freePort(), {
      DATABASE_URL: scratch.url,
      QYZMET_PKI_DIR: scratch.pkiDir,
    });
    node.start();
    try {
      await node.healthy();
      const pid = node.child?.pid;
      const label = `disk-${process.pid}`;
      const load = new Load(() => [node.url], jobMaker(who, label), label);
      let done = false;
      const running = load.run(() => done, 3);
      await sleep(1_000);
      const before = new Map(load.answers);
      disk.fill();
      const freeWhileFull = disk.available();
      await sleep(FULL ? 10_000 : 4_000);
      const whileFull = [...load.answers]
        .map(([k, n]) => [k, n - (before.get(k) ?? 0)] as const)
        .filter(([, n]) => n > 0);
      disk.free();
      await sleep(1_500);
      done = true;
      await running;
      await load.drain();
      await settled(store.db);
      const figures = await integrity(store.db, load, scratch.url);
      const half = await halfWritten(store);
      console.log(
        `full disk: ${freeWhileFull} bytes free on the database's volume; answers while full ${JSON.stringify(Object.fromEntries(whileFull))}; ` +
          `space freed: ${load.unanswered} requests retried; acknowledged ${figures.acknowledged}, found ${figures.found}, ` +
          `duplicates ${figures.duplicates}; half-written ${half}`,
      );
      assert.equal(freeWhileFull, 0);
      const seen = new Map(whileFull);
      assert.ok(
        (seen.get("503 DATABASE_UNAVAILABLE") ?? 0) > 0,
        "the full disk was seen as 503 DATABASE_UNAVAILABLE",
      );
      assert.ok(![...seen.keys()].some((k) => k.startsWith("500")), JSON.stringify(whileFull));
      assert.equal(node.child?.pid, pid, "the same process went on; nothing restarted it");
      assert.equal(half, 0, "nothing half-written");
      assertIntegrity(figures, load);
    } finally {
      await node.stop();
    }
  });
});

/**
 * What a cut transaction would leave: a case without its registration (or refusal-to-accept) event, an
 * open case without tasks, a signed request without its gateway message.
 */
async function halfWritten(store: Store): Promise<number> {
  const half = await sql<{ n: number }>`SELECT
      (SELECT count(*)::int FROM cases c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id
         AND e.action IN ('case.registered', 'case.not_accepted')))
    + (SELECT count(*)::int FROM cases c WHERE c.ended_at IS NULL AND c.status <> 'not_accepted'
         AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id))
    + (SELECT count(*)::int FROM signed_requests s WHERE NOT EXISTS
         (SELECT 1 FROM gateway_outbox g WHERE g.message_id = s.request_id)) n`.execute(store.db);
  return Number(half.rows[0]?.n);
}
