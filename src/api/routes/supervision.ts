/**
 * The supervisor's dashboard (src/supervision): figures, tables and trends of a region (a republic-level
 * supervisor: any region or all) over a period, with filters by provider, service and channel. Every table
 * has a `.csv` twin (RFC 4180, headers and values in the request's language, IINs masked).
 * Supervisors and administrators only; a region's supervisor is refused another region (403).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Messages } from "../../core/errors.ts";
import { maskIin } from "../../iin/index.ts";
import {
  type Column,
  complaintsList,
  deliveryStatus,
  type GroupRow,
  localDay,
  type OverdueTask,
  overdueBy,
  overdueList,
  periodOf,
  type SupervisedComplaint,
  type SupervisionFilter,
  summary,
  supervisionScope,
  type TrendRow,
  toCsv,
  trends,
  type UndeliveredMessage,
  undeliveredMessages,
} from "../../supervision/index.ts";
import {
  ALL_ROLE_HOLDERS,
  CHANNELS,
  COMPLAINT_STATUS,
  HEADERS,
  MISSED,
  REVIEWERS,
  ROLES,
} from "../../supervision/texts.ts";
import { requireStaff } from "../auth.ts";
import { requestLang } from "../lang.ts";
import { problemResponses } from "../problems.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Query = z.object({
  region: z.string().min(1).max(60).optional(),
  from: day.optional(),
  to: day.optional(),
  provider: z.string().min(1).max(60).optional(),
  service: z.string().min(1).max(100).optional(),
  channel: z.string().min(1).max(60).optional(),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});
type Query = z.infer<typeof Query>;
type Lang = "kk" | "ru" | "en";
const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const Period = z.object({ from: z.string(), to: z.string(), fromDay: z.string(), toDay: z.string() });

const OnTime = z.object({
  closed: z.number(),
  onTime: z.number(),
  late: z.number(),
  onTimeRate: z.number().nullable(),
  overdueNow: z.number(),
});
const Group = OnTime.extend({ key: z.string(), name: Text3.nullable() }).meta({ id: "SupervisionGroup" });
const Trend = z
  .object({
    start: z.string(),
    registered: z.number(),
    closed: z.number(),
    onTime: z.number(),
    late: z.number(),
    onTimeRate: z.number().nullable(),
  })
  .meta({ id: "SupervisionTrend" });
const OverdueTaskDto = z
  .object({
    taskId: z.string(),
    caseId: z.string(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string(),
    channel: z.string(),
    providerId: z.string(),
    providerName: Text3,
    applicantIinMasked: z.string(),
    caseDeadline: z.string().nullable(),
    stepId: z.string(),
    role: z.string(),
    orgId: z.string(),
    orgName: Text3,
    holder: z.object({ staffId: z.string(), fullName: z.string(), login: z.string() }).nullable(),
    heldSince: z.string(),
    dueAt: z.string(),
    overdueMs: z.number(),
    overdueWorkingMs: z.number(),
    markedAt: z.string().nullable(),
  })
  .meta({ id: "SupervisionOverdueTask" });
const ComplaintRowDto = z
  .object({
    id: z.string(),
    number: z.string(),
    caseId: z.string().nullable(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string().nullable(),
    providerId: z.string(),
    providerName: Text3,
    complainantIinMasked: z.string(),
    reviewer: z.string(),
    status: z.string(),
    registeredAt: z.string(),
    forwardDue: z.string(),
    reviewDue: z.string(),
    forwardedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    overdue: z.enum(["forward", "review"]).nullable(),
  })
  .meta({ id: "SupervisionComplaint" });
const DeliveryDto = z.object({
  pending: z.number(),
  failed: z.number(),
  delivered: z.number(),
  oldestUndeliveredAt: z.string().nullable(),
  technicalFailures: z.number(),
});
const Undelivered = z
  .object({
    messageId: z.string(),
    topic: z.string(),
    caseId: z.string().nullable(),
    incomingNumber: z.string().nullable(),
    createdAt: z.string(),
    attempts: z.number(),
    nextAttemptAt: z.string(),
    lastError: z.string().nullable(),
  })
  .meta({ id: "SupervisionUndelivered" });

const DIMENSIONS = ["provider", "service", "channel"] as const;
const csvSchema = (summary: string, tags = ["supervision"]) => ({
  tags,
  summary,
  querystring: Query,
  security: [{ session: [] }],
  produces: ["text/csv"],
});

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, calendar, catalog, now } = app.deps;
  const db = store.db;

  /** The signed-in supervisor's scope and the request's period and filters. */
  const filterOf = (request: FastifyRequest) => {
    const actor = requireStaff(request);
    const q = request.query as Query;
    const regionCode = supervisionScope(actor, q.region);
    const at = now();
    const period = periodOf(at, q.from, q.to);
    const f: SupervisionFilter = {
      regionCode,
      from: period.from,
      to: period.to,
      providerId: q.provider,
      serviceCode: q.service,
      channel: q.channel,
    };
    return {
      f,
      at,
      lang: requestLang(request),
      period: {
        from: period.from.toISOString(),
        to: period.to.toISOString(),
        fromDay: localDay(period.from),
        toDay: localDay(new Date(period.to.getTime() - 1)),
      },
    };
  };

  const serviceTitle = (code: string | null, lang: Lang) =>
    code ? (catalog.find((s) => s.code === code)?.titles[lang] ?? code) : "";
  const word = (words: Record<string, Messages>, key: string, lang: Lang) => words[key]?.[lang] ?? key;
  const h = (lang: Lang) => (key: keyof typeof HEADERS) => HEADERS[key][lang];
  const csv = <T>(reply: FastifyReply, name: string, columns: Column<T>[], rows: T[], stamp: string) => {
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${name}-${stamp}.csv"`)
      .header("cache-control", "no-store");
    return toCsv(columns, rows);
  };
  const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

  const overdueTask = (t: OverdueTask, at: Date) => ({
    ...t,
    applicantIin: undefined,
    applicantIinMasked: maskIin(t.applicantIin),
    caseDeadline: iso(t.caseDeadline),
    heldSince: t.heldSince.toISOString(),
    dueAt: t.dueAt.toISOString(),
    overdueMs: at.getTime() - t.dueAt.getTime(),
    overdueWorkingMs: calendar.workingTime(t.dueAt.getTime(), at.getTime(), "provider"),
    markedAt: iso(t.markedAt),
  });
  const complaintDto = (c: SupervisedComplaint) => ({
    ...c,
    complainantIin: undefined,
    complainantIinMasked: maskIin(c.complainantIin),
    registeredAt: c.registeredAt.toISOString(),
    forwardDue: c.forwardDue.toISOString(),
    reviewDue: c.reviewDue.toISOString(),
    forwardedAt: iso(c.forwardedAt),
    decidedAt: iso(c.decidedAt),
  });
  const undeliveredDto = (m: UndeliveredMessage) => ({
    ...m,
    createdAt: m.createdAt.toISOString(),
    nextAttemptAt: m.nextAttemptAt.toISOString(),
  });

  app.get(
    "/api/v1/supervision/summary",
    {
      schema: {
        tags: ["supervision"],
        summary: "The scope's figures over the period: on-time rate, overdue now, monitoring delivery",
        querystring: Query,
        security: [{ session: [] }],
        response: {
          200: z.object({
            regionCode: z.string().nullable(),
            now: z.string(),
            period: Period,
            figures: OnTime,
            delivery: DeliveryDto,
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { f, at, period } = filterOf(request);
      const [figures, delivery] = await Promise.all([summary(db, f, at), deliveryStatus(db, f)]);
      return {
        regionCode: f.regionCode,
        now: at.toISOString(),
        period,
        figures,
        delivery: { ...delivery, oldestUndeliveredAt: iso(delivery.oldestUndeliveredAt) },
      };
    },
  );

  app.get(
    "/api/v1/supervision/options",
    {
      schema: {
        tags: ["supervision"],
        summary: "What the filters offer: the scope's providers, the services, the channels, the regions",
        querystring: Query,
        security: [{ session: [] }],
        response: {
          200: z.object({
            regionCode: z.string().nullable(),
            regions: z.array(z.object({ code: z.string(), name: Text3 })),
            providers: z.array(z.object({ id: z.string(), name: Text3, kind: z.string() })),
            services: z.array(z.object({ code: z.string(), title: Text3 })),
            channels: z.array(z.string()),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { f } = filterOf(request);
      let providers = db.selectFrom("providers").select(["id", "name", "kind"]).orderBy("id");
      if (f.regionCode) providers = providers.where("region_code", "=", f.regionCode);
      const [regions, rows] = await Promise.all([
        db.selectFrom("regions").select(["code", "name"]).orderBy("code").execute(),
        // Only providers that have cases: a republic has hundreds of schools.
        providers
          .where((eb) =>
            eb.exists(
              eb.selectFrom("cases").select("cases.id").whereRef("cases.provider_id", "=", "providers.id"),
            ),
          )
          .execute(),
      ]);
      return {
        regionCode: f.regionCode,
        regions,
        providers: rows,
        services: catalog.map((s) => ({ code: s.code, title: s.titles })),
        channels: Object.keys(CHANNELS),
      };
    },
  );

  // ---- by provider, service, channel
  for (const dim of DIMENSIONS) {
    const path = `/api/v1/supervision/by-${dim}`;
    const columns = (lang: Lang): Column<GroupRow>[] => {
      const t = h(lang);
      const first: Column<GroupRow>[] =
        dim === "provider"
          ? [
              { header: t("providerCode"), value: (r) => r.key },
              { header: t("provider"), value: (r) => r.name?.[lang] ?? r.key },
            ]
          : dim === "service"
            ? [
                { header: t("serviceCode"), value: (r) => r.key },
                { header: t("service"), value: (r) => serviceTitle(r.key, lang) },
              ]
            : [{ header: t("channel"), value: (r) => word(CHANNELS, r.key, lang) }];
      return [
        ...first,
        { header: t("closed"), value: (r) => r.closed },
        { header: t("onTime"), value: (r) => r.onTime },
        { header: t("late"), value: (r) => r.late },
        { header: `${t("onTimeRate")}, %`, value: (r) => percent(r.onTimeRate) },
        { header: t("overdueNow"), value: (r) => r.overdueNow },
      ];
    };
    app.get(
      path,
      {
        schema: {
          tags: ["supervision"],
          summary: `Closed on time and late in the period, and overdue now, by ${dim}`,
          querystring: Query,
          security: [{ session: [] }],
          response: {
            200: z.object({ period: Period, rows: z.array(Group) }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { f, at, period } = filterOf(request);
        return { period, rows: await overdueBy(db, f, at, dim) };
      },
    );
    app.get(`${path}.csv`, { schema: csvSchema(`The same by ${dim}, as CSV`) }, async (request, reply) => {
      const { f, at, lang, period } = filterOf(request);
      return csv(reply, `by-${dim}`, columns(lang), await overdueBy(db, f, at, dim), period.toDay);
    });
  }

  // ---- trends
  const TrendQuery = Query.extend({ bucket: z.enum(["week", "month"]).default("week") });
  const trendColumns = (lang: Lang): Column<TrendRow>[] => {
    const t = h(lang);
    return [
      { header: t("start"), value: (r) => r.start },
      { header: t("registered"), value: (r) => r.registered },
      { header: t("closed"), value: (r) => r.closed },
      { header: t("onTime"), value: (r) => r.onTime },
      { header: t("late"), value: (r) => r.late },
      { header: `${t("onTimeRate")}, %`, value: (r) => percent(r.onTimeRate) },
    ];
  };
  app.get(
    "/api/v1/supervision/trends",
    {
      schema: {
        tags: ["supervision"],
        summary: "Registered, closed on time and late per week (Mondays) or month, Almaty time",
        querystring: TrendQuery,
        security: [{ session: [] }],
        response: {
          200: z.object({ period: Period, bucket: z.enum(["week", "month"]), rows: z.array(Trend) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { f, period } = filterOf(request);
      return { period, bucket: request.query.bucket, rows: await trends(db, f, request.query.bucket) };
    },
  );
  app.get(
    "/api/v1/supervision/trends.csv",
    { schema: { ...csvSchema("The trends as CSV"), querystring: TrendQuery } },
    async (request, reply) => {
      const { f, lang, period } = filterOf(request);
      const rows = await trends(db, f, request.query.bucket);
      return csv(reply, `trends-${request.query.bucket}`, trendColumns(lang), rows, period.toDay);
    },
  );

  // ---- the overdue list
  const LimitQuery = Query.extend({ limit: z.coerce.number().int().min(1).max(1000).default(200) });
  const overdueColumns = (lang: Lang, at: Date): Column<OverdueTask>[] => {
    const t = h(lang);
    return [
      { header: t("number"), value: (r) => r.incomingNumber ?? r.caseId },
      { header: t("service"), value: (r) => serviceTitle(r.serviceCode, lang) },
      { header: t("channel"), value: (r) => word(CHANNELS, r.channel, lang) },
      { header: t("provider"), value: (r) => r.providerName[lang] },
      { header: t("applicant"), value: (r) => maskIin(r.applicantIin) },
      { header: t("caseDeadline"), value: (r) => r.caseDeadline },
      { header: t("step"), value: (r) => r.stepId },
      { header: t("role"), value: (r) => word(ROLES, r.role, lang) },
      { header: t("holderOrg"), value: (r) => r.orgName[lang] },
      { header: t("holder"), value: (r) => (r.holder ? r.holder.fullName : ALL_ROLE_HOLDERS[lang]) },
      { header: t("heldSince"), value: (r) => r.heldSince },
      { header: t("dueAt"), value: (r) => r.dueAt },
      {
        header: t("overdueHours"),
        value: (r) =>
          Math.round((calendar.workingTime(r.dueAt.getTime(), at.getTime(), "provider") / 3_600_000) * 10) /
          10,
      },
      { header: t("markedAt"), value: (r) => r.markedAt },
    ];
  };
  app.get(
    "/api/v1/supervision/overdue-tasks",
    {
      schema: {
        tags: ["supervision"],
        summary: "Open tasks past due now, the longest overdue first, with who holds each and since when",
        querystring: LimitQuery,
        security: [{ session: [] }],
        response: {
          200: z.object({ now: z.string(), rows: z.array(OverdueTaskDto) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { f, at } = filterOf(request);
      const rows = await overdueList(db, f, at, request.query.limit);
      return { now: at.toISOString(), rows: rows.map((t) => overdueTask(t, at)) };
    },
  );
  app.get(
    "/api/v1/supervision/overdue-tasks.csv",
    { schema: { ...csvSchema("The overdue list as CSV"), querystring: LimitQuery } },
    async (request, reply) => {
      const { f, at, lang } = filterOf(request);
      const rows = await overdueList(db, f, at, request.query.limit);
      return csv(reply, "overdue", overdueColumns(lang, at), rows, localDay(at));
    },
  );

  // ---- complaints
  const complaintColumns = (lang: Lang): Column<SupervisedComplaint>[] => {
    const t = h(lang);
    return [
      { header: t("complaint"), value: (r) => r.number },
      { header: t("number"), value: (r) => r.incomingNumber },
      { header: t("service"), value: (r) => serviceTitle(r.serviceCode, lang) },
      { header: t("provider"), value: (r) => r.providerName[lang] },
      { header: t("complainant"), value: (r) => maskIin(r.complainantIin) },
      { header: t("reviewer"), value: (r) => word(REVIEWERS, r.reviewer, lang) },
      { header: t("status"), value: (r) => word(COMPLAINT_STATUS, r.status, lang) },
      { header: t("registeredAt"), value: (r) => r.registeredAt },
      { header: t("forwardDue"), value: (r) => r.forwardDue },
      { header: t("reviewDue"), value: (r) => r.reviewDue },
      { header: t("missed"), value: (r) => (r.overdue ? word(MISSED, r.overdue, lang) : "") },
    ];
  };
  app.get(
    "/api/v1/supervision/complaints",
    {
      schema: {
        tags: ["supervision"],
        summary: "Complaints registered in the period or still open, with their terms and the one missed",
        querystring: Query,
        security: [{ session: [] }],
        response: {
          200: z.object({ period: Period, rows: z.array(ComplaintRowDto) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { f, at, period } = filterOf(request);
      return { period, rows: (await complaintsList(db, f, at)).map(complaintDto) };
    },
  );
  app.get(
    "/api/v1/supervision/complaints.csv",
    { schema: csvSchema("The complaints as CSV") },
    async (request, reply) => {
      const { f, at, lang, period } = filterOf(request);
      return csv(reply, "complaints", complaintColumns(lang), await complaintsList(db, f, at), period.toDay);
    },
  );

  // ---- monitoring delivery
  const undeliveredColumns = (lang: Lang): Column<UndeliveredMessage>[] => {
    const t = h(lang);
    return [
      { header: t("message"), value: (r) => r.messageId },
      { header: t("topic"), value: (r) => r.topic },
      { header: t("number"), value: (r) => r.incomingNumber ?? r.caseId },
      { header: t("createdAt"), value: (r) => r.createdAt },
      { header: t("attempts"), value: (r) => r.attempts },
      { header: t("nextAttempt"), value: (r) => r.nextAttemptAt },
      { header: t("lastError"), value: (r) => r.lastError },
    ];
  };
  app.get(
    "/api/v1/supervision/undelivered",
    {
      schema: {
        tags: ["supervision"],
        summary: "Stages of the scope's cases not yet delivered to the monitoring system, failed ones first",
        querystring: LimitQuery,
        security: [{ session: [] }],
        response: { 200: z.object({ rows: z.array(Undelivered) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { f } = filterOf(request);
      return { rows: (await undeliveredMessages(db, f, request.query.limit)).map(undeliveredDto) };
    },
  );
  app.get(
    "/api/v1/supervision/undelivered.csv",
    { schema: { ...csvSchema("The undelivered stages as CSV"), querystring: LimitQuery } },
    async (request, reply) => {
      const { f, at, lang } = filterOf(request);
      const rows = await undeliveredMessages(db, f, request.query.limit);
      return csv(reply, "undelivered", undeliveredColumns(lang), rows, localDay(at));
    },
  );
};
