/** The personal cabinet: my cases (status, deadline) with their results, my complaints, my notifications. */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import type { CaseSummary, Complaint, Notification, ServiceSummary } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { Link, navigate } from "../router.tsx";
import { useSession } from "../session.tsx";
import { ErrorBox, formatDateTime, Loading, useLoad, useText } from "../ui.tsx";
import { ComplaintList } from "./Complaints.tsx";
import { Results } from "./Results.tsx";

export default function Cabinet() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const { citizen } = useSession();
  useEffect(() => {
    if (citizen === null) navigate("/sign-in?next=%2Fcabinet", { replace: true });
  }, [citizen]);
  const [cases, casesError] = useLoad(
    () => (citizen ? getJson<{ items: CaseSummary[] }>("/api/v1/citizen/cases") : Promise.resolve(undefined)),
    [citizen],
  );
  const [notes, notesError] = useLoad(
    () =>
      citizen
        ? getJson<{ items: Notification[] }>("/api/v1/citizen/notifications")
        : Promise.resolve(undefined),
    [citizen],
  );
  const [complaints, complaintsError] = useLoad(
    () =>
      citizen ? getJson<{ items: Complaint[] }>("/api/v1/citizen/complaints") : Promise.resolve(undefined),
    [citizen],
  );
  const [services] = useLoad(
    () => getJson<{ services: ServiceSummary[] }>("/api/v1/services"),
    [i18n.language],
  );
  if (!citizen) return <Loading />;
  const title = (code: string) => services?.services.find((s) => s.code === code)?.title ?? "…";
  const lang = currentLang();

  return (
    <section>
      <h1>{t("cabinet.title")}</h1>
      <section aria-labelledby="my-cases">
        <h2 id="my-cases">{t("cabinet.cases")}</h2>
        <ErrorBox error={casesError} />
        {!cases && !casesError ? <Loading /> : null}
        {cases && cases.items.length === 0 ? <p>{t("cabinet.casesNone")}</p> : null}
        {cases && cases.items.length > 0 ? (
          <ul className="cards case-list">
            {cases.items.map((c) => (
              <li key={c.id} data-case-id={c.id}>
                <h3>
                  <Link href={`/cabinet/cases/${c.id}`}>{title(c.serviceCode)}</Link>
                </h3>
                {c.role === "representative" ? (
                  <p className="muted">{t("representative.asRepresentative")}</p>
                ) : null}
                <dl className="facts">
                  <dt>{t("cabinet.number")}</dt>
                  <dd>
                    <code>{c.incomingNumber ?? "—"}</code>
                  </dd>
                  <dt>{t("cabinet.status")}</dt>
                  <dd className="status">{t(`status.${c.status}`)}</dd>
                  <dt>{t("cabinet.submitted")}</dt>
                  <dd>{formatDateTime(c.submittedAt, lang)}</dd>
                  <dt>{t("cabinet.deadline")}</dt>
                  <dd>{formatDateTime(c.deadline, lang)}</dd>
                </dl>
                <Results caseId={c.id} heading="h3" />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="my-complaints">
        <h2 id="my-complaints">{t("cabinet.complaints")}</h2>
        <ErrorBox error={complaintsError} />
        {complaints && complaints.items.length === 0 ? <p>{t("cabinet.complaintsNone")}</p> : null}
        {complaints && complaints.items.length > 0 ? (
          <ComplaintList items={complaints.items} serviceTitle={title} />
        ) : null}
      </section>
      <section aria-labelledby="my-notes">
        <h2 id="my-notes">{t("cabinet.notifications")}</h2>
        <ErrorBox error={notesError} />
        {notes && notes.items.length === 0 ? <p>{t("cabinet.notificationsNone")}</p> : null}
        {notes && notes.items.length > 0 ? (
          <ul className="notifications">
            {notes.items.map((n) => (
              <li key={n.id}>
                <span className="muted">{formatDateTime(n.createdAt, lang)}</span> — {text(n.text)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
