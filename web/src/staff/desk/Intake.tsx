/**
 * Intake of a paper package at the branch (/staff/desk/intake[?ticket=&service=&label=]): the service,
 * the version in force in the branch's region today, the competent provider of the branch's district,
 * the applicant (IIN with its check digit), children for a family-and-children service, and the
 * standard's checklist for the State Corporation channel (each document with its condition, how it
 * is presented and its source). POST /api/v1/cases: a complete package is accepted and forwarded to
 * the provider (receipt to print); an incomplete one is refused at acceptance with the
 * refusal-to-accept receipt naming the missing documents (003 annex 7).
 */
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../../api.ts";
import type { RegulationVersion, Service } from "../../api-types.ts";
import { type Child, ChildrenFields, fieldProps } from "../../children-fields.tsx";
import { currentLang } from "../../i18n.ts";
import { iinProblem } from "../../iin-check.ts";
import { todayInKazakhstan } from "../../region.ts";
import { Link, useLocation } from "../../router.tsx";
import {
  ErrorBox,
  Field,
  formatDateTime,
  Loading,
  SourceNote,
  type Text3,
  useLoad,
  useText,
} from "../../ui.tsx";
import { systemKey, useWaivers, type WaiverAnswer } from "../../waivers.ts";
import { useStaff } from "../session.tsx";
import type { BranchServices } from "./desk-types.ts";
import { DeskTabs, LimitsNote } from "./shared.tsx";

interface Accepted {
  case: {
    id: string;
    incomingNumber: string | null;
    status: string;
    deadline: string | null;
    providerId: string;
  };
  receipt: {
    kind: "receipt" | "refusal_to_accept_receipt";
    number: string;
    missing: { id: string; title: Text3 }[];
    deadline: string | null;
  };
}

export default function Intake() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const { me } = useStaff();
  const { search } = useLocation();
  const ticketId = search.get("ticket");
  const ticketLabel = search.get("label");
  const branchId = me?.provider?.id ?? "";
  const [code, setCode] = useState(search.get("service") ?? "");
  const [variant, setVariant] = useState("");
  const [provider, setProvider] = useState("");
  const [person, setPerson] = useState({ iin: "", surname: "", givenName: "", patronymic: "", phone: "" });
  const [children, setChildren] = useState<Child[]>([]);
  const [presented, setPresented] = useState<Record<string, boolean>>({});
  const [waived, setWaived] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Accepted | null>(null);
  const [ticketDone, setTicketDone] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());

  const [offer, offerError] = useLoad(
    () =>
      branchId
        ? getJson<BranchServices>(`/api/v1/queue/branches/${encodeURIComponent(branchId)}/services`)
        : Promise.resolve(null),
    [branchId],
  );
  const region = offer?.branch.regionCode ?? "";
  const district = offer?.branch.districtId ?? "";
  useEffect(() => {
    const first = offer?.services[0]?.code;
    if (first && !offer?.services.some((s) => s.code === code)) setCode(first);
  }, [offer, code]);

  const [service] = useLoad(
    () =>
      code
        ? getJson<{ service: Service }>(`/api/v1/services/${encodeURIComponent(code)}`)
        : Promise.resolve(null),
    [code, i18n.language],
  );
  const [resolved, resolveError] = useLoad(
    () =>
      code && region
        ? getJson<{ version: RegulationVersion }>(
            `/api/v1/services/${encodeURIComponent(code)}/resolve?region=${region}&date=${todayInKazakhstan()}`,
          )
        : Promise.resolve(null),
    [code, region],
  );
  const [providers] = useLoad(
    () =>
      code && region && district
        ? getJson<{ items: { id: string; name: Text3 }[] }>(
            `/api/v1/services/${encodeURIComponent(code)}/providers?region=${region}&district=${district}`,
          )
        : Promise.resolve({ items: [] }),
    [code, region, district],
  );
  useEffect(() => {
    const first = providers?.items[0]?.id ?? "";
    if (!providers?.items.some((p) => p.id === provider)) setProvider(first);
  }, [providers, provider]);

  const version = resolved?.version;
  useEffect(() => {
    if (version && version.variants.length > 0 && !version.variants.some((v) => v.id === variant))
      setVariant(version.variants[0]?.id ?? "");
    if (version && version.variants.length === 0 && variant) setVariant("");
  }, [version, variant]);
  const documents = useMemo(
    () =>
      (version?.standard.documents ?? []).filter(
        (d) =>
          d.channels.includes("state_corporation") &&
          (d.variant === undefined || d.variant === (variant || undefined)) &&
          d.presentation !== "fetched_by_provider",
      ),
    [version, variant],
  );
  const withChildren = service?.service.sphere === "family_children";
  const limits = offer?.services.find((s) => s.code === code)?.limits;
  // Documents the state databases may make unnecessary, asked once the applicant's and children's IINs are valid.
  const applicantIin = person.iin.trim();
  const childIins = withChildren ? children.map((c) => c.iin.trim()) : [];
  const waiverQuery =
    version &&
    region &&
    documents.some((d) => d.waivedIfRecord) &&
    applicantIin &&
    !iinProblem(applicantIin, "en") &&
    !childIins.some((i) => i && iinProblem(i, "en"))
      ? {
          serviceCode: code,
          channel: "state_corporation" as const,
          ...(variant ? { variant } : {}),
          regionCode: region,
          applicant: { iin: applicantIin },
          children: childIins.map((i) => (i ? { iin: i } : {})),
        }
      : null;
  const waivers = useWaivers("/api/v1/intake/waivers", waiverQuery);
  type Doc = (typeof documents)[number];
  const waiverOf = (d: Doc): WaiverAnswer | undefined =>
    d.waivedIfRecord ? waivers.byId.get(d.id) : undefined;
  const obtained = (d: Doc) => waiverOf(d)?.status === "obtained";
  /** What the operator may mark not applicable: a free-text condition, or a waiver's other case. */
  const declarable = (d: Doc) => (d.waivedIfRecord ? d.waivedIfRecord.declarable : d.condition);
  /** Not known now: the database does not answer (the server then neither accepts nor refuses for it). */
  const unanswered = (d: Doc) => Boolean(d.waivedIfRecord) && !waiverOf(d) && waivers.state === "failed";
  const missing = documents.filter(
    (d) =>
      !presented[d.id] &&
      !(declarable(d) && waived[d.id]) &&
      !obtained(d) &&
      !unanswered(d) &&
      waiverOf(d)?.status !== "unavailable",
  );

  if (!me) return <Loading />;
  if (offerError) return <ErrorBox error={offerError} />;
  if (!offer) return <Loading />;

  function validate(): Record<string, string | null> {
    const lang = currentLang();
    const found: Record<string, string | null> = {
      "intake-provider": provider ? null : t("common.required"),
      "intake-iin": person.iin.trim() ? iinProblem(person.iin, lang) : t("common.required"),
      "intake-surname": person.surname.trim() ? null : t("common.required"),
      "intake-given": person.givenName.trim() ? null : t("common.required"),
      "intake-phone":
        person.phone.trim() && !/^\+?\d{10,15}$/.test(person.phone.replace(/[\s()-]/g, ""))
          ? t("desk.intake.fixErrors")
          : null,
    };
    for (const c of children) {
      found[`child-${c.key}-name`] = c.fullName.trim() ? null : t("common.required");
      found[`child-${c.key}-iin`] = c.iin.trim() ? iinProblem(c.iin, lang) : null;
      found[`child-${c.key}-birth`] =
        /^\d{4}-\d{2}-\d{2}$/.test(c.birthDate) && c.birthDate <= todayInKazakhstan()
          ? null
          : t("desk.intake.dateInvalid");
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!version) return;
    const found = validate();
    setErrors(found);
    setError(null);
    const firstBad = Object.entries(found).find(([, v]) => v)?.[0];
    if (firstBad) {
      setError(new Error(t("desk.intake.fixErrors")));
      document.getElementById(firstBad)?.focus();
      return;
    }
    setBusy(true);
    try {
      const phone = person.phone.replace(/[\s()-]/g, "");
      const r = await postJson<Accepted>("/api/v1/cases", {
        idempotencyKey: `desk-${key}`,
        serviceCode: code,
        channel: "state_corporation",
        ...(variant ? { variant } : {}),
        regionCode: region,
        ...(district ? { districtId: district } : {}),
        providerId: provider,
        applicant: {
          iin: person.iin.trim(),
          surname: person.surname.trim(),
          givenName: person.givenName.trim(),
          ...(person.patronymic.trim() ? { patronymic: person.patronymic.trim() } : {}),
          ...(phone ? { phone } : {}),
        },
        children: withChildren
          ? children.map((c) => ({
              ...(c.iin.trim() ? { iin: c.iin.trim() } : {}),
              fullName: c.fullName.trim(),
              birthDate: c.birthDate,
            }))
          : [],
        documents: documents.filter((d) => presented[d.id]).map((d) => ({ id: d.id })),
        notApplicable: documents
          .filter((d) => declarable(d) && waived[d.id] && !presented[d.id] && !obtained(d))
          .map((d) => d.id),
      });
      setAnswer(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function finishTicket(caseId: string) {
    if (!ticketId) return;
    setError(null);
    try {
      await postJson(`/api/v1/queue/tickets/${ticketId}/finish`, { caseId });
      setTicketDone(true);
    } catch (e) {
      setError(e);
    }
  }

  function again() {
    setAnswer(null);
    setPerson({ iin: "", surname: "", givenName: "", patronymic: "", phone: "" });
    setChildren([]);
    setPresented({});
    setWaived({});
    setKey(crypto.randomUUID());
  }

  const { fieldError, input } = fieldProps(errors);
  const lang = currentLang();
  const receiptLang = lang === "kk" || lang === "ru" || lang === "en" ? lang : "kk";

  if (answer) {
    const accepted = answer.receipt.kind === "receipt";
    const forwardedTo = providers?.items.find((p) => p.id === answer.case.providerId);
    return (
      <section>
        <DeskTabs current="/staff/desk/intake" />
        <h1>{accepted ? t("desk.intake.acceptedTitle") : t("desk.intake.refusedTitle")}</h1>
        <div
          className={accepted ? "ok-box" : "error-box"}
          role="status"
          data-receipt-kind={answer.receipt.kind}
        >
          <dl className="facts">
            {accepted ? (
              <>
                <dt>{t("desk.intake.number")}</dt>
                <dd>
                  <code>{answer.case.incomingNumber}</code>
                </dd>
                <dt>{t("desk.intake.deadline")}</dt>
                <dd>{formatDateTime(answer.receipt.deadline, lang)}</dd>
                <dt>{t("desk.intake.forwarded")}</dt>
                <dd>{forwardedTo ? text(forwardedTo.name) : <code>{answer.case.providerId}</code>}</dd>
              </>
            ) : (
              <>
                <dt>{t("desk.intake.receiptNumber")}</dt>
                <dd>
                  <code>{answer.receipt.number}</code>
                </dd>
                <dt>{t("desk.intake.missing")}</dt>
                <dd>
                  <ul className="missing-list">
                    {answer.receipt.missing.map((m) => (
                      <li key={m.id}>{text(m.title)}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{t("desk.intake.rule")}</dt>
                <dd>{t("desk.intake.ruleText")}</dd>
              </>
            )}
          </dl>
        </div>
        <p className="desk-actions">
          <a
            className="button"
            href={`/api/v1/cases/${answer.case.id}/receipt.pdf?lang=${receiptLang}`}
            target="_blank"
            rel="noopener"
            download={`${answer.receipt.number}.pdf`}
          >
            {accepted ? t("desk.intake.receipt") : t("desk.intake.refusalReceipt")}
          </a>
          {ticketId && !ticketDone ? (
            <button type="button" className="secondary" onClick={() => finishTicket(answer.case.id)}>
              {t("desk.intake.finishTicket")}
            </button>
          ) : null}
        </p>
        <p className="muted">{t("desk.intake.copies")}</p>
        <ErrorBox error={error} />
        {ticketDone && ticketLabel ? (
          <p className="ok-box" role="status">
            {t("desk.queue.finished", { label: ticketLabel })}
          </p>
        ) : null}
        <p className="desk-actions">
          <button type="button" className="secondary" onClick={again}>
            {t("desk.intake.again")}
          </button>
          <Link href="/staff/desk">{t("desk.intake.toQueue")}</Link>
        </p>
      </section>
    );
  }

  return (
    <section>
      <DeskTabs current="/staff/desk/intake" />
      <h1>{t("desk.intake.title")}</h1>
      {ticketLabel ? <p className="muted">{t("desk.intake.forTicket", { label: ticketLabel })}</p> : null}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t("desk.intake.service")}</legend>
          <Field id="intake-service" label={t("desk.intake.service")}>
            <select id="intake-service" value={code} onChange={(e) => setCode(e.target.value)}>
              {offer.services.map((s) => (
                <option key={s.code} value={s.code}>
                  {text(s.titles)}
                </option>
              ))}
            </select>
          </Field>
          {version ? (
            <p className="muted">
              {t("desk.intake.version")}: {text(version.act.title)}
            </p>
          ) : null}
          {limits ? <LimitsNote limits={limits} /> : null}
          {version && version.variants.length > 0 ? (
            <Field id="intake-variant" label={t("desk.intake.variant")}>
              <select id="intake-variant" value={variant} onChange={(e) => setVariant(e.target.value)}>
                {version.variants.map((v) => (
                  <option key={v.id} value={v.id}>
                    {text(v.title)}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <Field id="intake-provider" label={t("desk.intake.provider")} error={fieldError("intake-provider")}>
            <select
              {...input("intake-provider")}
              value={provider}
              onChange={(e) => setProvider(e.target.value)}
            >
              {(providers?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {text(p.name)}
                </option>
              ))}
            </select>
          </Field>
          {providers && providers.items.length === 0 ? (
            <p className="muted">{t("desk.intake.providerNone")}</p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>{t("desk.intake.applicant")}</legend>
          <Field
            id="intake-iin"
            label={t("desk.intake.iin")}
            hint={t("auth.iinHint")}
            error={fieldError("intake-iin")}
          >
            <input
              {...input("intake-iin", true)}
              type="text"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              value={person.iin}
              onChange={(e) => setPerson({ ...person, iin: e.target.value })}
            />
          </Field>
          <Field id="intake-surname" label={t("desk.intake.surname")} error={fieldError("intake-surname")}>
            <input
              {...input("intake-surname")}
              type="text"
              value={person.surname}
              onChange={(e) => setPerson({ ...person, surname: e.target.value })}
            />
          </Field>
          <Field id="intake-given" label={t("desk.intake.givenName")} error={fieldError("intake-given")}>
            <input
              {...input("intake-given")}
              type="text"
              value={person.givenName}
              onChange={(e) => setPerson({ ...person, givenName: e.target.value })}
            />
          </Field>
          <Field id="intake-patronymic" label={t("desk.intake.patronymic")}>
            <input
              id="intake-patronymic"
              type="text"
              value={person.patronymic}
              onChange={(e) => setPerson({ ...person, patronymic: e.target.value })}
            />
          </Field>
          <Field id="intake-phone" label={t("desk.intake.phone")} error={fieldError("intake-phone")}>
            <input
              {...input("intake-phone")}
              type="tel"
              value={person.phone}
              onChange={(e) => setPerson({ ...person, phone: e.target.value })}
            />
          </Field>
        </fieldset>

        {withChildren ? (
          <ChildrenFields value={children} onChange={setChildren} errors={errors} keys="desk.intake" />
        ) : null}

        <fieldset>
          <legend>{t("desk.intake.checklist")}</legend>
          <p className="muted">{t("desk.intake.checklistHint")}</p>
          {resolveError ? <ErrorBox error={resolveError} /> : null}
          {!version && !resolveError ? <Loading /> : null}
          <ol className="checklist">
            {documents.map((d) => (
              <li key={d.id} data-document-id={d.id}>
                <p className="doc-title">{text(d.title)}</p>
                <p className="muted">
                  {t("desk.intake.presentation")}:{" "}
                  {t(`desk.intake.presentations.${d.presentation ?? "application"}`)}
                  {d.condition ? (
                    <>
                      <br />
                      {t("desk.intake.condition")}: {text(d.condition)}
                    </>
                  ) : null}
                </p>
                {d.waivedIfRecord ? (
                  <DeskWaiverNote
                    answer={waiverOf(d)}
                    state={waivers.state}
                    record={d.waivedIfRecord.record}
                  />
                ) : null}
                <div className="check">
                  <input
                    id={`doc-${d.id}`}
                    type="checkbox"
                    checked={presented[d.id] ?? false}
                    onChange={(e) => setPresented({ ...presented, [d.id]: e.target.checked })}
                  />
                  <label htmlFor={`doc-${d.id}`}>{t("desk.intake.presented")}</label>
                </div>
                {declarable(d) && !obtained(d) ? (
                  <div className="check">
                    <input
                      id={`na-${d.id}`}
                      type="checkbox"
                      checked={waived[d.id] ?? false}
                      disabled={presented[d.id] ?? false}
                      onChange={(e) => setWaived({ ...waived, [d.id]: e.target.checked })}
                    />
                    <label htmlFor={`na-${d.id}`}>
                      {d.waivedIfRecord?.declarable
                        ? t("desk.intake.waiver.declare", { what: text(d.waivedIfRecord.declarable) })
                        : t("desk.intake.notApplicable")}
                    </label>
                  </div>
                ) : null}
                <SourceNote source={d.source} act={version ? text(version.act.title) : undefined} />
              </li>
            ))}
          </ol>
        </fieldset>
        {version && missing.length > 0 ? (
          <p className="missing-note" role="status">
            {t("desk.intake.missingNote", { n: missing.length })}
          </p>
        ) : null}
        <ErrorBox error={error} />
        <button type="submit" disabled={busy || !version}>
          {busy
            ? t("desk.intake.sending")
            : missing.length > 0
              ? t("desk.intake.refuse")
              : t("desk.intake.accept")}
        </button>
      </form>
    </section>
  );
}

/** The state database's answer for a document it may make unnecessary (the checklist line). */
function DeskWaiverNote({
  answer,
  state,
  record,
}: {
  answer: WaiverAnswer | undefined;
  state: "idle" | "loading" | "done" | "failed";
  record: string;
}) {
  const { t } = useTranslation();
  const system = t(`desk.intake.waiver.systems.${systemKey(record)}`);
  const status = answer?.status ?? (state === "failed" ? "unavailable" : state);
  const key =
    status === "required"
      ? answer?.reason === "registered_abroad"
        ? "abroad"
        : answer?.reason === "no_subject"
          ? "noSubject"
          : "noRecord"
      : status === "done"
        ? "idle"
        : status;
  return (
    <p className={status === "obtained" ? "ok-box" : "muted"} data-waiver={status} role="status">
      {t(`desk.intake.waiver.${key}`, { system })}
    </p>
  );
}
