/**
 * The actions the case's current step allows, read from the procedure (no service-specific code):
 * complete the step (answer a decision, attach its output document, name who takes the next step with
 * a resolution), give the open task to a staff member, ask for missing documents, draft the result or
 * the reasoned refusal, the refusal track (preliminary decision with the hearing notice, the hearing,
 * the decision after it). The server checks every rule again and answers a typed error otherwise.
 */
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { END, isPostHearing, noBranchKind, successor } from "../../../../src/engine/procedure.ts";
import { orgSideOf, STAFF_ROLE_FOR } from "../../../../src/engine/roles.ts";
import { getJson, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { ErrorBox, Field, RadioChoice, SubmitRow, useLoad, useSubmission, useText } from "../../ui.tsx";
import { hasRole, type StaffMe, type StaffRole } from "../session.tsx";
import type { CaseView, OutgoingDocument, Procedure, Step, Task, Version } from "./model.ts";

interface Props {
  view: CaseView;
  version: Version;
  procedure: Procedure;
  me: StaffMe;
  documents: OutgoingDocument[];
  onDone: () => void;
}

const OPEN = ["in_progress", "hearing_scheduled", "hearing_held", "suspended"];

export function StepActions({ view, version, procedure, me, onDone }: Props) {
  const { t } = useTranslation();
  const c = view.case;
  const task = view.tasks.find((x) => !x.doneAt) ?? null;
  const step = procedure.steps.find((s) => s.id === c.currentStep) ?? null;
  const open = OPEN.includes(c.status) && !c.endedAt;
  const ofProvider = me.actor.providerId === c.providerId;
  const examiner = ofProvider && hasRole(me, ["responsible_executor", "head"]);
  const holds =
    !!task &&
    me.actor.roles.includes(task.role as StaffRole) &&
    me.actor.providerId === task.orgId &&
    (!task.assigneeId || task.assigneeId === me.actor.staffId || me.actor.roles.includes("head"));
  const assigner =
    !!task &&
    hasRole(me, ["head", "department_head"]) &&
    me.actor.providerId === task.orgId &&
    task.role !== "head";
  const special =
    step?.outputDocument === "preliminary_refusal" ||
    step?.outputDocument === "hearing_protocol" ||
    c.status === "hearing_scheduled" ||
    c.status === "hearing_held" ||
    (step !== null && isPostHearing(procedure, step) && c.hearing !== null && !c.hearing.decision);

  if (!open) return null;
  const forms: ReactNode[] = [];
  if (task && step && holds && !special && c.status === "in_progress")
    forms.push(
      <CompleteForm
        key="complete"
        view={view}
        version={version}
        procedure={procedure}
        step={step}
        me={me}
        onDone={onDone}
      />,
    );
  if (examiner && c.status === "hearing_scheduled")
    forms.push(<HearingForm key="hearing" view={view} onDone={onDone} />);
  if (examiner && c.status === "hearing_held")
    forms.push(<DecisionForm key="decision" view={view} version={version} onDone={onDone} />);
  if (assigner && task) forms.push(<AssignForm key="assign" task={task} onDone={onDone} />);
  if (
    examiner &&
    c.status === "in_progress" &&
    !c.preliminaryRefusal &&
    step &&
    !isPostHearing(procedure, step)
  )
    forms.push(<PreliminaryForm key="preliminary" view={view} version={version} onDone={onDone} />);
  if (examiner) {
    forms.push(
      <DraftForm key={`draft-${c.hearing?.decision ?? ""}`} view={view} version={version} onDone={onDone} />,
    );
    forms.push(<RequestForm key="request" view={view} version={version} onDone={onDone} />);
  }
  if (forms.length === 0)
    return (
      <p className="muted" data-actions="none">
        {task
          ? t("work.actions.notYours", { role: t(`staff.roles.${task.role}`) })
          : t("work.actions.nothing")}
      </p>
    );
  return (
    <section className="actions" aria-label={t("work.actions.label")}>
      {forms}
    </section>
  );
}

/** Posts an action; on success the case is reloaded (`onDone`). Resolves whether it went through. */
function useSubmit(onDone: () => void) {
  const { error, busy, run: submit } = useSubmission();
  const run = async (path: string, body: unknown) => {
    let sent = false;
    await submit(async () => {
      await postJson(path, body);
      sent = true;
      onDone();
    });
    return sent;
  };
  return { error, busy, run };
}

/** A labelled multi-line text field of an action form. */
function TextArea(props: {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <textarea
        id={props.id}
        rows={props.rows}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

/** An action: a collapsible form whose button sends it; the server's error shows above the button. */
function ActionForm({
  id,
  title,
  open = false,
  onSubmit,
  error,
  busy,
  submit,
  children,
}: {
  id: string;
  title: string;
  open?: boolean;
  onSubmit: () => void;
  error: unknown;
  busy: boolean;
  submit: string;
  children: ReactNode;
}) {
  return (
    <details className="action" open={open} data-action={id}>
      <summary>{title}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
        className="action-form"
      >
        {children}
        <SubmitRow error={error} busy={busy} label={submit} />
      </form>
    </details>
  );
}

function useEligible(role: string | null) {
  const [data, error] = useLoad(
    () =>
      role
        ? getJson<{ items: { id: string; login: string; fullName: string }[] }>(
            `/api/v1/staff/eligible?role=${encodeURIComponent(role)}`,
          )
        : Promise.resolve({ items: [] }),
    [role],
  );
  return { staff: data?.items ?? [], error };
}

function StaffSelect({
  id,
  role,
  value,
  onChange,
  required = false,
}: {
  id: string;
  role: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const { staff, error } = useEligible(role);
  return (
    <>
      <Field id={id} label={t("work.actions.assignee", { role: t(`staff.roles.${role}`) })}>
        <select id={id} value={value} required={required} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("work.actions.chooseStaff")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id} translate="no">
              {s.fullName} ({s.login})
            </option>
          ))}
        </select>
      </Field>
      <ErrorBox error={error} />
    </>
  );
}

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function CompleteForm({
  view,
  version,
  procedure,
  step,
  me,
  onDone,
}: {
  view: CaseView;
  version: Version;
  procedure: Procedure;
  step: Step;
  me: StaffMe;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const c = view.case;
  const { error, busy, run } = useSubmit(onDone);
  const [answer, setAnswer] = useState<"" | "yes" | "no">("");
  const [number, setNumber] = useState("");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [assignTo, setAssignTo] = useState("");
  const [resolution, setResolution] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const [answerMissing, setAnswerMissing] = useState(false);
  const decision = step.kind === "decision";
  const nextId = successor(procedure, step, answer === "no" ? "no" : "yes");
  const next = nextId === END ? null : (procedure.steps.find((s) => s.id === nextId) ?? null);
  const nextRole = next ? STAFF_ROLE_FOR[next.actor] : null;
  // The head's resolution names who of the provider's own staff takes the next step.
  const assigns =
    !!next &&
    !!nextRole &&
    orgSideOf(next.actor) === "provider" &&
    hasRole(me, ["head", "department_head"]) &&
    nextRole !== "head";
  const notAccepted = decision && answer === "no" && noBranchKind(procedure, step) === "not_accepted";
  const channelDocs = version.standard.documents.filter((d) => d.channels.includes(c.channel as never));

  async function submit() {
    setAnswerMissing(decision && !answer);
    if (decision && !answer) return;
    let docText = body.trim();
    if (file) {
      const line = `${t("work.actions.fileLine")}: ${file.name}, ${file.size} B, SHA-256 ${await sha256Hex(file)}`;
      docText = docText ? `${docText}\n${line}` : line;
    }
    const document =
      step.outputDocument && (number.trim() || title.trim() || docText)
        ? {
            ...(number.trim() ? { number: number.trim() } : {}),
            ...(title.trim() ? { title: title.trim() } : {}),
            ...(docText ? { text: docText } : {}),
          }
        : undefined;
    await run(`/api/v1/cases/${c.id}/steps`, {
      stepId: step.id,
      ...(decision ? { answer } : {}),
      ...(document ? { document } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(assigns && assignTo
        ? { assignTo, ...(resolution.trim() ? { resolution: resolution.trim() } : {}) }
        : {}),
      ...(notAccepted ? { missingDocuments: missing } : {}),
    });
  }

  const f = `complete-${step.id}`;
  return (
    <ActionForm
      id="complete"
      title={decision ? t("work.actions.answerTitle") : t("work.actions.completeTitle")}
      open
      onSubmit={() => void submit()}
      error={error}
      busy={busy}
      submit={decision ? t("work.actions.answerSubmit") : t("work.actions.completeSubmit")}
    >
      {decision ? (
        <fieldset aria-describedby={answerMissing ? `${f}-answer-error` : undefined}>
          <legend>{text(step.action)}</legend>
          <RadioChoice
            name={`${f}-answer`}
            value="yes"
            selected={answer}
            onSelect={setAnswer}
            label={t("common.yes")}
          />
          <RadioChoice
            name={`${f}-answer`}
            value="no"
            selected={answer}
            onSelect={setAnswer}
            label={t("common.no")}
          />
          {answerMissing ? (
            <small id={`${f}-answer-error`} className="error-text" role="alert">
              {t("work.actions.answerNeeded")}
            </small>
          ) : null}
          {answer === "no" && noBranchKind(procedure, step) === "merits" ? (
            <p className="hint">{t("work.actions.meritsHint")}</p>
          ) : null}
        </fieldset>
      ) : (
        <p>{text(step.action)}</p>
      )}
      {notAccepted ? (
        <fieldset>
          <legend>{t("work.actions.missingDocuments")}</legend>
          {channelDocs.map((d) => (
            <label key={d.id} className="choice">
              <input
                type="checkbox"
                checked={missing.includes(d.id)}
                onChange={(e) =>
                  setMissing(e.target.checked ? [...missing, d.id] : missing.filter((x) => x !== d.id))
                }
              />{" "}
              {text(d.title)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {step.outputDocument ? (
        <fieldset>
          <legend>
            {t("work.actions.stepDocument")}
            {step.output ? `: ${text(step.output)}` : ""}
          </legend>
          <Field id={`${f}-number`} label={t("work.actions.docNumber")}>
            <input
              id={`${f}-number`}
              type="text"
              value={number}
              onChange={(e) => setNumber(e.target.value)}
            />
          </Field>
          <Field id={`${f}-title`} label={t("work.actions.docTitle")}>
            <input id={`${f}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <TextArea
            id={`${f}-text`}
            label={t("work.actions.docText")}
            rows={4}
            value={body}
            onChange={setBody}
          />
          <Field id={`${f}-file`} label={t("work.actions.docFile")} hint={t("work.actions.docFileHint")}>
            <input
              id={`${f}-file`}
              type="file"
              aria-describedby={`${f}-file-hint`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Field>
        </fieldset>
      ) : null}
      {assigns && nextRole ? (
        <fieldset>
          <legend>{t("work.actions.resolutionTitle")}</legend>
          <StaffSelect id={`${f}-assignee`} role={nextRole} value={assignTo} onChange={setAssignTo} />
          <TextArea
            id={`${f}-resolution`}
            label={t("work.actions.resolution")}
            rows={2}
            value={resolution}
            onChange={setResolution}
          />
        </fieldset>
      ) : null}
      <TextArea id={`${f}-note`} label={t("work.actions.note")} rows={2} value={note} onChange={setNote} />
    </ActionForm>
  );
}

function AssignForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t } = useTranslation();
  const { error, busy, run } = useSubmit(onDone);
  const [staffId, setStaffId] = useState("");
  const [resolution, setResolution] = useState("");
  const [missing, setMissing] = useState(false);
  const f = `assign-${task.id}`;
  async function submit() {
    setMissing(!staffId);
    if (!staffId) return;
    await run(`/api/v1/tasks/${task.id}/assign`, {
      staffId,
      ...(resolution.trim() ? { resolution: resolution.trim() } : {}),
    });
  }
  return (
    <ActionForm
      id="assign"
      title={t("work.actions.assignTitle")}
      open={!task.assigneeId}
      onSubmit={() => void submit()}
      error={error}
      busy={busy}
      submit={t("work.actions.assignSubmit")}
    >
      {task.assigneeId ? <p className="muted">{t("work.actions.alreadyAssigned")}</p> : null}
      <StaffSelect id={`${f}-staff`} role={task.role} value={staffId} onChange={setStaffId} required />
      {missing ? (
        <p className="error-text" role="alert">
          {t("work.actions.staffNeeded")}
        </p>
      ) : null}
      <TextArea
        id={`${f}-resolution`}
        label={t("work.actions.resolution")}
        rows={2}
        value={resolution}
        onChange={setResolution}
      />
    </ActionForm>
  );
}

function groundsOf(version: Version, variant: string | null) {
  return version.standard.refusalGrounds.filter((g) => g.variant === undefined || g.variant === variant);
}

function Grounds({
  id,
  version,
  variant,
  value,
  onChange,
}: {
  id: string;
  version: Version;
  variant: string | null;
  value: number[];
  onChange: (v: number[]) => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const list = groundsOf(version, variant);
  if (list.length === 0) return <p className="muted">{t("work.actions.noNumberedGrounds")}</p>;
  return (
    <fieldset className="grounds" id={id}>
      <legend>{t("work.actions.grounds")}</legend>
      {list.map((g) => (
        <label key={g.n} className="choice">
          <input
            type="checkbox"
            checked={value.includes(g.n)}
            onChange={(e) => onChange(e.target.checked ? [...value, g.n] : value.filter((x) => x !== g.n))}
          />{" "}
          {g.n}) {text(g.text)}
        </label>
      ))}
    </fieldset>
  );
}

function PreliminaryForm({
  view,
  version,
  onDone,
}: {
  view: CaseView;
  version: Version;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const c = view.case;
  const { error, busy, run } = useSubmit(onDone);
  const [grounds, setGrounds] = useState<number[]>([]);
  const [reasoning, setReasoning] = useState("");
  const [hearingAt, setHearingAt] = useState("");
  const [place, setPlace] = useState("");
  const f = "preliminary";
  return (
    <ActionForm
      id="preliminary"
      title={t("work.actions.preliminaryTitle")}
      onSubmit={() => {
        void run(`/api/v1/cases/${c.id}/preliminary-refusal`, { grounds, reasoning, hearingAt, place });
      }}
      error={error}
      busy={busy}
      submit={t("work.actions.preliminarySubmit")}
    >
      <p className="hint">{t("work.actions.preliminaryIntro")}</p>
      <Grounds
        id={`${f}-grounds`}
        version={version}
        variant={c.variant}
        value={grounds}
        onChange={setGrounds}
      />
      <TextArea
        id={`${f}-reasoning`}
        label={t("work.actions.reasoning")}
        rows={3}
        value={reasoning}
        onChange={setReasoning}
      />
      <Field id={`${f}-at`} label={t("work.actions.hearingAt")} hint={t("work.actions.hearingAtHint")}>
        <input
          id={`${f}-at`}
          type="datetime-local"
          aria-describedby={`${f}-at-hint`}
          value={hearingAt}
          onChange={(e) => setHearingAt(e.target.value)}
        />
      </Field>
      <Field id={`${f}-place`} label={t("work.actions.place")}>
        <input id={`${f}-place`} type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
      </Field>
    </ActionForm>
  );
}

function HearingForm({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const { error, busy, run } = useSubmit(onDone);
  const [attended, setAttended] = useState(true);
  const [objections, setObjections] = useState("");
  const f = "hearing";
  return (
    <ActionForm
      id="hearing"
      title={t("work.actions.hearingTitle")}
      open
      onSubmit={() => {
        void run(`/api/v1/cases/${view.case.id}/hearing`, {
          attended,
          ...(objections.trim() ? { objections: objections.trim() } : {}),
        });
      }}
      error={error}
      busy={busy}
      submit={t("work.actions.hearingSubmit")}
    >
      <label className="choice" htmlFor={`${f}-attended`}>
        <input
          id={`${f}-attended`}
          type="checkbox"
          checked={attended}
          onChange={(e) => setAttended(e.target.checked)}
        />{" "}
        {t("work.actions.attended")}
      </label>
      <TextArea
        id={`${f}-objections`}
        label={t("work.actions.objections")}
        rows={3}
        value={objections}
        onChange={setObjections}
      />
    </ActionForm>
  );
}

function DecisionForm({ view, version, onDone }: { view: CaseView; version: Version; onDone: () => void }) {
  const { t } = useTranslation();
  const c = view.case;
  const { error, busy, run } = useSubmit(onDone);
  const [decision, setDecision] = useState<"grant" | "refuse">("refuse");
  const [grounds, setGrounds] = useState<number[]>(() => c.preliminaryRefusal?.grounds.map((g) => g.n) ?? []);
  const [reasoning, setReasoning] = useState("");
  const f = "decision";
  return (
    <ActionForm
      id="decision"
      title={t("work.actions.decisionTitle")}
      open
      onSubmit={() => {
        void run(`/api/v1/cases/${c.id}/decision`, {
          decision,
          grounds: decision === "refuse" ? grounds : [],
          reasoning,
        });
      }}
      error={error}
      busy={busy}
      submit={t("work.actions.decisionSubmit")}
    >
      <fieldset>
        <legend>{t("work.actions.decisionLegend")}</legend>
        {(["grant", "refuse"] as const).map((d) => (
          <RadioChoice
            key={d}
            name={`${f}-decision`}
            value={d}
            selected={decision}
            onSelect={setDecision}
            label={t(`work.actions.decision.${d}`)}
          />
        ))}
      </fieldset>
      {decision === "refuse" ? (
        <Grounds
          id={`${f}-grounds`}
          version={version}
          variant={c.variant}
          value={grounds}
          onChange={setGrounds}
        />
      ) : null}
      <TextArea
        id={`${f}-reasoning`}
        label={t("work.actions.reasoning")}
        rows={3}
        value={reasoning}
        onChange={setReasoning}
      />
    </ActionForm>
  );
}

function DraftForm({ view, version, onDone }: { view: CaseView; version: Version; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const c = view.case;
  const { error, busy, run } = useSubmit(onDone);
  const [purpose, setPurpose] = useState<"result" | "refusal">(
    c.hearing?.decision === "refuse" ? "refusal" : "result",
  );
  const [lang, setLang] = useState<string>(currentLang());
  const results = version.standard.results;
  const [resultId, setResultId] = useState(results[0]?.id ?? "");
  const f = "draft";
  return (
    <ActionForm
      id="draft"
      title={t("work.actions.draftTitle")}
      onSubmit={() => {
        void run(`/api/v1/cases/${c.id}/documents`, {
          purpose,
          lang,
          ...(purpose === "result" && results.length > 1 && resultId ? { resultId } : {}),
        });
      }}
      error={error}
      busy={busy}
      submit={t("work.actions.draftSubmit")}
    >
      <p className="hint">{t("work.actions.draftIntro")}</p>
      <Field id={`${f}-purpose`} label={t("work.actions.purpose")}>
        <select
          id={`${f}-purpose`}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as "result" | "refusal")}
        >
          <option value="result">{t("work.docs.purpose.result")}</option>
          <option value="refusal">{t("work.docs.purpose.refusal")}</option>
        </select>
      </Field>
      {purpose === "result" && results.length > 1 ? (
        <Field id={`${f}-result`} label={t("work.actions.resultKind")}>
          <select id={`${f}-result`} value={resultId} onChange={(e) => setResultId(e.target.value)}>
            {results.map((r) => (
              <option key={r.id} value={r.id}>
                {text(r.title)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id={`${f}-lang`} label={t("work.actions.docLang")}>
        <select id={`${f}-lang`} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="kk">{t("work.lang.kk")}</option>
          <option value="ru">{t("work.lang.ru")}</option>
          <option value="en">{t("work.lang.en")}</option>
          <option value="kk+ru">{t("work.lang.kkru")}</option>
        </select>
      </Field>
    </ActionForm>
  );
}

function RequestForm({ view, version, onDone }: { view: CaseView; version: Version; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const c = view.case;
  const { error, busy, run } = useSubmit(onDone);
  const [docs, setDocs] = useState<string[]>([]);
  const [what, setWhat] = useState("");
  const channelDocs = version.standard.documents.filter((d) => d.channels.includes(c.channel as never));
  const f = "request";
  return (
    <ActionForm
      id="request"
      title={t("work.actions.requestTitle")}
      onSubmit={async () => {
        if (await run(`/api/v1/cases/${c.id}/document-requests`, { documents: docs, text: what })) {
          setDocs([]);
          setWhat("");
        }
      }}
      error={error}
      busy={busy}
      submit={t("work.actions.requestSubmit")}
    >
      <fieldset>
        <legend>{t("work.actions.requestDocs")}</legend>
        {channelDocs.map((d) => (
          <label key={d.id} className="choice">
            <input
              type="checkbox"
              checked={docs.includes(d.id)}
              onChange={(e) => setDocs(e.target.checked ? [...docs, d.id] : docs.filter((x) => x !== d.id))}
            />{" "}
            {text(d.title)}
          </label>
        ))}
      </fieldset>
      <TextArea
        id={`${f}-text`}
        label={t("work.actions.requestText")}
        rows={2}
        value={what}
        onChange={setWhat}
      />
    </ActionForm>
  );
}
