/**
 * One of my cases: status, deadline, the hearing notice of a preliminary refusal, each stage with its
 * deadline, the timeline, the results, and the case's complaints with the form to file one.
 */
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import type { CaseDetail, Complaint, Service } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { Link } from "../router.tsx";
import { ErrorBox, formatDateTime, Loading, useLoad, useText } from "../ui.tsx";
import { ComplaintForm, ComplaintList, HearingNotice } from "./Complaints.tsx";
import { Results } from "./Results.tsx";

export default function CaseView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const [c, error] = useLoad(
    () => getJson<CaseDetail>(`/api/v1/citizen/cases/${encodeURIComponent(id)}`),
    [id],
  );
  const [complaints, complaintsError, reloadComplaints] = useLoad(
    () => getJson<{ items: Complaint[] }>(`/api/v1/citizen/cases/${encodeURIComponent(id)}/complaints`),
    [id],
  );
  const [service] = useLoad(
    () =>
      c ? getJson<{ service: Service }>(`/api/v1/services/${c.serviceCode}`) : Promise.resolve(undefined),
    [c?.serviceCode, i18n.language],
  );
  if (error)
    return (
      <section>
        <ErrorBox error={error} />
        <Link href="/cabinet">{t("app.nav.cabinet")}</Link>
      </section>
    );
  if (!c) return <Loading />;
  const lang = currentLang();
  const version = service?.service.versions.find((v) => v.id === c.versionId);
  const procedure = version?.procedures.find((p) => p.id === c.procedureId);
  const stepText = (stepId: string | null) => {
    const step = procedure?.steps.find((s) => s.id === stepId);
    return step ? text(step.action) : "";
  };

  return (
    <article>
      <p>
        <Link href="/cabinet">← {t("app.nav.cabinet")}</Link>
      </p>
      <p className="muted">{t("case.title")}</p>
      <h1>{service ? text(service.service.titles) : "…"}</h1>
      <dl className="facts">
        <dt>{t("cabinet.number")}</dt>
        <dd>
          <code>{c.incomingNumber ?? "—"}</code>
        </dd>
        <dt>{t("cabinet.status")}</dt>
        <dd className="status">{t(`status.${c.status}`)}</dd>
        <dt>{t("case.channel")}</dt>
        <dd>{t(`channel.${c.channel}`)}</dd>
        <dt>{t("cabinet.submitted")}</dt>
        <dd>{formatDateTime(c.submittedAt, lang)}</dd>
        <dt>{t("cabinet.deadline")}</dt>
        <dd>{formatDateTime(c.deadline, lang)}</dd>
        {c.endedAt ? (
          <>
            <dt>{t("case.ended")}</dt>
            <dd>{formatDateTime(c.endedAt, lang)}</dd>
          </>
        ) : null}
      </dl>

      {c.hearing ? <HearingNotice hearing={c.hearing} status={c.status} /> : null}

      <Results caseId={c.id} heading="h2" />

      {c.stages.length > 0 ? (
        <section aria-labelledby="stages">
          <h2 id="stages">{t("case.stages")}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("case.stage")}</th>
                  <th scope="col">{t("case.started")}</th>
                  <th scope="col">{t("case.due")}</th>
                  <th scope="col">{t("case.done")}</th>
                </tr>
              </thead>
              <tbody>
                {c.stages.map((s) => (
                  <tr key={`${s.stepId}-${s.startedAt}`}>
                    <td>
                      {s.n ? `${s.n}. ` : ""}
                      {stepText(s.stepId)}
                    </td>
                    <td>{formatDateTime(s.startedAt, lang)}</td>
                    <td className={s.overdue ? "overdue" : undefined}>
                      {formatDateTime(s.dueAt, lang)}
                      {s.overdue ? ` — ${t("case.overdue")}` : ""}
                    </td>
                    <td>{s.doneAt ? formatDateTime(s.doneAt, lang) : t("case.pending")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("case.timeline")}</h2>
        <ol className="timeline">
          {c.timeline.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history's order, append-only
            <li key={i}>
              <span className="muted">{formatDateTime(e.at, lang)}</span> —{" "}
              {t(`timeline.${e.action}`, { defaultValue: t("timeline.other") })}
              {e.stepId && stepText(e.stepId) ? `: ${stepText(e.stepId)}` : ""}
              {e.answer ? ` (${e.answer === "yes" ? t("common.yes") : t("common.no")})` : ""}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="complaints">
        <h2 id="complaints">{t("case.complaint.title")}</h2>
        <ErrorBox error={complaintsError} />
        {complaints && complaints.items.length === 0 ? <p>{t("case.complaint.none")}</p> : null}
        {complaints && complaints.items.length > 0 ? <ComplaintList items={complaints.items} /> : null}
        <ComplaintForm
          caseId={c.id}
          {...(c.status === "hearing_scheduled" || c.status === "hearing_held"
            ? { defaultSubject: "preliminary_refusal" as const }
            : c.status === "refused"
              ? { defaultSubject: "refusal" as const }
              : c.status === "refused_to_accept"
                ? { defaultSubject: "not_accepted" as const }
                : {})}
          onFiled={reloadComplaints}
        />
      </section>
    </article>
  );
}
