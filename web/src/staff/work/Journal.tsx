/**
 * The provider's registration journals of a year: incoming applications (GET /api/v1/journal) and
 * outgoing documents (GET /api/v1/journal/outgoing), in number order.
 */
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { Link } from "../../router.tsx";
import { ErrorBox, Field, formatDateTime, Loading, type Text3, useLoad, useText } from "../../ui.tsx";
import { useStaff } from "../session.tsx";
import { useServices, useTranslateOr } from "./model.ts";
import "./work.css";

interface Incoming {
  incomingNumber: string | null;
  caseId: string;
  serviceCode: string;
  channel: string;
  submittedAt: string;
  status: string;
  deadline: string | null;
  endedAt: string | null;
}

interface Outgoing {
  seq: number;
  number: string;
  id: string;
  kind: string;
  purpose: string;
  title: Text3;
  status: string;
  signer: string | null;
  signedAt: string | null;
  preparedAt: string;
  caseNumber: string | null;
  serviceCode: string;
}

export default function Journal() {
  const { t } = useTranslation();
  const { me } = useStaff();
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const provider = me?.actor.providerId ?? "";
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  return (
    <section className="work">
      <h1>{t("work.journal.title")}</h1>
      <form className="journal-filter" onSubmit={(e) => e.preventDefault()}>
        <Field id="journal-year" label={t("work.journal.year")}>
          <select id="journal-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
      </form>
      {provider ? (
        <>
          <IncomingJournal provider={provider} year={year} />
          <OutgoingJournal provider={provider} year={year} />
        </>
      ) : (
        <p>{t("work.journal.noProvider")}</p>
      )}
    </section>
  );
}

/** A journal's section: its heading, the load's error or progress, "empty", or the table. */
function JournalTable({
  id,
  title,
  journal,
  error,
  rows,
  headers,
  children,
}: {
  id: string;
  title: string;
  journal: "incoming" | "outgoing";
  error: unknown;
  rows: unknown[] | undefined;
  headers: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ErrorBox error={error} />
      {!rows ? (
        error ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <p>{t("work.journal.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="work-table" data-journal={journal}>
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h} scope="col">
                    {t(`work.journal.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function IncomingJournal({ provider, year }: { provider: string; year: number }) {
  const { t } = useTranslation();
  const tr = useTranslateOr();
  const text = useText();
  const lang = currentLang();
  const [data, error] = useLoad(
    () =>
      getJson<{ entries: Incoming[] }>(
        `/api/v1/journal?provider=${encodeURIComponent(provider)}&year=${year}`,
      ),
    [provider, year],
  );
  const services = useServices(data?.entries.map((e) => e.serviceCode) ?? []);
  return (
    <JournalTable
      id="incoming"
      title={t("work.journal.incoming")}
      journal="incoming"
      error={error}
      rows={data?.entries}
      headers={["number", "submitted", "service", "channel", "status", "deadline"]}
    >
      {data?.entries.map((e) => (
        <tr key={e.caseId} data-case-id={e.caseId}>
          <td>
            <Link href={`/staff/work/cases/${e.caseId}`}>
              <code>{e.incomingNumber ?? "—"}</code>
            </Link>
          </td>
          <td>{formatDateTime(e.submittedAt, lang)}</td>
          <td>{text(services.get(e.serviceCode)?.titles)}</td>
          <td>{t(`channel.${e.channel}`)}</td>
          <td>{tr(`status.${e.status}`, "work.case.statusOther")}</td>
          <td>{formatDateTime(e.deadline, lang)}</td>
        </tr>
      ))}
    </JournalTable>
  );
}

function OutgoingJournal({ provider, year }: { provider: string; year: number }) {
  const { t } = useTranslation();
  const tr = useTranslateOr();
  const text = useText();
  const lang = currentLang();
  const [data, error] = useLoad(
    () =>
      getJson<{ items: Outgoing[] }>(
        `/api/v1/journal/outgoing?provider=${encodeURIComponent(provider)}&year=${year}`,
      ),
    [provider, year],
  );
  return (
    <JournalTable
      id="outgoing-journal"
      title={t("work.journal.outgoing")}
      journal="outgoing"
      error={error}
      rows={data?.items}
      headers={["number", "document", "caseNumber", "status", "signer", "dates"]}
    >
      {data?.items.map((d) => (
        <tr key={d.id} data-document-id={d.id}>
          <td>
            <code>{d.number}</code>
          </td>
          <td>
            {text(d.title)}{" "}
            <span className="muted">
              ({tr(`work.docs.purpose.${d.purpose}`, "work.docs.purpose.result")})
            </span>
          </td>
          <td>
            <code>{d.caseNumber ?? "—"}</code>
          </td>
          <td>{tr(`work.docs.status.${d.status}`, "work.case.statusOther")}</td>
          <td translate="no">{d.signer ?? "—"}</td>
          <td>
            {formatDateTime(d.preparedAt, lang)}
            {d.signedAt ? ` / ${formatDateTime(d.signedAt, lang)}` : ""}
          </td>
        </tr>
      ))}
    </JournalTable>
  );
}
