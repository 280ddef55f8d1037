/**
 * One case at the provider's workstation (GET /api/v1/cases/:id): the applicant, children, the
 * documents handed in, what the information systems checked in the state databases, the current step
 * with its deadline and the actions it allows, the case's outgoing documents (PDF, EDS signing) and
 * its history.
 */
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { Link } from "../../router.tsx";
import { ErrorBox, formatDate, formatDateTime, Loading, useDuration, useLoad, useText } from "../../ui.tsx";
import { useStaff } from "../session.tsx";
import { Documents } from "./Documents.tsx";
import {
  type CaseEvent,
  type CaseView,
  eventKey,
  fullName,
  type OutgoingDocument,
  type Procedure,
  procedureOf,
  serviceDetail,
  useTranslateOr,
  type Version,
} from "./model.ts";
import { StepActions } from "./StepActions.tsx";
import "./work.css";

export default function CaseWork({ id }: { id: string }) {
  const { t } = useTranslation();
  const tr = useTranslateOr();
  const duration = useDuration();
  const text = useText();
  const { me } = useStaff();
  const [view, error, reload] = useLoad(
    () => getJson<CaseView>(`/api/v1/cases/${encodeURIComponent(id)}`),
    [id],
  );
  const [service] = useLoad(
    () => (view ? serviceDetail(view.case.serviceCode) : Promise.resolve(undefined)),
    [view?.case.serviceCode],
  );
  const [docs, docsError, reloadDocs] = useLoad(
    () => getJson<{ items: OutgoingDocument[] }>(`/api/v1/cases/${encodeURIComponent(id)}/documents`),
    [id],
  );
  if (error)
    return (
      <section>
        <ErrorBox error={error} />
        <p>
          <Link href="/staff/work/inbox">{t("work.inbox.title")}</Link>
        </p>
      </section>
    );
  if (!view || !service || !me) return <Loading />;
  const c = view.case;
  const lang = currentLang();
  const { version, procedure } = procedureOf(service, c.versionId, c.procedureId);
  const step = procedure?.steps.find((s) => s.id === c.currentStep);
  const task = view.tasks.find((x) => !x.doneAt) ?? null;
  const overdue = task ? Date.parse(task.dueAt) < Date.now() : false;
  const refresh = () => {
    reload();
    reloadDocs();
  };
  const stepText = (stepId: unknown) => {
    const s = procedure?.steps.find((x) => x.id === stepId);
    return s ? `${s.n ? `${s.n}. ` : ""}${text(s.action)}` : "";
  };

  return (
    <article className="work case-work">
      <p>
        <Link href="/staff/work/inbox">← {t("work.inbox.title")}</Link>
      </p>
      <p className="muted">{t("work.case.title")}</p>
      <h1>{text(service.titles)}</h1>
      <dl className="facts">
        <dt>{t("work.case.number")}</dt>
        <dd>
          <code>{c.incomingNumber ?? "—"}</code>
        </dd>
        <dt>{t("work.case.status")}</dt>
        <dd className="status" data-status={c.status}>
          {tr(`status.${c.status}`, "work.case.statusOther")}
        </dd>
        <dt>{t("work.case.channel")}</dt>
        <dd>{t(`channel.${c.channel}`)}</dd>
        <dt>{t("work.case.submitted")}</dt>
        <dd>{formatDateTime(c.submittedAt, lang)}</dd>
        <dt>{t("work.case.deadline")}</dt>
        <dd>{formatDateTime(c.deadline, lang)}</dd>
        {c.endedAt ? (
          <>
            <dt>{t("work.case.ended")}</dt>
            <dd>{formatDateTime(c.endedAt, lang)}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="current-step" className="current-step">
        <h2 id="current-step">{t("work.case.currentStep")}</h2>
        {step && task ? (
          <dl className="facts">
            <dt>{t("work.case.step")}</dt>
            <dd data-step-id={step.id}>{stepText(step.id)}</dd>
            <dt>{t("work.case.holder")}</dt>
            <dd>{t(`staff.roles.${task.role}`)}</dd>
            <dt>{t("work.case.stepDue")}</dt>
            <dd className={overdue ? "overdue" : undefined}>
              {formatDateTime(task.dueAt, lang)}
              {overdue ? ` — ${t("work.case.overdue")}` : ""}
            </dd>
            {step.duration ? (
              <>
                <dt>{t("work.case.stepDuration")}</dt>
                <dd>{duration(step.duration)}</dd>
              </>
            ) : null}
            {step.output ? (
              <>
                <dt>{t("work.case.stepOutput")}</dt>
                <dd>{text(step.output)}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{c.endedAt ? t("work.case.closed") : t("work.case.noTask")}</p>
        )}
        {procedure && version ? (
          <StepActions
            view={view}
            version={version}
            procedure={procedure}
            me={me}
            documents={docs?.items ?? []}
            onDone={refresh}
          />
        ) : null}
      </section>

      <Documents caseId={c.id} documents={docs?.items} error={docsError} me={me} onChange={refresh} />

      <section aria-labelledby="applicant">
        <h2 id="applicant">{t("work.case.applicant")}</h2>
        <dl className="facts">
          <dt>{t("work.case.name")}</dt>
          <dd translate="no">{fullName(c.applicant)}</dd>
          <dt>{t("work.case.iin")}</dt>
          <dd>
            <code>{c.applicant.iin}</code>
          </dd>
          {c.applicant.phone ? (
            <>
              <dt>{t("work.case.phone")}</dt>
              <dd>
                <code>{c.applicant.phone}</code>
              </dd>
            </>
          ) : null}
          {c.applicant.address ? (
            <>
              <dt>{t("work.case.address")}</dt>
              <dd translate="no">{c.applicant.address}</dd>
            </>
          ) : null}
          {c.representative ? (
            <>
              <dt>{t("work.case.representative")}</dt>
              <dd>
                <span translate="no">{c.representative.fullName}</span> (<code>{c.representative.iin}</code>)
                {c.representative.powerOfAttorney ? (
                  <>
                    {" · "}
                    {t("work.case.powerOfAttorney")} <code>{c.representative.powerOfAttorney.number}</code>{" "}
                    {formatDate(c.representative.powerOfAttorney.date, lang)}
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="children">
        <h2 id="children">{t("work.case.children")}</h2>
        {c.children.length === 0 ? (
          <p>{t("work.case.noChildren")}</p>
        ) : (
          <div className="table-wrap">
            <table className="work-table">
              <thead>
                <tr>
                  <th scope="col">{t("work.case.name")}</th>
                  <th scope="col">{t("work.case.iin")}</th>
                  <th scope="col">{t("work.case.birthDate")}</th>
                </tr>
              </thead>
              <tbody>
                {c.children.map((ch) => (
                  <tr key={`${ch.fullName}-${ch.birthDate}`}>
                    <td translate="no">{ch.fullName}</td>
                    <td>{ch.iin ? <code>{ch.iin}</code> : "—"}</td>
                    <td>{formatDate(ch.birthDate, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <HandedIn c={view.case} version={version} />
      <StateData events={view.events} procedure={procedure} version={version} />
      <RefusalTrack view={view} />

      <section aria-labelledby="history">
        <h2 id="history">{t("work.case.history")}</h2>
        <div className="table-wrap">
          <table className="work-table">
            <thead>
              <tr>
                <th scope="col">{t("work.case.when")}</th>
                <th scope="col">{t("work.case.what")}</th>
                <th scope="col">{t("work.case.who")}</th>
              </tr>
            </thead>
            <tbody>
              {view.events.map((e) => (
                <tr key={e.seq} data-action={e.action}>
                  <td>{formatDateTime(e.at, lang)}</td>
                  <td>
                    {tr(eventKey(e.action), "work.event.other")}
                    {stepText(e.payload.stepId) ? `: ${stepText(e.payload.stepId)}` : ""}
                    <EventDetail e={e} />
                  </td>
                  <td>{tr(`staff.roles.${e.actorRole}`, "work.case.system")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}

function EventDetail({ e }: { e: CaseEvent }) {
  const { t } = useTranslation();
  const p = e.payload;
  const parts: string[] = [];
  if (p.answer === "yes" || p.outcome === "yes") parts.push(t("common.yes"));
  if (p.answer === "no" || p.outcome === "no") parts.push(t("common.no"));
  if (p.late === true) parts.push(t("work.case.late"));
  const words = [p.resolution, p.note].filter((x): x is string => typeof x === "string" && x.length > 0);
  if (parts.length === 0 && words.length === 0) return null;
  return (
    <span className="muted">
      {parts.length > 0 ? ` — ${parts.join("; ")}` : ""}
      {words.map((w) => (
        <span key={w}>
          {" — "}
          <q translate="no">{w}</q>
        </span>
      ))}
    </span>
  );
}

/** The documents of the package, by the standard's list, with attachments' names and sizes. */
function HandedIn({ c, version }: { c: CaseView["case"]; version: Version | undefined }) {
  const { t } = useTranslation();
  const text = useText();
  const titleOf = (docId: string) => version?.standard.documents.find((d) => d.id === docId)?.title;
  return (
    <section aria-labelledby="handed-in">
      <h2 id="handed-in">{t("work.case.handedIn")}</h2>
      {c.documents.length === 0 ? (
        <p>{t("work.case.noDocuments")}</p>
      ) : (
        <ul className="doc-list">
          {c.documents.map((d) => (
            <li key={d.id}>
              {text(titleOf(d.id)) || <code>{d.id}</code>}
              {d.attachment ? (
                <span className="muted">
                  {" "}
                  — {t("work.case.attachment")}: <code>{d.attachment.name}</code>,{" "}
                  {t("work.case.bytes", { n: d.attachment.size })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the information systems answered from the state databases (automated decisions in the history). */
function StateData({
  events,
  procedure,
  version,
}: {
  events: CaseEvent[];
  procedure: Procedure | undefined;
  version: Version | undefined;
}) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  const checks = events.flatMap((e) => {
    if (e.action !== "step.completed" || e.payload.automatic !== true) return [];
    const step = procedure?.steps.find((s) => s.id === e.payload.stepId);
    if (step?.kind !== "decision") return [];
    return [{ e, step }];
  });
  const manual = events.filter(
    (e) =>
      e.action === "task.opened" &&
      procedure?.steps.find((s) => s.id === e.payload.stepId && s.actor === "information_system"),
  );
  // At intake: the records looked up for documents the act waives when the state database has them.
  const lookups = events.flatMap((e) =>
    e.action === "case.registered" || e.action === "case.not_accepted"
      ? (((e.payload.recordLookups ?? []) as { document: string; status: string; system: string }[]).map(
          (l) => ({ e, l }),
        ) ?? [])
      : [],
  );
  const titleOf = (id: string) => version?.standard.documents.find((d) => d.id === id)?.title;
  return (
    <section aria-labelledby="state-data">
      <h2 id="state-data">{t("work.case.stateData")}</h2>
      {lookups.length > 0 ? (
        <ul className="doc-list" data-record="record-lookups">
          {lookups.map(({ e, l }) => {
            const title = titleOf(l.document);
            return (
              <li key={`${e.seq}-${l.document}`} data-waiver={l.status}>
                {title ? text(title) : <code>{l.document}</code>} —{" "}
                <strong>
                  {t(
                    `work.case.lookup.${l.status === "obtained" ? "obtained" : l.status === "unavailable" ? "unavailable" : "required"}`,
                    { system: l.system },
                  )}
                </strong>{" "}
                <span className="muted">{formatDateTime(e.at, lang)}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {checks.length === 0 && manual.length === 0 && lookups.length > 0 ? null : checks.length === 0 &&
        manual.length === 0 ? (
        <p>{t("work.case.noStateData")}</p>
      ) : (
        <ul className="doc-list">
          {checks.map(({ e, step }) => (
            <li key={e.seq}>
              {text(step.action)} —{" "}
              <strong>{e.payload.answer === "no" ? t("common.no") : t("common.yes")}</strong>
              {step.check ? (
                <>
                  {" "}
                  (<code>{step.check}</code>)
                </>
              ) : null}{" "}
              <span className="muted">{formatDateTime(e.at, lang)}</span>
            </li>
          ))}
          {manual.map((e) => (
            <li key={e.seq}>{t("work.case.manualCheck")}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Requests for documents, the preliminary decision with its hearing notice, the hearing. */
function RefusalTrack({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  const c = view.case;
  const requests = (c.outputs.documentRequests ?? []) as {
    at: string;
    text: string;
    documents: { id: string; title: { kk: string; ru: string; en: string } }[];
  }[];
  if (!c.preliminaryRefusal && !c.hearing && requests.length === 0) return null;
  return (
    <section aria-labelledby="refusal-track">
      <h2 id="refusal-track">{t("work.case.requestsAndHearing")}</h2>
      {requests.map((r) => (
        <div key={r.at} className="record" data-record="documents-request">
          <h3>
            {t("work.case.documentsRequested")} <span className="muted">{formatDateTime(r.at, lang)}</span>
          </h3>
          <p>
            {r.documents.map((d) => text(d.title)).join("; ")}
            {r.documents.length > 0 ? "; " : ""}
            <span translate="no">{r.text}</span>
          </p>
        </div>
      ))}
      {c.preliminaryRefusal ? (
        <div className="record" data-record="preliminary-refusal">
          <h3>{t("work.case.preliminary")}</h3>
          <dl className="facts">
            <dt>{t("work.case.sentAt")}</dt>
            <dd>{formatDateTime(c.preliminaryRefusal.sentAt, lang)}</dd>
            <dt>{t("work.case.grounds")}</dt>
            <dd>
              {c.preliminaryRefusal.grounds.length === 0
                ? "—"
                : c.preliminaryRefusal.grounds.map((g) => `${g.n}) ${text(g.text)}`).join("; ")}
            </dd>
            <dt>{t("work.case.reasoning")}</dt>
            <dd translate="no">{c.preliminaryRefusal.reasoning}</dd>
            <dt>{t("work.case.hearingAt")}</dt>
            <dd>{formatDateTime(c.preliminaryRefusal.hearingAt, lang)}</dd>
            <dt>{t("work.case.place")}</dt>
            <dd translate="no">{c.preliminaryRefusal.place}</dd>
          </dl>
        </div>
      ) : null}
      {c.hearing ? (
        <div className="record" data-record="hearing">
          <h3>{t("work.case.hearing")}</h3>
          <dl className="facts">
            <dt>{t("work.case.heldAt")}</dt>
            <dd>{formatDateTime(c.hearing.heldAt, lang)}</dd>
            <dt>{t("work.case.attended")}</dt>
            <dd>{c.hearing.attended ? t("common.yes") : t("common.no")}</dd>
            <dt>{t("work.case.objections")}</dt>
            <dd translate="no">{c.hearing.objections ?? "—"}</dd>
            <dt>{t("work.case.decisionDue")}</dt>
            <dd>{formatDateTime(c.hearing.decisionDue, lang)}</dd>
            {c.hearing.decision ? (
              <>
                <dt>{t("work.case.decision")}</dt>
                <dd data-decision={c.hearing.decision}>{t(`work.actions.decision.${c.hearing.decision}`)}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
