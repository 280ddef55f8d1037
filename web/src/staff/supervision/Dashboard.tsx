/**
 * The supervisor's dashboard (/staff/supervision): the scope's figures over a period, the trends as a chart
 * with its table, the figures by provider, service and channel, the overdue steps with who holds each,
 * complaints with their terms and the delivery to the monitoring system. The filters live in the address
 * (?from=&to=&region=&provider=&service=&channel=&bucket=), so a view can be shared and reloaded; every
 * table links its CSV (the API's `.csv` routes, in the page's language).
 */
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import { currentLang, type Lang } from "../../i18n.ts";
import { navigate, useLocation } from "../../router.tsx";
import { ErrorBox, Field, formatDate, formatDateTime, Loading, useLoad, useText } from "../../ui.tsx";
import { useStaff } from "../session.tsx";
import { TrendChart } from "./TrendChart.tsx";
import type {
  ComplaintRow,
  GroupRow,
  Options,
  OverdueTask,
  Summary,
  TrendRow,
  Undelivered,
} from "./types.ts";
import "./supervision.css";

const FILTER_KEYS = ["from", "to", "region", "provider", "service", "channel", "bucket"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Partial<Record<FilterKey, string>>;

function filtersOf(search: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v) f[k] = v;
  }
  return f;
}

function query(f: Filters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export default function Dashboard() {
  const { t } = useTranslation();
  const text = useText();
  const { search } = useLocation();
  const { me } = useStaff();
  const filters = filtersOf(search);
  const key = query(filters);
  const lang = currentLang();
  const [options] = useLoad(
    () => getJson<Options>(`/api/v1/supervision/options${query({ region: filters.region })}`),
    [filters.region],
  );
  const [summary, error] = useLoad(() => getJson<Summary>(`/api/v1/supervision/summary${key}`), [key, lang]);
  const bucket = filters.bucket === "month" ? "month" : "week";
  const [trends] = useLoad(
    () => getJson<{ rows: TrendRow[] }>(`/api/v1/supervision/trends${query(filters, { bucket })}`),
    [key, lang],
  );
  const [overdue] = useLoad(
    () => getJson<{ rows: OverdueTask[] }>(`/api/v1/supervision/overdue-tasks${key}`),
    [key, lang],
  );
  const [complaints] = useLoad(
    () => getJson<{ rows: ComplaintRow[] }>(`/api/v1/supervision/complaints${key}`),
    [key, lang],
  );
  const [undelivered] = useLoad(
    () => getJson<{ rows: Undelivered[] }>(`/api/v1/supervision/undelivered${key}`),
    [key, lang],
  );

  const regionName = (code: string | null) =>
    code ? text(options?.regions.find((r) => r.code === code)?.name) || code : t("supervision.scopeRepublic");
  const serviceTitle = (code: string | null) =>
    code ? text(options?.services.find((s) => s.code === code)?.title) || code : "";
  const csv = (table: string, extra: Record<string, string> = {}) =>
    `/api/v1/supervision/${table}.csv${query(filters, { ...extra, lang })}`;

  return (
    <section className="supervision" aria-labelledby="supervision-title">
      <h1 id="supervision-title">{t("supervision.heading")}</h1>
      {summary ? (
        <p className="muted">
          {summary.regionCode
            ? t("supervision.scopeRegion", { region: regionName(summary.regionCode) })
            : t("supervision.scopeRepublic")}
          {" · "}
          {formatDate(summary.period.fromDay, lang)} — {formatDate(summary.period.toDay, lang)}
          {" · "}
          {t("supervision.asOf", { at: formatDateTime(summary.now, lang) })}
        </p>
      ) : null}
      <FilterForm
        filters={filters}
        options={options}
        republic={!me?.actor.regionCode}
        defaults={summary ? { from: summary.period.fromDay, to: summary.period.toDay } : undefined}
      />
      <ErrorBox error={error} />
      {!summary ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Figures summary={summary} lang={lang} />
          <section aria-labelledby="trends-title">
            <h2 id="trends-title">{t("supervision.trends.title")}</h2>
            {trends ? (
              <>
                <TrendChart rows={trends.rows} bucket={bucket} />
                <TrendTable rows={trends.rows} lang={lang} csv={csv("trends", { bucket })} />
              </>
            ) : (
              <Loading />
            )}
          </section>
          {(["provider", "service", "channel"] as const).map((dim) => (
            <ByTable
              key={dim}
              dim={dim}
              query={key}
              csv={csv(`by-${dim}`)}
              name={(r) =>
                dim === "provider"
                  ? text(r.name) || r.key
                  : dim === "service"
                    ? serviceTitle(r.key)
                    : t(`channel.${r.key}`)
              }
            />
          ))}
          <OverdueTable
            rows={overdue?.rows}
            csv={csv("overdue-tasks")}
            serviceTitle={serviceTitle}
            lang={lang}
          />
          <ComplaintsTable rows={complaints?.rows} csv={csv("complaints")} lang={lang} />
          <DeliveryTable rows={undelivered?.rows} csv={csv("undelivered")} lang={lang} />
        </>
      )}
    </section>
  );
}

function FilterForm({
  filters,
  options,
  republic,
  defaults,
}: {
  filters: Filters;
  options: Options | undefined;
  republic: boolean;
  defaults: { from: string; to: string } | undefined;
}) {
  const { t } = useTranslation();
  const text = useText();
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (k: FilterKey) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/staff/supervision${query(draft)}`);
  };
  const select = (k: FilterKey, items: Array<{ value: string; label: string }>) => (
    <Field id={`sv-${k}`} label={t(`supervision.filters.${k}`)}>
      <select id={`sv-${k}`} value={draft[k] ?? ""} onChange={set(k)}>
        <option value="">{t("supervision.filters.all")}</option>
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form className="sv-filters" onSubmit={submit}>
      <fieldset>
        <legend>{t("supervision.filters.legend")}</legend>
        <div className="sv-filter-grid">
          <Field id="sv-from" label={t("supervision.filters.from")}>
            <input
              id="sv-from"
              type="date"
              value={draft.from ?? defaults?.from ?? ""}
              onChange={set("from")}
            />
          </Field>
          <Field id="sv-to" label={t("supervision.filters.to")}>
            <input id="sv-to" type="date" value={draft.to ?? defaults?.to ?? ""} onChange={set("to")} />
          </Field>
          {republic
            ? select(
                "region",
                (options?.regions ?? []).map((r) => ({ value: r.code, label: text(r.name) })),
              )
            : null}
          {select(
            "provider",
            (options?.providers ?? []).map((p) => ({ value: p.id, label: text(p.name) })),
          )}
          {select(
            "service",
            (options?.services ?? []).map((s) => ({ value: s.code, label: text(s.title) })),
          )}
          {select(
            "channel",
            (options?.channels ?? []).map((c) => ({ value: c, label: t(`channel.${c}`) })),
          )}
          <Field id="sv-bucket" label={t("supervision.filters.bucket")}>
            <select id="sv-bucket" value={draft.bucket ?? "week"} onChange={set("bucket")}>
              <option value="week">{t("supervision.filters.week")}</option>
              <option value="month">{t("supervision.filters.month")}</option>
            </select>
          </Field>
        </div>
        <div className="sv-actions">
          <button type="submit">{t("supervision.filters.apply")}</button>
          <button
            type="button"
            className="link"
            onClick={() => {
              setDraft({});
              navigate("/staff/supervision");
            }}
          >
            {t("supervision.filters.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const pct = (r: number | null, t: (k: string, o?: Record<string, unknown>) => string) =>
  r === null
    ? "—"
    : t("supervision.percent", {
        n: (Math.round(r * 1000) / 10).toLocaleString(currentLang() === "en" ? "en-GB" : "ru-RU"),
      });

function Figures({ summary, lang }: { summary: Summary; lang: Lang }) {
  const { t } = useTranslation();
  const f = summary.figures;
  const d = summary.delivery;
  return (
    <div className="sv-figures">
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t("supervision.figures.title")}</h2>
        <dl className="sv-cards">
          <Card
            label={t("supervision.figures.rate")}
            value={f.onTimeRate === null ? t("supervision.figures.noRate") : pct(f.onTimeRate, t)}
            id="fig-rate"
          />
          <Card label={t("supervision.figures.closed")} value={f.closed} id="fig-closed" />
          <Card label={t("supervision.figures.onTime")} value={f.onTime} id="fig-on-time" />
          <Card label={t("supervision.figures.late")} value={f.late} id="fig-late" bad={f.late > 0} />
          <Card
            label={t("supervision.figures.overdueNow")}
            value={f.overdueNow}
            id="fig-overdue"
            bad={f.overdueNow > 0}
          />
        </dl>
      </section>
      <section aria-labelledby="delivery-title">
        <h2 id="delivery-title">{t("supervision.delivery.title")}</h2>
        <dl className="sv-cards">
          <Card label={t("supervision.delivery.pending")} value={d.pending} id="del-pending" />
          <Card
            label={t("supervision.delivery.failed")}
            value={d.failed}
            id="del-failed"
            bad={d.failed > 0}
          />
          <Card label={t("supervision.delivery.delivered")} value={d.delivered} id="del-delivered" />
          <Card
            label={t("supervision.delivery.oldest")}
            value={
              d.oldestUndeliveredAt
                ? formatDateTime(d.oldestUndeliveredAt, lang)
                : t("supervision.delivery.none")
            }
            id="del-oldest"
          />
          <Card
            label={t("supervision.delivery.technical")}
            value={d.technicalFailures}
            id="del-technical"
            bad={d.technicalFailures > 0}
          />
        </dl>
      </section>
    </div>
  );
}

function Card({ label, value, id, bad }: { label: string; value: ReactNode; id: string; bad?: boolean }) {
  return (
    <div className={bad ? "sv-card bad" : "sv-card"}>
      <dt>{label}</dt>
      <dd id={id}>{value}</dd>
    </div>
  );
}

function CsvLink({ href, table }: { href: string; table: string }) {
  const { t } = useTranslation();
  return (
    <a className="sv-csv" href={href} download title={t("supervision.csvTitle", { table })}>
      {t("supervision.csv")} <abbr translate="no">CSV</abbr>
    </a>
  );
}

function TableHead({ id, title, csv }: { id: string; title: string; csv: string }) {
  return (
    <div className="sv-table-head">
      <h2 id={id}>{title}</h2>
      <CsvLink href={csv} table={title} />
    </div>
  );
}

function TrendTable({ rows, lang, csv }: { rows: TrendRow[]; lang: Lang; csv: string }) {
  const { t } = useTranslation();
  const title = t("supervision.trends.tableTitle");
  return (
    <details className="sv-trend-table" open>
      <summary>{title}</summary>
      <p>
        <CsvLink href={csv} table={title} />
      </p>
      <div className="table-wrap">
        <table id="trends-table">
          <thead>
            <tr>
              <th scope="col">{t("supervision.trends.start")}</th>
              <th scope="col">{t("supervision.trends.registered")}</th>
              <th scope="col">{t("supervision.trends.closed")}</th>
              <th scope="col">{t("supervision.trends.onTime")}</th>
              <th scope="col">{t("supervision.trends.late")}</th>
              <th scope="col">{t("supervision.trends.rate")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.start}>
                <th scope="row">{formatDate(r.start, lang)}</th>
                <td>{r.registered}</td>
                <td>{r.closed}</td>
                <td>{r.onTime}</td>
                <td>{r.late}</td>
                <td>{pct(r.onTimeRate, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function ByTable({
  dim,
  query: key,
  csv,
  name,
}: {
  dim: "provider" | "service" | "channel";
  query: string;
  csv: string;
  name: (r: GroupRow) => string;
}) {
  const { t } = useTranslation();
  const [data, error] = useLoad(
    () => getJson<{ rows: GroupRow[] }>(`/api/v1/supervision/by-${dim}${key}`),
    [key, currentLang()],
  );
  const id = `by-${dim}-title`;
  return (
    <section aria-labelledby={id}>
      <TableHead id={id} title={t(`supervision.by.${dim}`)} csv={csv} />
      <ErrorBox error={error} />
      {!data ? (
        <Loading />
      ) : data.rows.length === 0 ? (
        <p className="muted">{t("supervision.by.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table id={`by-${dim}`} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t("supervision.by.name")}</th>
                <th scope="col">{t("supervision.by.closed")}</th>
                <th scope="col">{t("supervision.by.onTime")}</th>
                <th scope="col">{t("supervision.by.late")}</th>
                <th scope="col">{t("supervision.by.rate")}</th>
                <th scope="col">{t("supervision.by.overdueNow")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{name(r)}</th>
                  <td>{r.closed}</td>
                  <td>{r.onTime}</td>
                  <td className={r.late > 0 ? "overdue" : undefined}>{r.late}</td>
                  <td>{pct(r.onTimeRate, t)}</td>
                  <td className={r.overdueNow > 0 ? "overdue" : undefined}>{r.overdueNow}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OverdueTable({
  rows,
  csv,
  serviceTitle,
  lang,
}: {
  rows: OverdueTask[] | undefined;
  csv: string;
  serviceTitle: (code: string) => string;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <section aria-labelledby="overdue-title">
      <TableHead id="overdue-title" title={t("supervision.overdue.title")} csv={csv} />
      <p>{t("supervision.overdue.intro")}</p>
      {!rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t("supervision.overdue.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table id="overdue-table" aria-labelledby="overdue-title">
            <thead>
              <tr>
                <th scope="col">{t("supervision.overdue.case")}</th>
                <th scope="col">{t("supervision.overdue.service")}</th>
                <th scope="col">{t("supervision.overdue.step")}</th>
                <th scope="col">{t("supervision.overdue.holder")}</th>
                <th scope="col">{t("supervision.overdue.since")}</th>
                <th scope="col">{t("supervision.overdue.due")}</th>
                <th scope="col">{t("supervision.overdue.late")}</th>
                <th scope="col">{t("supervision.overdue.marked")}</th>
                <th scope="col">{t("supervision.overdue.caseDeadline")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.taskId} data-case={r.caseId}>
                  <th scope="row">
                    <code>{r.incomingNumber ?? r.caseId}</code>
                    <br />
                    <small>{text(r.providerName)}</small>
                  </th>
                  <td>{serviceTitle(r.serviceCode)}</td>
                  <td>
                    <code>{r.stepId}</code>
                    <br />
                    <small>{t(`staff.roles.${r.role}`)}</small>
                  </td>
                  <td className="sv-holder">
                    {r.holder ? (
                      <span translate="no">{r.holder.fullName}</span>
                    ) : (
                      t("supervision.overdue.roleAt", {
                        org: text(r.orgName),
                        role: t(`staff.roles.${r.role}`),
                      })
                    )}
                  </td>
                  <td>{formatDateTime(r.heldSince, lang)}</td>
                  <td>{formatDateTime(r.dueAt, lang)}</td>
                  <td className="overdue">
                    {t("supervision.overdue.workingHours", {
                      n: Math.round((r.overdueWorkingMs / 3_600_000) * 10) / 10,
                    })}
                  </td>
                  <td className="sv-marked">
                    {r.markedAt ? (
                      formatDateTime(r.markedAt, lang)
                    ) : (
                      <span className="muted">{t("supervision.overdue.notMarked")}</span>
                    )}
                  </td>
                  <td>{formatDateTime(r.caseDeadline, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ComplaintsTable({ rows, csv, lang }: { rows: ComplaintRow[] | undefined; csv: string; lang: Lang }) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <section aria-labelledby="complaints-title">
      <TableHead id="complaints-title" title={t("supervision.complaints.title")} csv={csv} />
      {!rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t("supervision.complaints.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table id="complaints-table" aria-labelledby="complaints-title">
            <thead>
              <tr>
                <th scope="col">{t("supervision.complaints.number")}</th>
                <th scope="col">{t("supervision.complaints.case")}</th>
                <th scope="col">{t("supervision.complaints.provider")}</th>
                <th scope="col">{t("supervision.complaints.reviewer")}</th>
                <th scope="col">{t("supervision.complaints.status")}</th>
                <th scope="col">{t("supervision.complaints.registered")}</th>
                <th scope="col">{t("supervision.complaints.forwardDue")}</th>
                <th scope="col">{t("supervision.complaints.reviewDue")}</th>
                <th scope="col">{t("supervision.complaints.missed")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <code>{r.number}</code>
                  </th>
                  <td>{r.incomingNumber ? <code>{r.incomingNumber}</code> : "—"}</td>
                  <td>{text(r.providerName)}</td>
                  <td>{t(`supervision.complaints.reviewers.${r.reviewer}`)}</td>
                  <td>{t(`supervision.complaints.statuses.${r.status}`)}</td>
                  <td>{formatDateTime(r.registeredAt, lang)}</td>
                  <td>{formatDateTime(r.forwardDue, lang)}</td>
                  <td>{formatDateTime(r.reviewDue, lang)}</td>
                  <td className={r.overdue ? "overdue" : undefined}>
                    {r.overdue ? t(`supervision.complaints.missedKinds.${r.overdue}`) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DeliveryTable({ rows, csv, lang }: { rows: Undelivered[] | undefined; csv: string; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="undelivered-title">
      <TableHead id="undelivered-title" title={t("supervision.delivery.listTitle")} csv={csv} />
      {!rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t("supervision.delivery.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table id="undelivered-table" aria-labelledby="undelivered-title">
            <thead>
              <tr>
                <th scope="col">{t("supervision.delivery.message")}</th>
                <th scope="col">{t("supervision.delivery.case")}</th>
                <th scope="col">{t("supervision.delivery.created")}</th>
                <th scope="col">{t("supervision.delivery.attempts")}</th>
                <th scope="col">{t("supervision.delivery.next")}</th>
                <th scope="col">{t("supervision.delivery.error")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.messageId}>
                  <th scope="row">
                    <code>{r.messageId.slice(0, 8)}</code> <code>{r.topic}</code>
                  </th>
                  <td>{r.incomingNumber || r.caseId ? <code>{r.incomingNumber ?? r.caseId}</code> : "—"}</td>
                  <td>{formatDateTime(r.createdAt, lang)}</td>
                  <td className={r.attempts > 0 ? "overdue" : undefined}>{r.attempts}</td>
                  <td>{formatDateTime(r.nextAttemptAt, lang)}</td>
                  <td>{r.lastError ? <code>{r.lastError}</code> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
