import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import type { Kysely } from "kysely";
import { quoteFound } from "../catalog/seed-text.ts";
import { isQyzmetError } from "../core/errors.ts";
import { openStore, type Store } from "../store/store.ts";
import type { Database, Text3 } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import {
  backoffMs,
  deliverPending,
  enqueue,
  httpSender,
  type OutboundMessage,
  outboxStatus,
  publishStage,
  receive,
  receiveAll,
  type Sender,
  SOURCES,
  STAGE_TOPIC,
  startDeliveryWorker,
} from "./index.ts";

/** A test title's citation: the act's reference and where it is in the seed. */
const cite = (s: { seed: string; ref: string; lines: [number, number] }) =>
  `${s.ref} (seed ${s.seed}, lines ${s.lines[0]}–${s.lines[1]})`;

const T0 = new Date("2026-03-02T05:00:00.000Z"); // Monday 10:00 in Almaty
const at = (ms: number) => new Date(T0.getTime() + ms);
const ok: Sender = async () => {};
const STAGE = cite(SOURCES.stageEntry);
const PROTOCOL = cite(SOURCES.protocol);

async function enqueueN(db: Kysely<Database>, n: number, when = T0): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const { messageId } = await publishStage(trx, {
        caseId: `case-${i}`,
        serviceCode: "guardianship-establishment",
        providerId: "P1",
        stage: "registered",
        at: when,
      });
      ids.push(messageId);
    }
    return ids;
  });
}

function rejectsWith(code: string) {
  return (error: unknown) => isQyzmetError(error) && error.code === code;
}

describe("monitoring", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => store.close());
  beforeEach(async () => {
    await store.admin.deleteFrom("outbox").execute();
    await store.admin.deleteFrom("technical_failures").execute();
    await store.admin.deleteFrom("monitoring_inbox").execute();
  });

  it("the sources quote the act (seed 003)", () => {
    for (const source of Object.values(SOURCES)) {
      assert.ok(quoteFound(source.seed, source.lines[0], source.lines[1], source.quote), source.ref);
    }
  });

  it(`${STAGE}: a stage report is a gateway-shaped message in the outbox`, async () => {
    const enqueued = await store.db.transaction().execute((trx) =>
      publishStage(trx, {
        caseId: "case-1",
        serviceCode: "guardianship-establishment",
        providerId: "P1",
        stage: "result_issued",
        at: T0,
        details: { step: "issue-result" },
      }),
    );
    const row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.topic, STAGE_TOPIC);
    assert.equal(row.case_id, "case-1");
    assert.equal(row.message_id, enqueued.messageId);
    assert.deepEqual(row.payload, {
      messageId: enqueued.messageId,
      correlationId: "case-1",
      serviceId: "guardianship-establishment",
      messageDate: "2026-03-02T05:00:00.000Z",
      sender: "P1",
      stage: "result_issued",
      details: { step: "issue-result" },
    });
    assert.equal(row.attempts, 0);
    assert.equal(row.delivered_at, null);
    assert.equal(row.next_attempt_at.getTime(), T0.getTime());
  });

  it(`${STAGE}: a stage enqueued in a rolled-back transaction is never published`, async () => {
    await assert.rejects(
      store.db.transaction().execute(async (trx) => {
        await publishStage(trx, {
          caseId: "case-1",
          serviceCode: "s",
          providerId: "P1",
          stage: "registered",
          at: T0,
        });
        throw new Error("the case change failed");
      }),
      /the case change failed/,
    );
    const sent: OutboundMessage[] = [];
    const report = await deliverPending(store.db, {
      send: async (m) => {
        sent.push(m);
      },
      now: at(3_600_000),
    });
    assert.deepEqual(report, { claimed: 0, delivered: 0, failed: 0 });
    assert.equal(sent.length, 0);
    assert.equal((await outboxStatus(store.db, T0)).pending, 0);
  });

  it("enqueue keeps a caller's message id and refuses bad input with MONITORING_BAD_MESSAGE", async () => {
    await store.db.transaction().execute(async (trx) => {
      const e = await enqueue(trx, { topic: "t", caseId: null, payload: { a: 1 }, at: T0, messageId: "m-1" });
      assert.equal(e.messageId, "m-1");
      const f = await enqueue(trx, { topic: "t", caseId: null, payload: { messageId: "m-2" }, at: T0 });
      assert.equal(f.messageId, "m-2");
    });
    const bad = [
      { topic: "", caseId: null, payload: {}, at: T0 },
      { topic: "t", caseId: null, payload: {}, at: new Date(Number.NaN) },
      { topic: "t", caseId: null, payload: { messageId: "x" }, at: T0, messageId: "y" },
      { topic: "t", caseId: "", payload: {}, at: T0 },
    ];
    for (const input of bad) {
      await assert.rejects(
        store.db.transaction().execute((trx) => enqueue(trx, input)),
        rejectsWith("MONITORING_BAD_MESSAGE"),
      );
    }
    const rows = await store.db.selectFrom("outbox").select("payload").orderBy("id").execute();
    assert.deepEqual(
      rows.map((r) => r.payload),
      [{ a: 1, messageId: "m-1" }, { messageId: "m-2" }],
    );
  });

  it(`${STAGE}: delivery sends each due message once and marks it delivered`, async () => {
    const ids = await enqueueN(store.db, 3);
    await enqueueN(store.db, 1, at(60_000)); // not yet due
    const sent: OutboundMessage[] = [];
    const send: Sender = async (m) => {
      sent.push(m);
    };
    const report = await deliverPending(store.db, { send, now: T0 });
    assert.deepEqual(report, { claimed: 3, delivered: 3, failed: 0 });
    assert.deepEqual(
      sent.map((m) => m.messageId),
      ids,
    );
    assert.ok(
      sent.every((m) => m.attempt === 1 && m.topic === STAGE_TOPIC && m.payload.messageId === m.messageId),
    );
    const rows = await store.db
      .selectFrom("outbox")
      .selectAll()
      .where("delivered_at", "is not", null)
      .execute();
    assert.equal(rows.length, 3);
    assert.ok(rows.every((r) => r.attempts === 1 && r.delivered_at?.getTime() === T0.getTime()));
    assert.deepEqual(await deliverPending(store.db, { send, now: at(1_000) }), {
      claimed: 0,
      delivered: 0,
      failed: 0,
    });
    assert.equal((await deliverPending(store.db, { send, now: at(60_000) })).delivered, 1);
    const status = await outboxStatus(store.db, at(60_000));
    assert.deepEqual(status, {
      pending: 0,
      failing: 0,
      delivered: 4,
      oldestUndeliveredAt: null,
      oldestUndeliveredAgeMs: null,
      technicalFailures: 0,
    });
  });

  it("backoff: 30 s × 2^(attempts−1), at most 1 h", () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(backoffMs),
      [30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000],
    );
    assert.throws(() => backoffMs(0), RangeError);
  });

  it(`${PROTOCOL}: a failing sender is retried with backoff and one technical-problem protocol is drawn up`, async () => {
    const [id] = await enqueueN(store.db, 1);
    let up = false;
    const attempts: number[] = [];
    const send: Sender = async (m) => {
      attempts.push(m.attempt);
      if (!up) throw new Error("connect ECONNREFUSED 10.0.0.1:443");
    };
    assert.deepEqual(await deliverPending(store.db, { send, now: T0 }), {
      claimed: 1,
      delivered: 0,
      failed: 1,
    });
    let row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, "connect ECONNREFUSED 10.0.0.1:443");
    assert.equal(row.next_attempt_at.getTime(), T0.getTime() + 30_000);

    const failures = await store.db.selectFrom("technical_failures").selectAll().execute();
    assert.equal(failures.length, 1);
    const failure = failures[0]!;
    assert.equal(failure.message_id, id);
    assert.equal(failure.topic, STAGE_TOPIC);
    assert.equal(failure.at.getTime(), T0.getTime());
    const protocol: Text3 = failure.protocol;
    assert.match(protocol.kk, /^Техникалық проблема туралы хаттама\. 2026-03-02T10:00:00\+05:00/);
    assert.match(protocol.ru, /^Протокол о технической проблеме\./);
    assert.match(protocol.en, /^Technical-problem protocol\./);
    for (const text of Object.values(protocol)) {
      assert.ok(text.includes(id!), "names the message");
      assert.ok(text.includes("ECONNREFUSED"), "says what failed");
      assert.ok(text.includes("16-1"), "cites p. 16-1");
      assert.ok(text.includes("seed 003, lines 443–451"), "cites the seed lines");
    }
    assert.match(protocol.kk, /ақпараттық-коммуникациялық инфрақұрылымға жауапты/i);
    assert.match(protocol.ru, /информационно-коммуникационную инфраструктуру, уведомлен/);
    assert.match(protocol.en, /ICT infrastructure has been informed/);

    // Not due before the backoff ends.
    assert.equal((await deliverPending(store.db, { send, now: at(29_999) })).claimed, 0);
    // Second failure: 60 s, and no second protocol.
    assert.equal((await deliverPending(store.db, { send, now: at(30_000) })).failed, 1);
    row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.attempts, 2);
    assert.equal(row.next_attempt_at.getTime(), T0.getTime() + 30_000 + 60_000);
    assert.equal((await outboxStatus(store.db, at(60_000))).failing, 1);
    assert.equal((await outboxStatus(store.db, at(60_000))).oldestUndeliveredAgeMs, 60_000);

    up = true;
    assert.equal((await deliverPending(store.db, { send, now: at(90_000) })).delivered, 1);
    assert.deepEqual(attempts, [1, 2, 3]);
    row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.attempts, 3);
    assert.equal(row.delivered_at?.getTime(), T0.getTime() + 90_000);
    const status = await outboxStatus(store.db, at(90_000));
    assert.equal(status.delivered, 1);
    assert.equal(status.failing, 0);
    assert.equal(status.technicalFailures, 1);
  });

  it("a claimed message is not claimed again while its lease runs, and is retried after it", async () => {
    const [id] = await enqueueN(store.db, 1);
    let release!: () => void;
    const hanging = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = deliverPending(store.db, {
      send: async () => {
        entered();
        await hanging;
        throw new Error("process died");
      },
      now: T0,
      leaseMs: 60_000,
    });
    await started;
    const sent: string[] = [];
    const send: Sender = async (m) => {
      sent.push(m.messageId);
    };
    assert.equal((await deliverPending(store.db, { send, now: at(59_999) })).claimed, 0);
    // The lease ran out: another process takes the message over (at least once).
    assert.equal((await deliverPending(store.db, { send, now: at(60_000) })).delivered, 1);
    assert.deepEqual(sent, [id]);
    release();
    // The first run's failure comes after its lease was lost: it changes nothing.
    assert.deepEqual(await first, { claimed: 1, delivered: 0, failed: 1 });
    const row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, null);
    assert.notEqual(row.delivered_at, null);
    assert.equal((await outboxStatus(store.db, at(60_000))).technicalFailures, 0);
  });

  it("the receiver stores each messageId once (idempotent receipt)", async () => {
    const message = { messageId: "m-1", stage: "registered" };
    assert.equal(await receive(store.db, message, T0), true);
    assert.equal(await receive(store.db, { ...message, stage: "other" }, at(1000)), false);
    assert.equal(await receive(store.db, { messageId: "m-2" }, at(1000)), true);
    const rows = await store.db.selectFrom("monitoring_inbox").selectAll().orderBy("message_id").execute();
    assert.deepEqual(
      rows.map((r) => [r.message_id, r.payload, r.received_at.getTime()]),
      [
        ["m-1", message, T0.getTime()],
        ["m-2", { messageId: "m-2" }, T0.getTime() + 1000],
      ],
    );
    for (const bad of [null, [], {}, { messageId: "" }, { messageId: 5 }]) {
      await assert.rejects(receive(store.db, bad, T0), rejectsWith("MONITORING_BAD_MESSAGE"));
    }
  });

  it("two concurrent deliverers, 200 messages: each delivered exactly once", async () => {
    const ids = await enqueueN(store.db, 200);
    // On PostgreSQL the second deliverer has its own pool, as another process would.
    const url = process.env.TEST_DATABASE_URL;
    const other = url ? await openStore({ url, schema: store.schema, poolSize: 2 }) : null;
    try {
      const received = new Map<string, number>();
      const claimedBy = [0, 0];
      let inFlight = 0;
      let maxInFlight = 0;
      const send: Sender = async (m) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        received.set(m.messageId, (received.get(m.messageId) ?? 0) + 1);
        inFlight--;
      };
      const deliverer = async (db: Kysely<Database>, n: number) => {
        for (;;) {
          const report = await deliverPending(db, { send, now: at(1000), batchSize: 20 });
          claimedBy[n]! += report.claimed;
          if (report.claimed === 0) return;
        }
      };
      await Promise.all([deliverer(store.db, 0), deliverer(other?.db ?? store.db, 1)]);
      assert.equal(received.size, 200);
      assert.ok(
        [...received.values()].every((n) => n === 1),
        "no message sent twice",
      );
      assert.deepEqual([...received.keys()].sort(), [...ids].sort());
      assert.equal(claimedBy[0]! + claimedBy[1]!, 200);
      assert.ok(claimedBy[0]! > 0 && claimedBy[1]! > 0, `both worked: ${claimedBy.join("/")}`);
      assert.equal(maxInFlight, 2, "the two deliverers ran concurrently");
      const status = await outboxStatus(store.db, at(1000));
      assert.equal(status.delivered, 200);
      const attempts = await store.db
        .selectFrom("outbox")
        .select("attempts")
        .where("attempts", "!=", 1)
        .execute();
      assert.equal(attempts.length, 0);
    } finally {
      await other?.close();
    }
  });

  describe("httpSender", () => {
    let server: Server;
    let base: string;
    let mode: "ok" | "fail" | "hang" = "ok";
    const headers: IncomingMessage["headers"][] = [];
    before(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          headers.push(req.headers);
          if (mode === "hang") return; // never answers
          if (mode === "fail") {
            res.writeHead(503, { "content-type": "text/plain" }).end("monitoring is down");
            return;
          }
          const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          receive(store.db, body, T0).then(
            (isNew) => res.writeHead(isNew ? 201 : 200).end(),
            () => res.writeHead(400).end(),
          );
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/monitoring`;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it(`${STAGE}: delivers over HTTP to the bundled receiver; failures and timeouts are retried`, async () => {
      const [id] = await enqueueN(store.db, 1);
      const send = httpSender(base, { timeoutMs: 200, headers: { authorization: "Bearer x" } });

      mode = "fail";
      assert.equal((await deliverPending(store.db, { send, now: T0 })).failed, 1);
      let row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
      assert.equal(row.last_error, `HTTP 503 from ${new URL(base).origin}: monitoring is down`);

      mode = "hang";
      assert.equal((await deliverPending(store.db, { send, now: at(30_000) })).failed, 1);
      row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
      assert.match(row.last_error ?? "", /no answer from .* within 200 ms/);

      mode = "ok";
      assert.equal((await deliverPending(store.db, { send, now: at(90_000) })).delivered, 1);
      const inbox = await store.db.selectFrom("monitoring_inbox").selectAll().execute();
      assert.equal(inbox.length, 1);
      const [stored] = inbox;
      assert.equal(stored?.message_id, id);
      assert.equal(stored?.payload.correlationId, "case-0");
      const last = headers.at(-1)!;
      assert.equal(last["idempotency-key"], id);
      assert.equal(last["x-qyzmet-topic"], STAGE_TOPIC);
      assert.equal(last.authorization, "Bearer x");
      assert.equal(last["content-type"], "application/json");
      assert.equal((await outboxStatus(store.db, at(90_000))).technicalFailures, 1);
    });

    it("refuses a bad URL or timeout", () => {
      assert.throws(() => httpSender("not a url", { timeoutMs: 1 }), rejectsWith("MONITORING_BAD_OPTIONS"));
      assert.throws(() => httpSender("ftp://x/", { timeoutMs: 1 }), rejectsWith("MONITORING_BAD_OPTIONS"));
      assert.throws(() => httpSender(base, { timeoutMs: 0 }), rejectsWith("MONITORING_BAD_OPTIONS"));
    });
  });

  it("the worker delivers periodically without overlapping runs, and stops", async () => {
    await enqueueN(store.db, 25);
    let inFlight = 0;
    let maxInFlight = 0;
    let sent = 0;
    let done!: () => void;
    const allSent = new Promise<void>((resolve) => {
      done = resolve;
    });
    const batches: number[] = [];
    const worker = startDeliveryWorker(store.db, {
      send: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        if (++sent === 25) done();
      },
      intervalMs: 5,
      batchSize: 10,
      now: () => at(1000),
      onBatch: (r) => batches.push(r.claimed),
      onError: (e) => assert.fail(String(e)),
    });
    await allSent;
    await worker.stop();
    const runsAfterStop = batches.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(batches.length, runsAfterStop, "no run after stop");
    assert.equal(maxInFlight, 1);
    assert.deepEqual(batches.slice(0, 3), [10, 10, 5]);
    assert.equal((await outboxStatus(store.db, at(1000))).delivered, 25);
  });

  it("the worker reports a run's error and carries on", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const worker = startDeliveryWorker(store.db, {
      send: ok,
      intervalMs: 2,
      now: () => {
        calls++;
        return new Date(Number.NaN);
      },
      onError: (e) => errors.push(e),
    });
    while (errors.length < 2) await new Promise((resolve) => setTimeout(resolve, 2));
    await worker.stop();
    assert.ok(calls >= 2);
    assert.ok(errors.every(rejectsWith("MONITORING_BAD_OPTIONS")));
  });
});

describe("monitoring: a receiver that takes the batch at once", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => store.close());

  it(`${STAGE}: the whole batch goes in one call and is marked delivered in one statement`, async () => {
    const ids = await enqueueN(store.db, 4);
    const calls: string[][] = [];
    const report = await deliverPending(store.db, {
      send: async () => {
        throw new Error("not used when the batch is taken at once");
      },
      sendAll: async (messages) => {
        calls.push(messages.map((m) => m.messageId));
        assert.equal(
          await receiveAll(
            store.db,
            messages.map((m) => m.payload),
            T0,
          ),
          messages.length,
        );
      },
      now: T0,
    });
    assert.deepEqual(report, { claimed: 4, delivered: 4, failed: 0 });
    assert.deepEqual(calls, [ids]);
    const inbox = await store.db.selectFrom("monitoring_inbox").select("message_id").execute();
    assert.deepEqual(inbox.map((r) => r.message_id).sort(), [...ids].sort());
    assert.equal((await outboxStatus(store.db, T0)).delivered, 4);
  });

  it(`${PROTOCOL}: a batch the receiver refuses fails every message of it, with one protocol each`, async () => {
    await enqueueN(store.db, 3, at(1_000));
    const report = await deliverPending(store.db, {
      send: ok,
      sendAll: async () => {
        throw new Error("receiver down");
      },
      now: at(1_000),
    });
    assert.deepEqual(report, { claimed: 3, delivered: 0, failed: 3 });
    const failures = await store.db.selectFrom("technical_failures").selectAll().execute();
    assert.equal(failures.length, 3);
    assert.ok(failures.every((f) => f.error === "receiver down"));
    // Retried after the backoff, one at a time this time.
    assert.equal((await deliverPending(store.db, { send: ok, now: at(31_000) })).delivered, 3);
  });

  it("the bundled receiver stores a batch once per message id, repeats within it and before it skipped", async () => {
    assert.equal(
      await receiveAll(
        store.db,
        [{ messageId: "batch-1", n: 1 }, { messageId: "batch-2" }, { messageId: "batch-1", n: 2 }],
        T0,
      ),
      2,
    );
    assert.equal(await receiveAll(store.db, [{ messageId: "batch-2" }, { messageId: "batch-3" }], T0), 1);
    assert.equal(await receiveAll(store.db, [], T0), 0);
    await assert.rejects(
      receiveAll(store.db, [{ messageId: "batch-4" }, { no: "id" }], T0),
      rejectsWith("MONITORING_BAD_MESSAGE"),
    );
    const stored = await store.db
      .selectFrom("monitoring_inbox")
      .select(["message_id", "payload"])
      .where("message_id", "like", "batch-%")
      .orderBy("message_id")
      .execute();
    assert.deepEqual(
      stored.map((r) => [r.message_id, r.payload]),
      [
        ["batch-1", { messageId: "batch-1", n: 1 }],
        ["batch-2", { messageId: "batch-2" }],
        ["batch-3", { messageId: "batch-3" }],
      ],
    );
  });
});
