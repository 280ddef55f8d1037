/**
 * The electronic queue on the test database (PostgreSQL with TEST_DATABASE_URL): tickets with the
 * standard's maximums and their source, numbering per branch and day, the kiosk's limits, calling
 * with SKIP LOCKED under two operators at once, waiting and service times against the maximums, a
 * day's statistics, the operator's own branch only, the hand-out step of the State Corporation leg,
 * and the routes (public kiosk, operator only).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../api/server.ts";
import { staffSessions } from "../api/testing.ts";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { findService, findVersion, resolveVersion } from "../catalog/lookup.ts";
import type { StaffActor, StaffRole } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { nextIin } from "../iin/iin.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import {
  callNext,
  dayStats,
  deskView,
  finishService,
  isHandOut,
  KIOSK_TICKETS_PER_MINUTE,
  markNoShow,
  type QueueDeps,
  startService,
  takeTicket,
} from "./index.ts";

const catalog = loadCatalog();
const BRANCH = "KZO-D01-SC";
const GUARDIANSHIP = "guardianship-establishment";
const MIN = 60_000;
/** 003 list annex 6 (guardianship-establishment standard), row 3, sub-pp. 2–3: wait 15 min, service 15 min. */
const LIMITS_REF = "List annex 6 (Guardianship-establishment Rules annex 2), row 3, sub-pp. 2–3";

const rejects = async (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => isQyzmetError(e) && e.code === code);

describe("electronic queue", () => {
  let store: Store;
  let app: FastifyInstance;
  let now = parseLocalDateTime("2026-03-02T10:00");
  let serial = 1;
  const deps = (): QueueDeps => ({ db: store.db, catalog, now: () => new Date(now) });
  const actors = new Map<string, StaffActor>();
  const as = (login: string): StaffActor => actors.get(login) as StaffActor;
  const iin = () => nextIin({ birthDate: "1984-05-05", sex: "m", serial: serial++ }).iin;
  /** A fresh day for each test: the queue is per branch and day. */
  let day = 2;
  const freshDay = () => {
    day++;
    now = parseLocalDateTime(`2026-03-${String(day).padStart(2, "0")}T10:00`);
  };

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 0 } });
    const rows = await store.db
      .selectFrom("staff")
      .selectAll()
      .where("login", "in", [
        "kzo-d01-sc.operator",
        "kzo-d01-sc.operator2",
        "kzo-d02-sc.operator",
        "kzo-d01-edu.clerk",
      ])
      .execute();
    for (const s of rows)
      actors.set(s.login, {
        kind: "staff",
        staffId: s.id,
        login: s.login,
        fullName: s.full_name,
        iin: s.iin,
        roles: s.roles as StaffRole[],
        providerId: s.provider_id,
        regionCode: s.region_code,
      });
    assert.equal(actors.size, 4);
    app = await buildServer({ store, calendar: defaultCalendar(), catalog, now: () => new Date(now) });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  it(`a ticket carries the State Corporation's maximum wait and service time of the version in force (003 ${LIMITS_REF})`, async () => {
    freshDay();
    const { ticket, ahead } = await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP });
    const version = resolveVersion(catalog, GUARDIANSHIP, "kyzylorda", "2026-03-03");
    assert.equal(ticket.limits.versionId, version.id);
    assert.equal(ticket.limits.maxWaitMinutes, 15);
    assert.equal(ticket.limits.maxServiceMinutes, 15);
    assert.equal(ticket.limits.source?.ref, LIMITS_REF);
    // The act's own words come with the source.
    assert.match(ticket.limits.source?.quote ?? "", /күтудің[\s\S]*15 минут/);
    assert.equal(ticket.status, "waiting");
    assert.equal(ticket.label, "001");
    assert.equal(ahead, 0);
  });

  it("numbers run per branch and day, and the place in the queue counts the tickets before", async () => {
    freshDay();
    const a = await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP });
    now += MIN;
    const b = await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP });
    const other = await takeTicket(deps(), "KZO-D02-SC", { serviceCode: GUARDIANSHIP });
    assert.deepEqual([a.ticket.number, b.ticket.number, other.ticket.number], [1, 2, 1]);
    assert.equal(b.ahead, 1);
    freshDay();
    assert.equal((await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket.number, 1);
  });

  it("refuses a service the version in force does not render through the State Corporation, an unknown branch, a bad IIN", async () => {
    freshDay();
    const notAtSc = catalog.find((s) => {
      try {
        const v = resolveVersion(catalog, s.code, "kyzylorda", "2026-03-06");
        return !v.standard.channels.some((c) => c.channel === "state_corporation");
      } catch {
        return false;
      }
    });
    assert.ok(notAtSc, "some service in force in Kyzylorda region has no State Corporation channel");
    await rejects(takeTicket(deps(), BRANCH, { serviceCode: notAtSc.code }), "QUEUE_SERVICE_NOT_AT_BRANCH");
    await rejects(takeTicket(deps(), "KZO-D01-EDU", { serviceCode: GUARDIANSHIP }), "QUEUE_BRANCH_NOT_FOUND");
    const good = iin();
    const bad = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    await rejects(takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP, iin: bad }), "QUEUE_IIN_INVALID");
    await rejects(takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP, extra: 1 }), "QUEUE_INPUT_INVALID");
  });

  it("one open ticket per IIN and service a day; the kiosk is limited per branch and minute", async () => {
    freshDay();
    const person = iin();
    await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP, iin: person });
    await rejects(
      takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP, iin: person }),
      "QUEUE_ALREADY_WAITING",
    );
    for (let i = 1; i < KIOSK_TICKETS_PER_MINUTE; i++)
      await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP });
    await rejects(takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP }), "QUEUE_RATE_LIMITED");
    now += MIN + 1;
    assert.equal((await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket.status, "waiting");
  });

  it("two operators calling at the same moment never get the same ticket (FOR UPDATE SKIP LOCKED), oldest first", async () => {
    for (let round = 0; round < 4; round++) {
      freshDay();
      const taken = [];
      for (let i = 0; i < 3; i++) {
        taken.push((await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket);
        now += 1000;
      }
      const [one, two] = await Promise.all([
        callNext(deps(), as("kzo-d01-sc.operator"), { window: "1" }),
        callNext(deps(), as("kzo-d01-sc.operator2"), { window: "2" }),
      ]);
      assert.notEqual(one.id, two.id);
      assert.deepEqual([one.number, two.number].sort(), [1, 2], "the two oldest tickets, one each");
      // Each operator holds one ticket at a time.
      await rejects(callNext(deps(), as("kzo-d01-sc.operator"), { window: "1" }), "QUEUE_OPERATOR_BUSY");
      await markNoShow(deps(), as("kzo-d01-sc.operator"), one.id);
      await markNoShow(deps(), as("kzo-d01-sc.operator2"), two.id);
      const third = await callNext(deps(), as("kzo-d01-sc.operator"), { window: "1" });
      assert.equal(third.id, taken[2]?.id);
      await markNoShow(deps(), as("kzo-d01-sc.operator"), third.id);
      await rejects(callNext(deps(), as("kzo-d01-sc.operator"), { window: "1" }), "QUEUE_EMPTY");
    }
  });

  it(`measures waiting and service against the maximums (003 ${LIMITS_REF}) and counts them in the day's statistics`, async () => {
    freshDay();
    const op = as("kzo-d01-sc.operator");
    const quick = (await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket;
    const slow = (await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket;
    const gone = (await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket;
    now += 5 * MIN;
    let t = await callNext(deps(), op, { window: "3" });
    assert.equal(t.id, quick.id);
    assert.equal(t.waitedMs, 5 * MIN);
    assert.equal(t.waitOver, false);
    t = await startService(deps(), op, t.id);
    now += 10 * MIN;
    t = await finishService(deps(), op, t.id, {});
    assert.equal(t.serviceMs, 10 * MIN);
    assert.equal(t.serviceOver, false);
    // The second waited 15 min: exactly the maximum, not over; the desk shows the wait while it runs.
    const desk = await deskView(deps(), op);
    assert.equal(desk.waiting[0]?.id, slow.id);
    assert.equal(desk.waiting[0]?.waitedMs, 15 * MIN);
    assert.equal(desk.waiting[0]?.waitOver, false);
    now += 2 * MIN;
    t = await callNext(deps(), op, { window: "3" });
    assert.equal(t.id, slow.id);
    assert.equal(t.waitOver, true, "17 minutes > 15");
    t = await startService(deps(), op, t.id);
    now += 20 * MIN;
    t = await finishService(deps(), op, t.id, {});
    assert.equal(t.serviceOver, true, "20 minutes > 15");
    t = await callNext(deps(), op, { window: "3" });
    assert.equal(t.id, gone.id);
    await markNoShow(deps(), op, t.id);

    const stats = await dayStats(deps(), op);
    assert.equal(stats.totals.taken, 3);
    assert.equal(stats.totals.served, 2);
    assert.equal(stats.totals.noShow, 1);
    assert.equal(stats.totals.waiting, 0);
    assert.equal(stats.totals.overWait, 2, "the slow one and the no-show waited over 15 minutes");
    assert.equal(stats.totals.overService, 1);
    assert.equal(stats.totals.avgServiceMinutes, 15);
    assert.equal(stats.totals.maxServiceMinutes, 20);
    assert.equal(stats.services[0]?.serviceCode, GUARDIANSHIP);
    assert.equal(stats.services[0]?.limits.source?.ref, LIMITS_REF);
  });

  it("an operator works only their own branch's tickets; other roles not at all", async () => {
    freshDay();
    const t = (await takeTicket(deps(), BRANCH, { serviceCode: GUARDIANSHIP })).ticket;
    const called = await callNext(deps(), as("kzo-d01-sc.operator"), { window: "1" });
    assert.equal(called.id, t.id);
    await rejects(startService(deps(), as("kzo-d02-sc.operator"), t.id), "QUEUE_OTHER_BRANCH");
    await rejects(startService(deps(), as("kzo-d01-sc.operator2"), t.id), "QUEUE_NOT_YOUR_TICKET");
    await rejects(deskView(deps(), as("kzo-d01-edu.clerk")), "QUEUE_NOT_OPERATOR");
    await rejects(finishService(deps(), as("kzo-d01-sc.operator"), t.id, {}), "QUEUE_WRONG_STATE");
    await startService(deps(), as("kzo-d01-sc.operator"), t.id);
    // A case not handed in at this branch cannot be linked.
    const caseId = "00000000-0000-4000-8000-000000000000";
    await rejects(finishService(deps(), as("kzo-d01-sc.operator"), t.id, { caseId }), "QUEUE_CASE_MISMATCH");
    await finishService(deps(), as("kzo-d01-sc.operator"), t.id, {});
  });

  it("the hand-out is the State Corporation's last step (003 guardianship rules: step issue-result), not the refusal receipt", () => {
    const v = findVersion(findService(catalog, GUARDIANSHIP), "national-2022");
    const p = v.procedures.find((x) => x.channel === "state_corporation");
    assert.ok(p);
    assert.deepEqual(
      p.steps.filter((s) => isHandOut(p, s)).map((s) => s.id),
      ["issue-result"],
    );
  });

  it("routes: the kiosk is public and never answers the IIN; the desk wants an operator", async () => {
    freshDay();
    const person = iin();
    const services = await app.inject({ method: "GET", url: `/api/v1/queue/branches/${BRANCH}/services` });
    assert.equal(services.statusCode, 200);
    const list = services.json() as { services: { code: string; limits: { maxWaitMinutes: number } }[] };
    assert.equal(list.services.find((s) => s.code === GUARDIANSHIP)?.limits.maxWaitMinutes, 15);
    const taken = await app.inject({
      method: "POST",
      url: `/api/v1/queue/branches/${BRANCH}/tickets`,
      headers: { "x-qyzmet-csrf": "1" },
      payload: { serviceCode: GUARDIANSHIP, iin: person },
    });
    assert.equal(taken.statusCode, 201, taken.body);
    assert.ok(!taken.body.includes(person), "the IIN is masked in the public answer");
    const id = (taken.json() as { ticket: { id: string } }).ticket.id;
    const again = await app.inject({
      method: "POST",
      url: `/api/v1/queue/branches/${BRANCH}/tickets?lang=ru`,
      headers: { "x-qyzmet-csrf": "1" },
      payload: { serviceCode: GUARDIANSHIP, iin: person },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, "QUEUE_ALREADY_WAITING");
    assert.match(again.json().detail, /ИИН/);
    assert.equal((await app.inject({ method: "GET", url: `/api/v1/queue/tickets/${id}` })).statusCode, 200);

    assert.equal((await app.inject({ method: "GET", url: "/api/v1/queue/desk" })).statusCode, 401);
    const sessions = staffSessions(() => app);
    const clerk = await app.inject({
      method: "GET",
      url: "/api/v1/queue/desk",
      headers: await sessions("kzo-d01-edu.clerk"),
    });
    assert.equal(clerk.statusCode, 403);
    const headers = await sessions("kzo-d01-sc.operator");
    const desk = await app.inject({ method: "GET", url: "/api/v1/queue/desk", headers });
    assert.equal(desk.statusCode, 200);
    assert.equal((desk.json() as { waiting: { id: string }[] }).waiting[0]?.id, id);
    const call = await app.inject({
      method: "POST",
      url: "/api/v1/queue/call",
      headers,
      payload: { window: "4" },
    });
    assert.equal(call.statusCode, 200, call.body);
    const board = await app.inject({ method: "GET", url: `/api/v1/queue/branches/${BRANCH}/board` });
    assert.deepEqual((board.json() as { called: unknown[] }).called, [
      { label: "001", window: "4", status: "called" },
    ]);
    for (const step of ["start", "finish"]) {
      const r = await app.inject({
        method: "POST",
        url: `/api/v1/queue/tickets/${id}/${step}`,
        headers,
        payload: {},
      });
      assert.equal(r.statusCode, 200, r.body);
    }
    const stats = await app.inject({ method: "GET", url: "/api/v1/queue/stats", headers });
    assert.equal((stats.json() as { totals: { served: number } }).totals.served, 1);
    const results = await app.inject({ method: "GET", url: "/api/v1/desk/results", headers });
    assert.equal(results.statusCode, 200);
  });
});
