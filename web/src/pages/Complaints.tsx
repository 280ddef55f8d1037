/**
 * Complaints in the personal cabinet: the hearing notice of a preliminary refusal, the form that
 * files a complaint about a case (POST /api/v1/citizen/cases/:id/complaints), and the list of
 * complaints with their terms, status and decision. What the provider or the citizen wrote (place,
 * reasoning, the complaint's text) is shown as written, marked translate="no".
 */
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { postJson } from "../api.ts";
import {
  COMPLAINT_SUBJECTS,
  COMPLAINT_TEXT_MAX,
  COMPLAINT_TEXT_MIN,
  type Complaint,
  type ComplaintSubject,
  type Hearing,
} from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { Link } from "../router.tsx";
import { describedBy, ErrorBox, Field, formatDateTime, useSubmission, useText } from "../ui.tsx";

const REVIEWERS = ["provider", "review_body"] as const;
type Reviewer = (typeof REVIEWERS)[number];

/** The preliminary decision to refuse and its hearing: grounds, when and where, how to object by when. */
export function HearingNotice({ hearing, status }: { hearing: Hearing; status: string }) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  const pending = status === "hearing_scheduled";
  const passed = pending && Date.parse(hearing.hearingAt) <= Date.now();
  return (
    <section
      aria-labelledby="hearing-title"
      className={pending ? "notice-box" : "notice-box past"}
      data-hearing-notice
    >
      <h2 id="hearing-title">{t("case.hearing.title")}</h2>
      <p>{t("case.hearing.intro")}</p>
      <dl className="facts">
        <dt>{t("case.hearing.when")}</dt>
        <dd>
          <strong>{formatDateTime(hearing.hearingAt, lang)}</strong>
        </dd>
        <dt>{t("case.hearing.place")}</dt>
        <dd translate="no">{hearing.place}</dd>
        <dt>{t("case.hearing.sentAt")}</dt>
        <dd>{formatDateTime(hearing.sentAt, lang)}</dd>
      </dl>
      {hearing.grounds.length > 0 || hearing.groundsRef ? (
        <>
          <h3>{t("case.hearing.grounds")}</h3>
          {hearing.grounds.length > 0 ? (
            <ul>
              {hearing.grounds.map((g) => (
                <li key={g.n}>
                  {t("case.hearing.groundN", { n: g.n })}: {text(g.text)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{text(hearing.groundsRef)}</p>
          )}
        </>
      ) : null}
      {hearing.reasoning ? (
        <>
          <h3>{t("case.hearing.reasoning")}</h3>
          <blockquote translate="no">{hearing.reasoning}</blockquote>
        </>
      ) : null}
      <h3>{t("case.hearing.objectTitle")}</h3>
      {hearing.held ? (
        <p>
          {t("case.hearing.held", {
            at: formatDateTime(hearing.held.heldAt, lang),
            due: formatDateTime(hearing.held.decisionDue, lang),
          })}
        </p>
      ) : passed ? (
        <p>{t("case.hearing.past")}</p>
      ) : (
        <p>
          <strong>{t("case.hearing.objectHow", { by: formatDateTime(hearing.objectionsBy, lang) })}</strong>
        </p>
      )}
      {hearing.held?.decision ? <p>{t(`case.hearing.decision_${hearing.held.decision}`)}</p> : null}
      <p>
        <a href="#complaint-form">{t("case.hearing.complain")}</a>
      </p>
    </section>
  );
}

/** One complaint: number, to whom, what about, the terms, status, decision. */
function ComplaintItem({ c, serviceTitle }: { c: Complaint; serviceTitle?: (code: string) => string }) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  return (
    <li data-complaint-id={c.id} data-status={c.status}>
      <h3>
        {t("case.complaint.number")} <code>{c.number}</code>
      </h3>
      <dl className="facts">
        {serviceTitle && c.caseId ? (
          <>
            <dt>{t("cabinet.complaintCase")}</dt>
            <dd>
              <Link href={`/cabinet/cases/${c.caseId}`}>
                {c.serviceCode ? serviceTitle(c.serviceCode) : ""}
              </Link>{" "}
              {c.incomingNumber ? <code>{c.incomingNumber}</code> : null}
            </dd>
          </>
        ) : null}
        <dt>{t("case.complaint.status")}</dt>
        <dd className="status">
          <strong>{t(`case.complaint.status_${c.status}`)}</strong>
        </dd>
        <dt>{t("case.complaint.to")}</dt>
        <dd>{t(`case.complaint.to_${c.reviewer}`)}</dd>
        {c.provider ? (
          <>
            <dt>{t("case.complaint.provider")}</dt>
            <dd>{text(c.provider)}</dd>
          </>
        ) : null}
        {c.subject ? (
          <>
            <dt>{t("case.complaint.concerns")}</dt>
            <dd>{t(`case.complaint.subject_${c.subject}`)}</dd>
          </>
        ) : null}
        <dt>{t("case.complaint.registered")}</dt>
        <dd>
          {formatDateTime(c.registeredAt, lang)}
          {c.filedVia === "office" ? ` (${t("case.complaint.viaOffice")})` : ""}
        </dd>
        {c.forwardDue && !c.forwardedAt && c.status === "registered" ? (
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
        <dd className={c.overdue ? "overdue" : undefined}>
          {formatDateTime(c.reviewDue, lang)}
          {c.overdue ? ` — ${t("case.complaint.overdue")}` : ""}
        </dd>
        {c.decision && c.decidedAt ? (
          <>
            <dt>{t("case.complaint.decidedAt")}</dt>
            <dd>
              {formatDateTime(c.decidedAt, lang)}
              {c.decision.late ? ` — ${t("case.complaint.late")}` : ""}
            </dd>
            <dt>{t("case.complaint.decidedBy")}</dt>
            <dd>{t(`case.complaint.by_${c.decision.decidedBy}`)}</dd>
            <dt>{t("case.complaint.decision")}</dt>
            <dd>
              <blockquote translate="no">{c.decision.reasoning}</blockquote>
            </dd>
          </>
        ) : null}
      </dl>
      <details>
        <summary>{t("case.complaint.textShown")}</summary>
        <blockquote translate="no" className="complaint-text">
          {c.text}
        </blockquote>
      </details>
    </li>
  );
}

export function ComplaintList({
  items,
  serviceTitle,
}: {
  items: Complaint[];
  /** Given on the cabinet's list: each complaint links to its case. */
  serviceTitle?: (code: string) => string;
}) {
  return (
    <ul className="cards complaint-list">
      {items.map((c) => (
        <ComplaintItem key={c.id} c={c} {...(serviceTitle ? { serviceTitle } : {})} />
      ))}
    </ul>
  );
}

const count = (s: string) => [...s.trim()].length;

/** The form: to whom (radio), what about (select), the text; checked here first, then by the server. */
export function ComplaintForm({
  caseId,
  defaultSubject,
  onFiled,
}: {
  caseId: string;
  defaultSubject?: ComplaintSubject;
  onFiled: (c: Complaint) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [reviewer, setReviewer] = useState<Reviewer | "">("");
  const [subject, setSubject] = useState<ComplaintSubject | "">(defaultSubject ?? "");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<Partial<Record<"reviewer" | "subject" | "text", string>>>({});
  const [filed, setFiled] = useState<Complaint | null>(null);
  const { busy, error, run } = useSubmission();
  const firstReviewer = useRef<HTMLInputElement>(null);
  const subjectRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const limits = {
    min: COMPLAINT_TEXT_MIN,
    max: COMPLAINT_TEXT_MAX.toLocaleString(lang === "en" ? "en-GB" : "ru-RU"),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = count(body);
    const found: typeof errors = {};
    if (!reviewer) found.reviewer = t("case.complaint.reviewerMissing");
    if (!subject) found.subject = t("case.complaint.subjectMissing");
    if (n < COMPLAINT_TEXT_MIN) found.text = t("case.complaint.textShort", limits);
    else if (n > COMPLAINT_TEXT_MAX) found.text = t("case.complaint.textLong", limits);
    setErrors(found);
    if (found.reviewer) return firstReviewer.current?.focus();
    if (found.subject) return subjectRef.current?.focus();
    if (found.text) return textRef.current?.focus();
    await run(async () => {
      const res = await postJson<{ complaint: Complaint }>(
        `/api/v1/citizen/cases/${encodeURIComponent(caseId)}/complaints`,
        { reviewer, subject, text: body },
      );
      setFiled(res.complaint);
      setBody("");
      setReviewer("");
      setSubject(defaultSubject ?? "");
      onFiled(res.complaint);
    });
  }

  const textHint = `${t("case.complaint.textHint", limits)} ${t("case.complaint.count", { n: count(body) })}`;
  return (
    <section aria-labelledby="complaint-form-title" id="complaint-form">
      <h3 id="complaint-form-title">{t("case.complaint.formTitle")}</h3>
      <p>{t("case.complaint.formIntro")}</p>
      <div role="status" aria-live="polite">
        {filed ? (
          <p className="ok-box">
            {t("case.complaint.sent", {
              number: filed.number,
              due: formatDateTime(filed.reviewDue, lang),
            })}
          </p>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate>
        <fieldset
          className={errors.reviewer ? "invalid" : undefined}
          aria-describedby={errors.reviewer ? "complaint-reviewer-error" : undefined}
        >
          <legend>{t("case.complaint.reviewer")}</legend>
          {REVIEWERS.map((r, i) => (
            <div className="check" key={r}>
              <input
                type="radio"
                id={`complaint-reviewer-${r}`}
                name="complaint-reviewer"
                value={r}
                checked={reviewer === r}
                ref={i === 0 ? firstReviewer : undefined}
                aria-invalid={errors.reviewer ? true : undefined}
                onChange={() => setReviewer(r)}
              />
              <label htmlFor={`complaint-reviewer-${r}`}>{t(`case.complaint.reviewer_${r}`)}</label>
            </div>
          ))}
          {errors.reviewer ? (
            <small id="complaint-reviewer-error" className="error-text" role="alert">
              {errors.reviewer}
            </small>
          ) : null}
        </fieldset>
        <Field id="complaint-subject" label={t("case.complaint.subject")} error={errors.subject ?? null}>
          <select
            id="complaint-subject"
            ref={subjectRef}
            value={subject}
            required
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={describedBy("complaint-subject", false, errors.subject)}
            onChange={(e) => setSubject(e.target.value as ComplaintSubject | "")}
          >
            <option value="">{t("case.complaint.choose")}</option>
            {COMPLAINT_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`case.complaint.subject_${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="complaint-text"
          label={t("case.complaint.text")}
          hint={textHint}
          error={errors.text ?? null}
        >
          <textarea
            id="complaint-text"
            ref={textRef}
            rows={6}
            required
            value={body}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy("complaint-text", true, errors.text)}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        {Object.keys(errors).length > 0 ? (
          <p className="error-text">{t("case.complaint.fixErrors")}</p>
        ) : null}
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>
          {busy ? t("case.complaint.sending") : t("case.complaint.submit")}
        </button>
      </form>
      <p className="muted">{t("case.complaint.court")}</p>
    </section>
  );
}
