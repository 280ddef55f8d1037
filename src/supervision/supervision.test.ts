/**
 * The supervisor's queries on a small hand-made picture (PostgreSQL with TEST_DATABASE_URL, else PGlite):
 * two regions, cases closed on time and late, open ones past their deadline or with a step past due,
 * complaints and monitoring messages; each figure checked against what the rows say.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../api/server.ts";
import { staffSessions } from "../api/testing.ts";
import { hashPassword } from "../auth/password.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import type { StaffActor } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { DEMO_PASSWORD } from "../org/index.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import {
  bucketStarts,
  complaintsList,
  csvField,
  deliveryStatus,
  localDay,
  localMidnight,
  overdueBy,
  overdueList,
  periodOf,
  type SupervisionFilter,
  summary,
  supervisionScope,
  toCsv,
  trends,
  undeliveredMessages,
} from "./index.ts";

const t3 = (s: string) => JSON.stringify({ kk: s, ru: s, en: s });
const at = (s: string) => new Date(`${s}+05:00`);
const NOW = at("2026-03-20T12:00:00");
const IIN = "900101300123";

interface CaseSpec {
  id: string;
  region?: string;
  provider?: string;
  service?: string;
  channel?: string;
  submitted: string;
  deadline: string | null;
  ended?: string;
  status?: string;
}

async function seed(store: Store): Promise<void> {
  const { admin } = store;
  await admin
    .insertInto("regions")
    .values([
      { code: "abai", kato: "100000000", name: t3("Abai") },
      { code: "astana", kato: "710000000", name: t3("Astana") },
    ])
    .execute();
  const provider = (id: string, region: string) => ({
    id,
    kind: "district_education_department",
    region_code: region,
    bin: "000000000000",
    name: t3(`provider ${id}`),
    address: t3("x"),
  });
  await admin
    .insertInto("providers")
    .values([provider("P1", "abai"), provider("P2", "abai"), provider("P3", "astana")])
    .execute();
  await admin
    .insertInto("staff")
    .values({
      id: "S1",
      login: "p1.executor",
      password_hash: "x",
      full_name: "Серікова Айгүл",
      iin: IIN,
      provider_id: "P1",
      region_code: "abai",
      roles: JSON.stringify(["responsible_executor"]),
    })
    .execute();
  const hash = await hashPassword(DEMO_PASSWORD);
  const person = (
    id: string,
    login: string,
    region: string | null,
    roles: string[],
    provider: string | null,
  ) => ({
    id,
    login,
    password_hash: hash,
    full_name: login,
    iin: IIN,
    provider_id: provider,
    region_code: region,
    roles: JSON.stringify(roles),
  });
  await admin
    .insertInto("staff")
    .values([
      person("SV1", "abai.supervisor", "abai", ["supervisor"], null),
      person("SV2", "kz.supervisor", null, ["supervisor"], null),
      person("H1", "p1.head", "abai", ["head"], "P1"),
    ])
    .execute();
  const cases: CaseSpec[] = [
    // closed in March: on time, late, on time
    {
      id: "c1",
      submitted: "2026-03-02T10:00:00",
      deadline: "2026-03-10T18:00:00",
      ended: "2026-03-09T10:00:00",
      status: "issued",
    },
    {
      id: "c2",
      provider: "P2",
      channel: "portal",
      submitted: "2026-03-02T10:00:00",
      deadline: "2026-03-05T18:00:00",
      ended: "2026-03-11T10:00:00",
      status: "refused",
    },
    {
      id: "c3",
      service: "adoption",
      submitted: "2026-02-23T10:00:00",
      deadline: "2026-03-20T18:00:00",
      ended: "2026-03-16T09:00:00",
      status: "issued",
    },
    // refused at acceptance: no deadline, not counted as closed
    {
      id: "c4",
      submitted: "2026-03-03T10:00:00",
      deadline: null,
      ended: "2026-03-03T10:05:00",
      status: "refused_to_accept",
    },
    // open: past its deadline; open with a step past due; open and fine
    { id: "c5", submitted: "2026-03-02T10:00:00", deadline: "2026-03-18T18:00:00" },
    { id: "c6", provider: "P2", submitted: "2026-03-16T10:00:00", deadline: "2026-04-01T18:00:00" },
    { id: "c7", submitted: "2026-03-19T10:00:00", deadline: "2026-04-02T18:00:00" },
    // another region: late, and open past deadline
    {
      id: "c8",
      region: "astana",
      provider: "P3",
      submitted: "2026-03-02T10:00:00",
      deadline: "2026-03-05T18:00:00",
      ended: "2026-03-12T10:00:00",
      status: "issued",
    },
    {
      id: "c9",
      region: "astana",
      provider: "P3",
      submitted: "2026-03-02T10:00:00",
      deadline: "2026-03-06T18:00:00",
    },
  ];
  await admin
    .insertInto("cases")
    .values(
      cases.map((c, i) => ({
        id: c.id,
        incoming_number: c.deadline ? `${c.provider ?? "P1"}-2026-${String(i + 1).padStart(6, "0")}` : null,
        idempotency_key: `k-${c.id}`,
        request_hash: "h",
        service_code: c.service ?? "guardianship-establishment",
        version_id: "v",
        procedure_id: "p",
        channel: c.channel ?? "provider_office",
        region_code: c.region ?? "abai",
        provider_id: c.provider ?? "P1",
        applicant_iin: IIN,
        applicant: "{}",
        children: "[]",
        form: "{}",
        documents: "[]",
        has_child_data: false,
        status: c.status ?? "in_progress",
        submitted_at: at(c.submitted),
        term_start: at(c.submitted),
        deadline: c.deadline ? at(c.deadline) : null,
        term: "{}",
        outputs: "{}",
        clock: "[]",
        ended_at: c.ended ? at(c.ended) : null,
        revision: 1,
        created_at: at(c.submitted),
        updated_at: at(c.submitted),
      })),
    )
    .execute();
  const task = (id: string, caseId: string, due: string, extra: Record<string, unknown> = {}) => ({
    id,
    case_id: caseId,
    step_id: "3",
    step_n: "3",
    kind: "step",
    role: "responsible_executor",
    org_id: caseId === "c6" ? "P2" : caseId === "c9" ? "P3" : "P1",
    region_code: caseId === "c9" ? "astana" : "abai",
    assignee_id: null,
    started_at: at("2026-03-16T10:00:00"),
    due_at: at(due),
    ...extra,
  });
  await admin
    .insertInto("tasks")
    .values([
      task("t5", "c5", "2026-03-17T18:00:00", {
        assignee_id: "S1",
        overdue_at: at("2026-03-17T18:01:00"),
        overdue_holder_id: "S1",
      }),
      task("t6", "c6", "2026-03-19T18:00:00"),
      task("t7", "c7", "2026-03-25T18:00:00"),
      task("t9", "c9", "2026-03-05T18:00:00"),
    ])
    .execute();
  await admin
    .insertInto("events")
    .values({
      case_id: "c5",
      seq: 1,
      at: at("2026-03-16T15:00:00"),
      actor_id: "head",
      actor_role: "head",
      action: "task.assigned",
      payload: JSON.stringify({ taskId: "t5", assigneeId: "S1" }),
      prev_hash: "0",
      hash: "1",
    })
    .execute();
  const complaint = (id: string, provider: string, extra: Record<string, unknown>) => ({
    id,
    number: `C-${id}`,
    case_id: null,
    provider_id: provider,
    complainant_iin: IIN,
    complainant_name: "x",
    text: "x",
    reviewer: "provider",
    status: "registered",
    registered_at: at("2026-03-10T10:00:00"),
    forward_due: at("2026-03-13T18:00:00"),
    review_due: at("2026-03-17T18:00:00"),
    ...extra,
  });
  await admin
    .insertInto("complaints")
    .values([
      complaint("k1", "P1", { case_id: "c5" }), // open, review term missed
      complaint("k2", "P2", { reviewer: "review_body", review_due: at("2026-04-01T18:00:00") }), // not forwarded in time
      complaint("k3", "P1", { status: "satisfied", decided_at: at("2026-03-12T10:00:00") }),
      complaint("k4", "P1", {
        status: "satisfied",
        registered_at: at("2025-12-01T10:00:00"),
        decided_at: at("2025-12-05T10:00:00"),
      }), // outside the period, closed: not shown
      complaint("k5", "P3", {}), // another region
    ])
    .execute();
  const msg = (id: string, caseId: string | null, extra: Record<string, unknown>) => ({
    message_id: id,
    topic: "stage",
    case_id: caseId,
    payload: "{}",
    created_at: at("2026-03-16T10:00:00"),
    next_attempt_at: at("2026-03-16T10:00:00"),
    ...extra,
  });
  await admin
    .insertInto("outbox")
    .values([
      msg("m1", "c1", { delivered_at: at("2026-03-16T10:00:05"), attempts: 1 }),
      msg("m2", "c5", {}),
      msg("m3", "c6", { attempts: 3, last_error: "HTTP 503", created_at: at("2026-03-15T10:00:00") }),
      msg("m4", "c9", { attempts: 1, last_error: "timeout" }),
      msg("m5", "c1", { delivered_at: at("2026-01-10T10:00:00"), attempts: 1 }),
    ])
    .execute();
}

const march: Omit<SupervisionFilter, "regionCode"> = {
  from: localMidnight("2026-03-01"),
  to: localMidnight("2026-04-01"),
};

function actor(roles: StaffActor["roles"], regionCode: string | null): StaffActor {
  return {
    kind: "staff",
    staffId: "x",
    login: "x",
    fullName: "x",
    iin: IIN,
    roles,
    providerId: null,
    regionCode,
  };
}

describe("supervision queries", () => {
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    store = await openTestStore();
    await seed(store);
    app = await buildServer({
      store,
      calendar: defaultCalendar(),
      catalog: loadCatalog(),
      now: () => NOW,
      webRoot: null,
    });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });
  const as = staffSessions(() => app);
  const get = async (login: string | null, url: string) =>
    app.inject({ method: "GET", url, headers: login ? await as(login) : {} });

  it("scope: a region's supervisor reads only the region; a republic's any region or all; others may not", () => {
    assert.equal(supervisionScope(actor(["supervisor"], "abai")), "abai");
    assert.equal(supervisionScope(actor(["supervisor"], "abai"), "abai"), "abai");
    assert.throws(
      () => supervisionScope(actor(["supervisor"], "abai"), "astana"),
      (e: unknown) => isQyzmetError(e) && e.code === "FORBIDDEN_SCOPE" && e.status === 403,
    );
    assert.equal(supervisionScope(actor(["supervisor"], null)), null);
    assert.equal(supervisionScope(actor(["administrator"], null), "astana"), "astana");
    assert.throws(
      () => supervisionScope(actor(["head"], "abai")),
      (e: unknown) => isQyzmetError(e) && e.code === "FORBIDDEN_ROLE",
    );
  });

  it("period: whole Almaty days, 12 weeks by default, at most 2 years, typed error otherwise", () => {
    const p = periodOf(NOW, "2026-03-01", "2026-03-31");
    assert.equal(p.from.toISOString(), "2026-02-28T19:00:00.000Z");
    assert.equal(p.to.toISOString(), "2026-03-31T19:00:00.000Z");
    assert.equal(p.days, 31);
    assert.equal(periodOf(NOW).days, 84);
    assert.equal(localDay(periodOf(NOW).to), "2026-03-21");
    for (const [from, to] of [
      ["2026-03-10", "2026-03-01"],
      ["2020-01-01", "2026-01-01"],
      ["2026-02-30x", "2026-03-01"],
    ])
      assert.throws(
        () => periodOf(NOW, from, to),
        (e: unknown) => isQyzmetError(e) && e.code === "SUPERVISION_PERIOD_INVALID" && e.status === 400,
      );
  });

  it("on-time rate of the region: closed within the deadline / closed; refusals at acceptance not counted", async () => {
    const s = await summary(store.db, { ...march, regionCode: "abai" }, NOW);
    assert.deepEqual(s, { closed: 3, onTime: 2, late: 1, onTimeRate: 2 / 3, overdueNow: 2 });
    const all = await summary(store.db, { ...march, regionCode: null }, NOW);
    assert.deepEqual(all, { closed: 4, onTime: 2, late: 2, onTimeRate: 0.5, overdueNow: 3 });
    const none = await summary(store.db, { ...march, regionCode: "abai", serviceCode: "nothing" }, NOW);
    assert.deepEqual(none, { closed: 0, onTime: 0, late: 0, onTimeRate: null, overdueNow: 0 });
  });

  it("overdue by provider, service and channel, filters applied", async () => {
    const f = { ...march, regionCode: "abai" };
    const byProvider = await overdueBy(store.db, f, NOW, "provider");
    assert.deepEqual(
      byProvider.map((r) => [r.key, r.closed, r.onTime, r.late, r.overdueNow, r.name?.en]),
      [
        ["P2", 1, 0, 1, 1, "provider P2"], // as overdue now as P1, and one closed late
        ["P1", 2, 2, 0, 1, "provider P1"],
      ],
    );
    const byService = await overdueBy(store.db, f, NOW, "service");
    assert.deepEqual(
      byService.map((r) => [r.key, r.closed, r.late, r.overdueNow]),
      [
        ["guardianship-establishment", 2, 1, 2],
        ["adoption", 1, 0, 0],
      ],
    );
    const byChannel = await overdueBy(store.db, { ...f, providerId: "P2" }, NOW, "channel");
    assert.deepEqual(
      byChannel.map((r) => [r.key, r.closed, r.late, r.overdueNow]),
      [
        ["provider_office", 0, 0, 1],
        ["portal", 1, 1, 0],
      ],
    );
  });

  it("trends per week (Mondays, every week present) and per month", async () => {
    const f = { ...march, regionCode: "abai" };
    const weeks = await trends(store.db, f, "week");
    assert.deepEqual(
      weeks.map((w) => [w.start, w.registered, w.closed, w.onTime, w.late]),
      [
        ["2026-02-23", 0, 0, 0, 0],
        ["2026-03-02", 4, 0, 0, 0], // c4, refused at acceptance, is registered but not closed
        ["2026-03-09", 0, 2, 1, 1],
        ["2026-03-16", 2, 1, 1, 0],
        ["2026-03-23", 0, 0, 0, 0],
        ["2026-03-30", 0, 0, 0, 0],
      ],
    );
    const months = await trends(store.db, { ...f, from: localMidnight("2026-02-01") }, "month");
    assert.deepEqual(
      months.map((m) => [m.start, m.registered, m.closed, m.onTimeRate]),
      [
        ["2026-02", 1, 0, null],
        ["2026-03", 6, 3, 2 / 3],
      ].map(([s, ...rest]) => [`${s}-01`, ...rest]),
    );
    assert.deepEqual(bucketStarts(localMidnight("2026-01-31"), localMidnight("2026-03-02"), "month"), [
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
    ]);
  });

  it("the overdue list: open tasks past due, the longest first, with the holder and since when", async () => {
    const list = await overdueList(store.db, { regionCode: "abai" }, NOW);
    assert.deepEqual(
      list.map((t) => t.taskId),
      ["t5", "t6"],
    );
    const [t5, t6] = list;
    assert.deepEqual(t5?.holder, { staffId: "S1", fullName: "Серікова Айгүл", login: "p1.executor" });
    assert.equal(t5?.heldSince.toISOString(), at("2026-03-16T15:00:00").toISOString()); // the assignment
    assert.equal(t5?.markedAt?.toISOString(), at("2026-03-17T18:01:00").toISOString());
    assert.equal(t5?.caseDeadline?.toISOString(), at("2026-03-18T18:00:00").toISOString());
    assert.equal(t6?.holder, null); // the role in the organisation
    assert.equal(t6?.orgId, "P2");
    assert.equal(t6?.heldSince.toISOString(), at("2026-03-16T10:00:00").toISOString()); // the task's start
    assert.equal(t6?.markedAt, null);
    assert.deepEqual(
      (await overdueList(store.db, { regionCode: null }, NOW)).map((t) => t.taskId),
      ["t9", "t5", "t6"],
    );
    assert.deepEqual(
      (await overdueList(store.db, { regionCode: "abai", providerId: "P2" }, NOW)).map((t) => t.taskId),
      ["t6"],
    );
    // Before its due time a task is not on the list.
    assert.deepEqual(
      (await overdueList(store.db, { regionCode: "abai" }, at("2026-03-18T12:00:00"))).map((t) => t.taskId),
      ["t5"],
    );
  });

  it("complaints: the period's and the open ones, with the missed term", async () => {
    const list = await complaintsList(store.db, { ...march, regionCode: "abai" }, NOW);
    assert.deepEqual(
      list.map((c) => [c.number, c.status, c.overdue]),
      [
        ["C-k1", "registered", "review"],
        ["C-k2", "registered", "forward"],
        ["C-k3", "satisfied", null],
      ],
    );
    assert.equal(list[0]?.incomingNumber, "P1-2026-000005");
    assert.deepEqual(
      (await complaintsList(store.db, { ...march, regionCode: null }, NOW)).map((c) => c.number).sort(),
      ["C-k1", "C-k2", "C-k3", "C-k5"],
    );
  });

  it("monitoring delivery: pending, failed, delivered in the period, by the scope's cases", async () => {
    const abai = await deliveryStatus(store.db, { ...march, regionCode: "abai" });
    assert.deepEqual(
      { ...abai, oldestUndeliveredAt: abai.oldestUndeliveredAt?.toISOString() },
      {
        pending: 1,
        failed: 1,
        delivered: 1,
        oldestUndeliveredAt: at("2026-03-15T10:00:00").toISOString(),
        technicalFailures: 0,
      },
    );
    const all = await deliveryStatus(store.db, { ...march, regionCode: null });
    assert.deepEqual([all.pending, all.failed, all.delivered], [1, 2, 1]);
    const list = await undeliveredMessages(store.db, { ...march, regionCode: "abai" });
    assert.deepEqual(
      list.map((m) => [m.messageId, m.attempts, m.lastError]),
      [
        ["m3", 3, "HTTP 503"],
        ["m2", 0, null],
      ],
    );
  });

  it("CSV: RFC 4180 quoting, CRLF, a BOM, and no formula injection", () => {
    assert.equal(csvField('он "бес", минут'), '"он ""бес"", минут"');
    assert.equal(csvField("a\nb"), '"a\nb"');
    assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    assert.equal(csvField(-3), "-3");
    assert.equal(csvField(null), "");
    const csv = toCsv(
      [
        { header: "№", value: (r: { n: string; v: number }) => r.n },
        { header: "value", value: (r) => r.v },
      ],
      [
        { n: "P1-2026-000001", v: 0.5 },
        { n: "a,b", v: 2 },
      ],
    );
    assert.equal(csv, '\uFEFF№,value\r\nP1-2026-000001,0.5\r\n"a,b",2\r\n');
  });

  it("API: the region's figures and tables over the period, in the scope the session allows", async () => {
    const q = "from=2026-03-01&to=2026-03-31";
    const summaryRes = await get("abai.supervisor", `/api/v1/supervision/summary?${q}`);
    assert.equal(summaryRes.statusCode, 200, summaryRes.body);
    const body = summaryRes.json();
    assert.equal(body.regionCode, "abai");
    assert.deepEqual(body.figures, { closed: 3, onTime: 2, late: 1, onTimeRate: 2 / 3, overdueNow: 2 });
    assert.deepEqual([body.delivery.pending, body.delivery.failed, body.delivery.delivered], [1, 1, 1]);
    assert.deepEqual(body.period, {
      from: "2026-02-28T19:00:00.000Z",
      to: "2026-03-31T19:00:00.000Z",
      fromDay: "2026-03-01",
      toDay: "2026-03-31",
    });
    const byProvider = (await get("abai.supervisor", `/api/v1/supervision/by-provider?${q}`)).json();
    assert.deepEqual(
      byProvider.rows.map((r: { key: string }) => r.key),
      ["P2", "P1"],
    );
    const overdue = (await get("abai.supervisor", "/api/v1/supervision/overdue-tasks")).json();
    assert.equal(overdue.rows[0].applicantIinMasked, "9001******23");
    assert.equal(overdue.rows[0].applicantIin, undefined);
    assert.equal(overdue.rows[0].holder.fullName, "Серікова Айгүл");
    assert.ok(overdue.rows[0].overdueWorkingMs > 0);
    const complaints = (await get("abai.supervisor", `/api/v1/supervision/complaints?${q}`)).json();
    assert.equal(complaints.rows[0].complainantIinMasked, "9001******23");
    // The republic's supervisor: all regions, or the one asked for.
    const all = (await get("kz.supervisor", `/api/v1/supervision/summary?${q}`)).json();
    assert.equal(all.regionCode, null);
    assert.equal(all.figures.closed, 4);
    const astana = (await get("kz.supervisor", `/api/v1/supervision/summary?${q}&region=astana`)).json();
    assert.deepEqual([astana.regionCode, astana.figures.closed, astana.figures.late], ["astana", 1, 1]);
  });

  it("API: CSV of every table, in the request's language, IINs masked", async () => {
    const q = "from=2026-03-01&to=2026-03-31";
    for (const table of [
      "by-provider",
      "by-service",
      "by-channel",
      "trends",
      "overdue-tasks",
      "complaints",
      "undelivered",
    ]) {
      const res = await get("abai.supervisor", `/api/v1/supervision/${table}.csv?${q}&lang=kk`);
      assert.equal(res.statusCode, 200, `${table}: ${res.body}`);
      assert.match(String(res.headers["content-type"]), /^text\/csv; charset=utf-8/);
      assert.match(
        String(res.headers["content-disposition"]),
        /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      assert.ok(res.body.startsWith("\uFEFF") && res.body.endsWith("\r\n"), table);
      assert.ok(!res.body.includes(IIN), `${table}: no full IIN`);
    }
    const overdue = (await get("abai.supervisor", "/api/v1/supervision/overdue-tasks.csv?lang=ru")).body;
    const [header, first] = overdue.slice(1).split("\r\n");
    assert.ok(header?.startsWith("Входящий номер,Услуга,Канал,Услугодатель,ИИН заявителя,"), header);
    assert.match(first ?? "", /^P1-2026-000005,.*,9001\*{6}23,.*,Серікова Айгүл,/);
    const undelivered = (await get("abai.supervisor", "/api/v1/supervision/undelivered.csv?lang=en")).body;
    assert.match(undelivered, /\r\nm3,stage,P2-2026-000006,[^,]+,3,[^,]+,HTTP 503\r\n/);
    const byProvider = (await get("abai.supervisor", `/api/v1/supervision/by-provider.csv?${q}&lang=en`))
      .body;
    assert.match(byProvider, /\r\nP1,provider P1,2,2,0,100,1\r\n/);
  });

  it("API: typed refusals — not signed in, another role, another region, a bad period", async () => {
    const cases: Array<[string | null, string, number, string]> = [
      [null, "/api/v1/supervision/summary", 401, "UNAUTHENTICATED"],
      ["p1.head", "/api/v1/supervision/summary", 403, "FORBIDDEN_ROLE"],
      ["p1.head", "/api/v1/supervision/overdue-tasks.csv", 403, "FORBIDDEN_ROLE"],
      ["abai.supervisor", "/api/v1/supervision/complaints?region=astana", 403, "FORBIDDEN_SCOPE"],
      [
        "abai.supervisor",
        "/api/v1/supervision/trends?from=2026-03-10&to=2026-03-01",
        400,
        "SUPERVISION_PERIOD_INVALID",
      ],
      ["abai.supervisor", "/api/v1/supervision/trends?bucket=day", 400, "BAD_REQUEST"],
    ];
    for (const [login, url, status, code] of cases) {
      const res = await get(login, `${url}${url.includes("?") ? "&" : "?"}lang=en`);
      assert.equal(res.statusCode, status, `${url}: ${res.body}`);
      assert.equal(res.json().code, code, url);
    }
  });
});
