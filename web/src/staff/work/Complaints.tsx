/**
 * The complaints of my provider (GET /api/v1/complaints), open ones first, with the terms of the Rules
 * p. 38 that the server computed (forward in 3 working days, review in 5 at the provider or 15 at the
 * review body); the office forwards a complaint addressed to the review body and records decisions
 * (POST /complaints/:id/forward, /complaints/:id/decision). The server checks every rule again.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { Link } from "../../router.tsx";
import {
  ErrorBox,
  Field,
  formatDateTime,
  Loading,
  RadioChoice,
  SubmitRow,
  useLoad,
  useSubmission,
} from "../../ui.tsx";
import { hasRole, useStaff } from "../session.tsx";
import "./work.css";

interface Complaint {
  id: string;
  number: string;
  caseId: string | null;
  complainantName: string;
  text: string;
  reviewer: "provider" | "review_body";
  status: string;
  registeredAt: string;
  forwardDue: string;
  reviewDue: string;
  forwardedAt: string | null;
  decidedAt: string | null;
  decision: { decision?: string; reasoning?: string } | null;
  subject: string | null;
  filedVia: string;
  /** Past its forwarding or review term now (the server's clock and rules). */
  overdue: boolean;
}

const OPEN = ["registered", "forwarded"];
const DECISIONS = ["satisfied", "partially_satisfied", "rejected"] as const;

export default function Complaints() {
  const { t } = useTranslation();
  const { me } = useStaff();
  const [data, error, reload] = useLoad(() => getJson<{ complaints: Complaint[] }>("/api/v1/complaints"), []);
  const office = hasRole(me, ["office_clerk", "head", "department_head"]);
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const sorted = [...data.complaints].sort(
    (a, b) =>
      Number(OPEN.includes(b.status)) - Number(OPEN.includes(a.status)) ||
      a.reviewDue.localeCompare(b.reviewDue),
  );
  return (
    <section className="work">
      <h1>{t("work.complaints.title")}</h1>
      <p className="muted">{t("work.complaints.intro")}</p>
      {sorted.length === 0 ? <p>{t("work.complaints.none")}</p> : null}
      {sorted.map((c) => (
        <ComplaintCard key={c.id} complaint={c} office={office} onDone={reload} />
      ))}
    </section>
  );
}

function ComplaintCard({
  complaint: c,
  office,
  onDone,
}: {
  complaint: Complaint;
  office: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const open = OPEN.includes(c.status);
  return (
    <article className={`complaint-card${c.overdue ? " overdue" : ""}`} data-complaint={c.number}>
      <h2>
        <code>{c.number}</code> · {t(`case.complaint.status_${c.status}`)}
        {c.overdue ? <strong className="overdue-text"> · {t("case.complaint.overdue")}</strong> : null}
      </h2>
      <dl className="facts">
        <dt>{t("work.complaints.complainant")}</dt>
        <dd translate="no">{c.complainantName}</dd>
        <dt>{t("case.complaint.to")}</dt>
        <dd>{t(`case.complaint.to_${c.reviewer}`)}</dd>
        {c.subject ? (
          <>
            <dt>{t("case.complaint.concerns")}</dt>
            <dd>{t(`case.complaint.subject_${c.subject}`)}</dd>
          </>
        ) : null}
        {c.caseId ? (
          <>
            <dt>{t("work.complaints.case")}</dt>
            <dd>
              <Link href={`/staff/work/cases/${c.caseId}`}>{t("work.complaints.openCase")}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t("case.complaint.registered")}</dt>
        <dd>
          {formatDateTime(c.registeredAt, lang)} (
          {c.filedVia === "portal" ? t("work.complaints.viaPortal") : t("case.complaint.viaOffice")})
        </dd>
        {c.reviewer === "review_body" ? (
          <>
            <dt>{t("case.complaint.forwardDue")}</dt>
            <dd>{formatDateTime(c.forwardDue, lang)}</dd>
          </>
        ) : null}
        {c.forwardedAt ? (
          <>
            <dt>{t("case.complaint.forwarded")}</dt>
            <dd>{formatDateTime(c.forwardedAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t("case.complaint.reviewDue")}</dt>
        <dd>{formatDateTime(c.reviewDue, lang)}</dd>
        {c.decidedAt ? (
          <>
            <dt>{t("case.complaint.decision")}</dt>
            <dd>
              {t(`case.complaint.status_${c.decision?.decision ?? c.status}`)},{" "}
              {formatDateTime(c.decidedAt, lang)}
              {c.decision?.reasoning ? <span translate="no">: {c.decision.reasoning}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      <details>
        <summary>{t("case.complaint.textShown")}</summary>
        <p className="complaint-text" translate="no">
          {c.text}
        </p>
      </details>
      {office && open && c.reviewer === "review_body" && !c.forwardedAt ? (
        <ForwardForm id={c.id} onDone={onDone} />
      ) : null}
      {office && open ? <DecisionForm id={c.id} onDone={onDone} /> : null}
    </article>
  );
}

function ForwardForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  return (
    <form
      className="action-form"
      data-action="forward"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await postJson(`/api/v1/complaints/${id}/forward`, {});
          onDone();
        });
      }}
    >
      <p className="muted">{t("work.complaints.forwardHint")}</p>
      <SubmitRow error={error} busy={busy} label={t("work.complaints.forward")} />
    </form>
  );
}

function DecisionForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>("satisfied");
  const [reasoning, setReasoning] = useState("");
  const f = `complaint-${id}`;
  return (
    <details className="action" data-action="complaint-decision">
      <summary>{t("work.complaints.decide")}</summary>
      <form
        className="action-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await postJson(`/api/v1/complaints/${id}/decision`, { decision, reasoning });
            onDone();
          });
        }}
      >
        <fieldset>
          <legend>{t("case.complaint.decision")}</legend>
          {DECISIONS.map((d) => (
            <RadioChoice
              key={d}
              name={`${f}-decision`}
              value={d}
              selected={decision}
              onSelect={setDecision}
              label={t(`case.complaint.status_${d}`)}
            />
          ))}
        </fieldset>
        <Field id={`${f}-reasoning`} label={t("work.actions.reasoning")}>
          <textarea
            id={`${f}-reasoning`}
            rows={3}
            value={reasoning}
            onChange={(e) => setReasoning(e.target.value)}
          />
        </Field>
        <SubmitRow error={error} busy={busy} label={t("work.complaints.decideSubmit")} />
      </form>
    </details>
  );
}
