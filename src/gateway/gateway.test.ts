import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { type Kysely, sql } from "kysely";
import { isQyzmetError } from "../core/errors.ts";
import type { x509 } from "../pki/engine.ts";
import { createCa, issueCertificate, type KeyMaterial } from "../pki/index.ts";
import { openStore, type Store } from "../store/store.ts";
import type { Database } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import {
  backoffMs,
  deliverGateway,
  type GatewayMessage,
  type GatewayReceiver,
  gatewayStatus,
  localInbox,
  markProcessed,
  receiveMessage,
  sendMessage,
  signatureVerifier,
  signLogHead,
  signMessage,
  startGatewayWorker,
  takeInbox,
  verifyGatewayLog,
  verifyLogCheckpoints,
} from "./index.ts";

const T0 = new Date("2026-03-02T05:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const PROVIDER = "kzo-d01-edu";

function message(id: string, overrides: Partial<GatewayMessage> = {}): GatewayMessage {
  return {
    messageId: id,
    correlationId: `case-${id}`,
    serviceId: "guardianship-certificate",
    messageDate: T0.toISOString(),
    sender: "egov-portal",
    receiver: PROVIDER,
    sessionId: "session-1",
    type: "request",
    body: { applicant: { iin: "900101300015" }, request: { service: "guardianship-certificate", n: id } },
    ...overrides,
  };
}

async function send(db: Kysely<Database>, messages: GatewayMessage[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const m of messages) await sendMessage(trx, m);
  });
}

async function outbox(db: Kysely<Database>, id: string) {
  return db.selectFrom("gateway_outbox").selectAll().where("message_id", "=", id).executeTakeFirstOrThrow();
}

async function logOf(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom("gateway_log")
    .select("event")
    .where("message_id", "=", id)
    .orderBy("seq")
    .execute();
  return rows.map((r) => r.event);
}

const unreachable: GatewayReceiver = async () => {
  throw new Error("connect ECONNREFUSED 10.0.0.1:443");
};

function hasCode(code: string) {
  return (error: unknown) => isQyzmetError(error) && error.code === code;
}

describe("gateway", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => store.close());
  beforeEach(async () => {
    await store.admin.deleteFrom("gateway_outbox").execute();
    await store.admin.deleteFrom("gateway_inbox").execute();
  });

  it("a message sent in a rolled-back transaction is never sent", async () => {
    await assert.rejects(
      store.db.transaction().execute(async (trx) => {
        await sendMessage(trx, message("rb-1"));
        throw new Error("the case change failed");
      }),
      /the case change failed/,
    );
    const calls: string[] = [];
    const report = await deliverGateway(store.db, {
      receivers: {
        [PROVIDER]: async (m) => {
          calls.push(m.messageId);
          return "ok";
        },
      },
      now: at(3_600_000),
    });
    assert.equal(report.claimed, 0);
    assert.deepEqual(calls, []);
    assert.equal(
      await store.db.selectFrom("gateway_outbox").select("message_id").executeTakeFirst(),
      undefined,
    );
  });

  it("sendMessage validates, is idempotent by messageId and refuses a different message under a used id", async () => {
    await assert.rejects(
      store.db
        .transaction()
        .execute((trx) => sendMessage(trx, { ...message("bad-1"), messageDate: "yesterday" })),
      hasCode("GATEWAY_BAD_MESSAGE"),
    );
    await assert.rejects(
      store.db.transaction().execute((trx) => sendMessage(trx, { ...message("bad-2"), messageId: " " })),
      hasCode("GATEWAY_BAD_MESSAGE"),
    );
    const first = await store.db.transaction().execute((trx) => sendMessage(trx, message("dup-1")));
    const again = await store.db.transaction().execute((trx) => sendMessage(trx, message("dup-1")));
    assert.deepEqual([first.fresh, again.fresh], [true, false]);
    await assert.rejects(
      store.db.transaction().execute((trx) => sendMessage(trx, message("dup-1", { body: { other: true } }))),
      hasCode("GATEWAY_MESSAGE_CONFLICT"),
    );
    const row = await outbox(store.db, "dup-1");
    assert.equal(row.state, "ON_DELIVERY");
    assert.equal(row.attempts, 0);
    assert.equal(row.next_attempt_at.getTime(), T0.getTime());
  });

  it("delivery to a working receiver: DELIVERED, each attempt and outcome in the chained log", async () => {
    await send(store.db, [
      message("ok-1"),
      message("ok-2"),
      message("ok-3", { messageDate: at(60_000).toISOString() }),
    ]);
    const got: GatewayMessage[] = [];
    const receiver: GatewayReceiver = async (m) => {
      got.push(m);
      return "ok";
    };
    const report = await deliverGateway(store.db, { receivers: { [PROVIDER]: receiver }, now: T0 });
    assert.deepEqual(report, { claimed: 2, delivered: 2, failed: 0, stopped: 0, lost: 0 });
    assert.deepEqual(
      got.map((m) => m.messageId),
      ["ok-1", "ok-2"],
    );
    assert.deepEqual(got[0], message("ok-1"));
    const row = await outbox(store.db, "ok-1");
    assert.equal(row.state, "DELIVERED");
    assert.equal(row.attempts, 1);
    assert.equal(row.delivered_at?.getTime(), T0.getTime());
    assert.deepEqual(await logOf(store.db, "ok-1"), ["sent", "delivered"]);
    assert.equal((await outbox(store.db, "ok-3")).state, "ON_DELIVERY", "not yet due");
    // Another receiver's deliverer leaves these rows alone.
    assert.equal(
      (await deliverGateway(store.db, { receivers: { other: receiver }, now: at(60_000) })).claimed,
      0,
    );
    assert.equal(
      (await deliverGateway(store.db, { receivers: { [PROVIDER]: receiver }, now: at(60_000) })).delivered,
      1,
    );
    const log = await store.db.selectFrom("gateway_log").selectAll().orderBy("seq").execute();
    for (let i = 1; i < log.length; i++) assert.equal(log[i]?.prev_hash, log[i - 1]?.hash);
    const verified = await verifyGatewayLog(store.db);
    assert.equal(verified.ok, true, JSON.stringify(verified.breaks));
    assert.equal(verified.head?.hash, log[log.length - 1]?.hash);
    const status = await gatewayStatus(store.db, at(60_000));
    assert.deepEqual(status.states, { ON_DELIVERY: 0, DELIVERED: 3, NOT_DELIVERED: 0, DELIVERY_STOPPED: 0 });
    assert.equal(status.oldestUndeliveredAt, null);
  });

  it("an unreachable receiver delays delivery with growing back-off and never loses the message", async () => {
    await send(store.db, [message("down-1")]);
    const receivers = { [PROVIDER]: unreachable };
    let now = T0;
    const dueTimes: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      // Not due before the back-off has passed.
      if (attempt > 1) {
        const early = await deliverGateway(store.db, { receivers, now: new Date(now.getTime() - 1) });
        assert.equal(early.claimed, 0);
      }
      const report = await deliverGateway(store.db, { receivers, now });
      assert.deepEqual(report, { claimed: 1, delivered: 0, failed: 1, stopped: 0, lost: 0 });
      const row = await outbox(store.db, "down-1");
      assert.equal(row.state, "NOT_DELIVERED");
      assert.equal(row.attempts, attempt);
      assert.match(row.last_error ?? "", /ECONNREFUSED/);
      assert.equal(row.next_attempt_at.getTime(), now.getTime() + backoffMs(attempt));
      dueTimes.push(row.next_attempt_at.getTime() - now.getTime());
      now = row.next_attempt_at;
    }
    assert.deepEqual(dueTimes, [30_000, 60_000, 120_000, 240_000]);
    const status = await gatewayStatus(store.db, now);
    assert.equal(status.states.NOT_DELIVERED, 1);
    assert.deepEqual(status.undeliveredByReceiver, { [PROVIDER]: 1 });
    assert.equal(status.oldestUndeliveredAt?.getTime(), T0.getTime());
    assert.equal(status.oldestUndeliveredAgeMs, now.getTime() - T0.getTime());
    // The provider comes back: its regional gateway inbox receives the very message.
    const inbox = localInbox(store.db, { clock: () => now });
    const report = await deliverGateway(store.db, { receivers: { [PROVIDER]: inbox }, now });
    assert.equal(report.delivered, 1);
    const row = await outbox(store.db, "down-1");
    assert.equal(row.state, "DELIVERED");
    assert.equal(row.attempts, 5);
    const items = await takeInbox(store.db, PROVIDER);
    assert.deepEqual(
      items.map((i) => i.message),
      [message("down-1")],
    );
    assert.deepEqual(await logOf(store.db, "down-1"), [
      ...Array.from({ length: 4 }, () => ["sent", "failed"]).flat(),
      "sent",
      "received",
      "delivered",
    ]);
    assert.equal((await verifyGatewayLog(store.db)).ok, true);
  });

  it("a permanent refusal stops delivery at once; maxAttempts failures stop it too (DELIVERY_STOPPED)", async () => {
    await send(store.db, [message("refused-1"), message("flaky-1", { receiver: "flaky" })]);
    const refusing: GatewayReceiver = async () => ({ permanent: true, error: "unknown service" });
    const receivers = { [PROVIDER]: refusing, flaky: unreachable };
    const first = await deliverGateway(store.db, { receivers, now: T0, maxAttempts: 3 });
    assert.deepEqual(first, { claimed: 2, delivered: 0, failed: 1, stopped: 1, lost: 0 });
    const refused = await outbox(store.db, "refused-1");
    assert.equal(refused.state, "DELIVERY_STOPPED");
    assert.equal(refused.last_error, "unknown service");
    assert.deepEqual(await logOf(store.db, "refused-1"), ["sent", "stopped"]);
    let now = T0;
    for (let i = 0; i < 2; i++) {
      now = (await outbox(store.db, "flaky-1")).next_attempt_at;
      await deliverGateway(store.db, { receivers, now, maxAttempts: 3 });
    }
    const flaky = await outbox(store.db, "flaky-1");
    assert.equal(flaky.state, "DELIVERY_STOPPED");
    assert.equal(flaky.attempts, 3);
    assert.deepEqual(await logOf(store.db, "flaky-1"), [
      "sent",
      "failed",
      "sent",
      "failed",
      "sent",
      "failed",
      "stopped",
    ]);
    // Stopped messages are kept, and never claimed again.
    assert.equal(
      (await deliverGateway(store.db, { receivers, now: at(86_400_000), maxAttempts: 3 })).claimed,
      0,
    );
    const status = await gatewayStatus(store.db, now);
    assert.equal(status.states.DELIVERY_STOPPED, 2);
  });

  it("two concurrent deliverers deliver each message exactly once", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `conc-${String(i).padStart(2, "0")}`);
    await send(
      store.db,
      ids.map((id) => message(id)),
    );
    const url = process.env.TEST_DATABASE_URL;
    const second = url ? await openStore({ url, schema: store.schema, poolSize: 4 }) : null;
    try {
      const counts = new Map<string, number>();
      const receiver: GatewayReceiver = async (m) => {
        counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return "ok";
      };
      const run = async (db: Kysely<Database>) => {
        let delivered = 0;
        for (;;) {
          const r = await deliverGateway(db, { receivers: { [PROVIDER]: receiver }, now: T0, batchSize: 4 });
          delivered += r.delivered;
          if (r.claimed === 0) return delivered;
        }
      };
      const [a, b] = await Promise.all([run(store.db), run(second?.db ?? store.db)]);
      assert.equal(a + b, ids.length);
      assert.deepEqual([...counts.keys()].sort(), ids);
      assert.ok([...counts.values()].every((n) => n === 1));
      const rows = await store.db.selectFrom("gateway_outbox").select("state").execute();
      assert.ok(rows.every((r) => r.state === "DELIVERED"));
      assert.equal((await verifyGatewayLog(store.db)).ok, true);
    } finally {
      await second?.close();
    }
  });

  it("receipt is idempotent by messageId; the workstation takes and marks its inbox", async () => {
    const m = message("in-1");
    assert.deepEqual(await receiveMessage(store.db, m, { at: T0 }), { messageId: "in-1", fresh: true });
    assert.deepEqual(await receiveMessage(store.db, m, { at: at(1_000) }), {
      messageId: "in-1",
      fresh: false,
    });
    await assert.rejects(
      receiveMessage(store.db, { ...m, body: { forged: true } }, { at: at(2_000) }),
      hasCode("GATEWAY_MESSAGE_CONFLICT"),
    );
    await assert.rejects(
      receiveMessage(store.db, { messageId: "x" }, { at: T0 }),
      hasCode("GATEWAY_BAD_MESSAGE"),
    );
    await receiveMessage(store.db, message("in-2", { receiver: "other" }), { at: T0 });
    assert.deepEqual(await logOf(store.db, "in-1"), ["received"]);
    const items = await takeInbox(store.db, PROVIDER);
    assert.deepEqual(
      items.map((i) => [i.messageId, i.receivedAt.getTime()]),
      [["in-1", T0.getTime()]],
    );
    assert.equal(await markProcessed(store.db, "other", "in-1", at(5_000)), false, "not the receiver's");
    assert.equal(await markProcessed(store.db, PROVIDER, "in-1", at(5_000)), true);
    assert.equal(await markProcessed(store.db, PROVIDER, "in-1", at(6_000)), false);
    assert.deepEqual(await takeInbox(store.db, PROVIDER), []);
    assert.equal((await gatewayStatus(store.db, T0)).inboxUnprocessed, 1);
  });

  it("the worker delivers in the background and stops cleanly", async () => {
    await send(store.db, [message("w-1"), message("w-2")]);
    const got: string[] = [];
    const reports: number[] = [];
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const worker = startGatewayWorker(store.db, {
      receivers: {
        [PROVIDER]: async (m) => {
          got.push(m.messageId);
          if (got.length === 2) resolveDone();
          return "ok";
        },
      },
      intervalMs: 10,
      now: () => T0,
      onBatch: (r) => reports.push(r.delivered),
    });
    await done;
    await worker.stop();
    assert.deepEqual(got, ["w-1", "w-2"]);
    assert.equal((await outbox(store.db, "w-2")).state, "DELIVERED");
  });

  describe("EDS", () => {
    let signer: KeyMaterial;
    let root: x509.X509Certificate;
    before(async () => {
      const ca = await createCa({ notBefore: new Date("2025-01-01T00:00:00Z") });
      root = ca.certificate;
      signer = await issueCertificate(ca, {
        holder: {
          iin: "900101300015",
          surname: "Ахметов",
          givenName: "Ерлан",
          organisation: { bin: "100140011059", name: "Gateway operator", role: "signer" },
        },
        purpose: "signing",
        notBefore: new Date("2025-01-01T00:00:00Z"),
        days: 3650,
      });
    });

    it("a signed message is verified on receipt; a tampered one is refused for good and never stored", async () => {
      const verify = signatureVerifier({ trustedRoots: [root], crls: [], revocation: "skip" });
      const good = await signMessage(message("eds-1"), signer);
      const tampered = {
        ...(await signMessage(message("eds-2"), signer)),
        body: { applicant: { iin: "000000000000" } },
      };
      const unsigned = message("eds-3");
      await send(store.db, [good, tampered, unsigned]);
      const inbox = localInbox(store.db, { clock: () => T0, verifySignature: verify });
      const report = await deliverGateway(store.db, { receivers: { [PROVIDER]: inbox }, now: T0 });
      assert.deepEqual(report, { claimed: 3, delivered: 1, failed: 0, stopped: 2, lost: 0 });
      assert.match((await outbox(store.db, "eds-2")).last_error ?? "", /^EDS_/);
      assert.match((await outbox(store.db, "eds-3")).last_error ?? "", /^GATEWAY_UNSIGNED/);
      assert.deepEqual(
        (await takeInbox(store.db, PROVIDER)).map((i) => i.messageId),
        ["eds-1"],
      );
    });

    it("signed checkpoints of the log head verify, and a changed log row is detected", async () => {
      await send(store.db, [message("cp-1")]);
      await deliverGateway(store.db, { receivers: { [PROVIDER]: async () => "ok" }, now: T0 });
      const checkpoint = await signLogHead(store.db, signer, at(1_000));
      assert.ok(checkpoint);
      assert.deepEqual(
        await signLogHead(store.db, signer, at(2_000)),
        checkpoint,
        "the same head is signed once",
      );
      const options = { trustedRoots: [root], crls: [], revocation: "skip" } as const;
      assert.deepEqual(await verifyLogCheckpoints(store.db, options), { ok: true, checked: 1, failures: [] });
      assert.equal((await verifyGatewayLog(store.db)).ok, true);

      // The application cannot change the log.
      await assert.rejects(
        store.db
          .updateTable("gateway_log")
          .set({ event: "delivered" })
          .where("message_id", "=", "cp-1")
          .execute(),
        /permission denied|append-only/,
      );
      await assert.rejects(
        store.db.deleteFrom("gateway_log").where("message_id", "=", "cp-1").execute(),
        /permission denied|append-only/,
      );

      // The schema owner switches the trigger off and rewrites a row: verification finds it.
      const row = await store.db
        .selectFrom("gateway_log")
        .selectAll()
        .where("message_id", "=", "cp-1")
        .where("event", "=", "sent")
        .executeTakeFirstOrThrow();
      const tamper = async (detail: string) => {
        await sql`ALTER TABLE gateway_log DISABLE TRIGGER gateway_log_append_only`.execute(store.admin);
        await store.admin.updateTable("gateway_log").set({ detail }).where("seq", "=", row.seq).execute();
        await sql`ALTER TABLE gateway_log ENABLE TRIGGER gateway_log_append_only`.execute(store.admin);
      };
      await tamper(JSON.stringify({ receiver: "someone-else", attempt: 1 }));
      const broken = await verifyGatewayLog(store.db);
      assert.equal(broken.ok, false);
      assert.deepEqual(broken.breaks, [{ seq: Number(row.seq), reason: "hash" }]);
      // Restore it (the other tests share this log).
      await tamper(JSON.stringify(row.detail));
      assert.equal((await verifyGatewayLog(store.db)).ok, true);
      // A checkpoint whose anchor differs is reported too.
      const other = await verifyLogCheckpoints(store.db, { ...options, trustedRoots: [] });
      assert.equal(other.ok, false);
    });
  });
});
