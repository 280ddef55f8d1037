/**
 * The application form, generated from the version in force: where to apply (region, district, the
 * competent provider), the applicant, children, the documents the standard lists for the portal (with
 * their conditions), and the EDS: the request's JSON text is signed in this page with the citizen's
 * key file and sent as {request, signature} to POST /api/v1/citizen/applications.
 *
 * "On behalf of another person": the signed-in citizen applies as the representative of the applicant
 * under a notarised power of attorney (number, date, notary); the server checks it in ЕНИС and answers
 * a POA_* error in the page's language when it does not hold.
 *
 * Where the version's act allows it (`standard.portalCertification` has "otp"), the citizen may certify
 * with a one-time password by SMS instead: the request's JSON text is fixed, its SHA-256 sent to
 * POST /api/v1/citizen/otp (the code is bound to those bytes), and `{request, otp}` posted; a form
 * changed after the code was sent needs a new code. On the demo data the SMS can be shown here.
 *
 * Where the service's decision assigns a payment (the resolve answer's `bankAccount`), the form asks
 * for the bank account (BIC and KZ IBAN, checked here as at intake: src/core/iban.ts).
 */
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isBic, isKzIban } from "../../../src/core/iban.ts";
import { ApiError, getJson, postJson } from "../api.ts";
import type { RegulationVersion, Service } from "../api-types.ts";
import { type Child, ChildrenFields, fieldProps } from "../children-fields.tsx";
import { signText, toBase64 } from "../eds/sign.ts";
import { currentLang } from "../i18n.ts";
import { iinProblem } from "../iin-check.ts";
import { rememberRegion, storedRegion, todayInKazakhstan } from "../region.ts";
import { Link, navigate } from "../router.tsx";
import { useSession } from "../session.tsx";
import {
  ErrorBox,
  Field,
  formatDateTime,
  Loading,
  SourceNote,
  SubmitRow,
  type Text3,
  useLoad,
  useText,
} from "../ui.tsx";
import { systemKey, useWaivers, type WaiverAnswer } from "../waivers.ts";

const MAX_FILE = 10 * 1024 * 1024;
const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"];

interface Place {
  id: string;
  name: Text3;
}

interface Attachment {
  name: string;
  sha256: string;
  size: number;
}

interface Answer {
  case: { id: string; incomingNumber: string | null; status: string; deadline: string | null } | null;
  signer: { commonName: string; iin: string };
  certification?: { method: "eds" | "otp" };
  httpStatus: number;
}

/** The resolve answer: the version in force and, when the decision assigns a payment, the account it needs. */
interface Resolved {
  version: RegulationVersion;
  bankAccount: { sources: unknown[]; document: { id: string } | null } | null;
}

/** The request text a one-time code was sent for (the code certifies exactly these bytes). */
interface PendingOtp {
  key: string;
  text: string;
  expiresAt: string;
}

/** Spaces out, capitals: how people copy a BIC or an IBAN. */
const compact = (value: string) => value.replace(/\s+/g, "").toUpperCase();

async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "SURNAME Given Patronymic" → the parts (the session's full name). */
function splitName(full: string): { surname: string; givenName: string; patronymic: string } {
  const [surname = "", givenName = "", ...rest] = full.trim().split(/\s+/);
  return { surname, givenName, patronymic: rest.join(" ") };
}

function dateProblem(value: string, t: (k: string) => string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return t("apply.dateInvalid");
  if (value > todayInKazakhstan()) return t("apply.dateFuture");
  return null;
}

export default function Apply({ code }: { code: string }) {
  const { citizen } = useSession();
  const { t, i18n } = useTranslation();
  const text = useText();
  const [region, setRegion] = useState(storedRegion());
  const [district, setDistrict] = useState("");
  const [provider, setProvider] = useState("");
  const [variant, setVariant] = useState("");
  const [person, setPerson] = useState({ surname: "", givenName: "", patronymic: "" });
  const [onBehalf, setOnBehalf] = useState(false);
  const [applicantIin, setApplicantIin] = useState("");
  const [poa, setPoa] = useState({ number: "", date: "", notary: "" });
  const [children, setChildren] = useState<Child[]>([]);
  const [files, setFiles] = useState<Record<string, Attachment | undefined>>({});
  const [notApplicable, setNotApplicable] = useState<Record<string, boolean>>({});
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [keyPassword, setKeyPassword] = useState("");
  const [method, setMethod] = useState<"eds" | "otp">("eds");
  const [pendingOtp, setPendingOtp] = useState<PendingOtp | null>(null);
  const [otpCode, setOtpCode] = useState("");
  const [demoSms, setDemoSms] = useState<string | null>(null);
  const [bank, setBank] = useState({ bic: "", iban: "" });
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (citizen === null)
      navigate(`/sign-in?next=${encodeURIComponent(`/services/${code}/apply`)}`, { replace: true });
    if (citizen) setPerson((p) => (p.surname ? p : splitName(citizen.fullName)));
  }, [citizen, code]);

  const [service] = useLoad(
    () => getJson<{ service: Service }>(`/api/v1/services/${encodeURIComponent(code)}`),
    [code, i18n.language],
  );
  const [regions] = useLoad(() => getJson<{ items: (Place & { code: string })[] }>("/api/v1/regions"), []);
  const [resolved, resolveError] = useLoad(
    () =>
      getJson<Resolved>(
        `/api/v1/services/${encodeURIComponent(code)}/resolve?region=${region}&date=${todayInKazakhstan()}`,
      ),
    [code, region],
  );
  // Demo data only: the demo citizens' phones, so that the SMS the bundled sender stored can be shown.
  const [demoCitizens] = useLoad(
    () =>
      getJson<{ items: { iin: string; phone: string | null }[] }>("/api/v1/demo/citizens").catch(() => ({
        items: [],
      })),
    [],
  );
  const demoPhone = demoCitizens?.items.find((c) => c.iin === citizen?.iin)?.phone ?? null;
  const [districts] = useLoad(
    () => getJson<{ items: Place[] }>(`/api/v1/regions/${region}/districts`),
    [region],
  );
  const [providers] = useLoad(
    () =>
      district
        ? getJson<{ items: Place[] }>(
            `/api/v1/services/${encodeURIComponent(code)}/providers?region=${region}&district=${district}`,
          )
        : Promise.resolve({ items: [] }),
    [code, region, district],
  );
  // First district and provider by default; the citizen can choose others.
  useEffect(() => {
    const first = districts?.items[0]?.id;
    if (first && !districts?.items.some((d) => d.id === district)) setDistrict(first);
  }, [districts, district]);
  useEffect(() => {
    const first = providers?.items[0]?.id ?? "";
    if (!providers?.items.some((p) => p.id === provider)) setProvider(first);
  }, [providers, provider]);

  const version = resolved?.version;
  const needsAccount = resolved?.bankAccount != null;
  const certification = version?.standard.portalCertification;
  const otpAllowed = certification?.methods.includes("otp") ?? false;
  const byOtp = otpAllowed && method === "otp";
  const documents = useMemo(
    () =>
      (version?.standard.documents ?? []).filter(
        (d) =>
          d.channels.includes("portal") &&
          (d.variant === undefined || d.variant === (variant || undefined)) &&
          d.presentation !== "fetched_by_provider",
      ),
    [version, variant],
  );
  useEffect(() => {
    if (version && version.variants.length > 0 && !version.variants.some((v) => v.id === variant))
      setVariant(version.variants[0]?.id ?? "");
  }, [version, variant]);
  // Documents the state databases may make unnecessary: asked about the citizen as applicant (not on behalf
  // of another person, whose records the portal does not show), once every child's IIN is valid.
  const childIins = children.map((c) => c.iin.trim());
  const waiverQuery =
    citizen &&
    version &&
    !onBehalf &&
    documents.some((d) => d.waivedIfRecord) &&
    !childIins.some((i) => i && iinProblem(i, "en"))
      ? {
          serviceCode: code,
          channel: "portal" as const,
          ...(variant ? { variant } : {}),
          regionCode: region,
          applicant: { iin: citizen.iin },
          children: childIins.map((i) => (i ? { iin: i } : {})),
        }
      : null;
  const waivers = useWaivers("/api/v1/citizen/intake/waivers", waiverQuery);
  type Doc = (typeof documents)[number];
  const waiverOf = (d: Doc): WaiverAnswer | undefined =>
    d.waivedIfRecord ? waivers.byId.get(d.id) : undefined;
  /** Not to be handed in: the state database holds the record. */
  const obtained = (d: Doc) => waiverOf(d)?.status === "obtained";
  /** The server decides when the request arrives (on behalf of another person: not asked here). */
  const decidedOnArrival = (d: Doc) => Boolean(d.waivedIfRecord) && waivers.state === "idle";
  /** What the applicant may declare not applicable: a free-text condition, or a waiver's other case. */
  const declarable = (d: Doc) => (d.waivedIfRecord ? d.waivedIfRecord.declarable : d.condition);

  if (!citizen || !service) return <Loading />;
  const onPortal = version?.standard.channels.some((c) => c.channel === "portal");

  async function attach(id: string, file: File | undefined) {
    if (!file) {
      setFiles((f) => ({ ...f, [id]: undefined }));
      return;
    }
    const problem = !FILE_TYPES.includes(file.type)
      ? t("apply.attachType")
      : file.size > MAX_FILE
        ? t("apply.attachSize")
        : null;
    setErrors((e) => ({ ...e, [`doc-${id}`]: problem }));
    if (problem) {
      setFiles((f) => ({ ...f, [id]: undefined }));
      return;
    }
    const sha256 = await sha256Hex(await file.arrayBuffer());
    setFiles((f) => ({ ...f, [id]: { name: file.name, sha256, size: file.size } }));
  }

  function validate(): Record<string, string | null> {
    const lang = currentLang();
    const found: Record<string, string | null> = {
      provider: provider ? null : t("common.required"),
      surname: person.surname.trim() ? null : t("common.required"),
      givenName: person.givenName.trim() ? null : t("common.required"),
    };
    if (needsAccount) {
      const bic = compact(bank.bic);
      const iban = compact(bank.iban);
      found["bank-bic"] = !bic ? t("common.required") : isBic(bic) ? null : t("apply.bicInvalid");
      found["bank-iban"] = !iban ? t("common.required") : isKzIban(iban) ? null : t("apply.ibanInvalid");
    }
    if (onBehalf && citizen) {
      const iin = applicantIin.trim();
      found["applicant-iin"] = !iin
        ? t("common.required")
        : (iinProblem(iin, lang) ?? (iin === citizen.iin ? t("representative.sameIin") : null));
      found["poa-number"] = poa.number.trim() ? null : t("common.required");
      found["poa-date"] = dateProblem(poa.date, t);
      found["poa-notary"] = poa.notary.trim() ? null : t("common.required");
    }
    for (const c of children) {
      found[`child-${c.key}-name`] = c.fullName.trim() ? null : t("common.required");
      found[`child-${c.key}-iin`] = c.iin.trim() ? iinProblem(c.iin, lang) : null;
      found[`child-${c.key}-birth`] = dateProblem(c.birthDate, t);
    }
    for (const d of documents) {
      if (!d.presentation) continue; // the application itself: this form
      if (files[d.id] || (declarable(d) && notApplicable[d.id]) || obtained(d) || decidedOnArrival(d)) {
        found[`doc-${d.id}`] = errors[`doc-${d.id}`] ?? null;
        continue;
      }
      found[`doc-${d.id}`] = declarable(d) ? t("apply.attachMissing") : t("apply.attachRequired");
    }
    return found;
  }

  /** Checks the form (and what the chosen certification needs); marks and focuses the first bad field. */
  function checked(extra: Record<string, string | null>): boolean {
    const found = { ...validate(), ...extra };
    setErrors(found);
    setError(null);
    const firstBad = Object.entries(found).find(([, v]) => v)?.[0];
    if (firstBad) {
      setError(new Error(t("apply.fixErrors")));
      document.getElementById(firstBad)?.focus();
      return false;
    }
    return true;
  }

  /** The request's JSON text, exactly as it is signed or certified. */
  function requestText(idempotencyKey: string): string {
    if (!citizen) throw new Error("not signed in");
    const request = {
      idempotencyKey,
      serviceCode: code,
      channel: "portal",
      ...(variant ? { variant } : {}),
      regionCode: region,
      districtId: district,
      providerId: provider,
      applicant: {
        iin: onBehalf ? applicantIin.trim() : citizen.iin,
        surname: person.surname.trim(),
        givenName: person.givenName.trim(),
        ...(person.patronymic.trim() ? { patronymic: person.patronymic.trim() } : {}),
      },
      ...(onBehalf
        ? {
            representative: {
              iin: citizen.iin,
              fullName: citizen.fullName,
              powerOfAttorney: { number: poa.number.trim(), date: poa.date, notary: poa.notary.trim() },
            },
          }
        : {}),
      children: children.map((c) => ({
        ...(c.iin.trim() ? { iin: c.iin.trim() } : {}),
        fullName: c.fullName.trim(),
        birthDate: c.birthDate,
      })),
      documents: documents
        .filter((d) => files[d.id] || !(d.waivedIfRecord || (declarable(d) && notApplicable[d.id])))
        .map((d) => {
          const a = files[d.id];
          return a ? { id: d.id, attachment: a } : { id: d.id };
        }),
      notApplicable: documents
        .filter((d) => declarable(d) && notApplicable[d.id] && !files[d.id] && !obtained(d))
        .map((d) => d.id),
      ...(needsAccount
        ? { form: { bankAccount: { bic: compact(bank.bic), iban: compact(bank.iban) } } }
        : {}),
    };
    return JSON.stringify(request);
  }

  /** One-time password: fixes the request's text and asks for a code bound to its SHA-256. */
  async function requestCode() {
    if (!citizen || !version) return;
    if (!checked({})) return;
    setBusy(true);
    try {
      const key = `portal-${crypto.randomUUID()}`;
      const text = requestText(key);
      const sent = await postJson<{ expiresAt: string }>("/api/v1/citizen/otp", {
        purpose: "sign_request",
        requestSha256: await sha256Hex(new TextEncoder().encode(text)),
      });
      setPendingOtp({ key, text, expiresAt: sent.expiresAt });
      setOtpCode("");
      setDemoSms(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function showDemoSms() {
    try {
      const sms = await getJson<{ text: Text3 | string }>(
        `/api/v1/demo/sms?phone=${encodeURIComponent(demoPhone ?? "")}`,
      );
      setDemoSms(typeof sms.text === "string" ? sms.text : text(sms.text));
    } catch (e) {
      setError(e);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!citizen || !version) return;
    if (byOtp) {
      const extra: Record<string, string | null> = {
        "otp-code": !pendingOtp
          ? t("apply.otpFirst")
          : /^\d{6}$/.test(otpCode.trim())
            ? null
            : t("apply.otpCodeHint"),
      };
      if (!checked(extra) || !pendingOtp) return;
      if (requestText(pendingOtp.key) !== pendingOtp.text) {
        setPendingOtp(null);
        setErrors((e) => ({ ...e, "otp-code": t("apply.otpStale") }));
        setError(new Error(t("apply.otpStale")));
        return;
      }
      setBusy(true);
      try {
        const result = await postJson<Omit<Answer, "httpStatus">>("/api/v1/citizen/applications", {
          request: toBase64(new TextEncoder().encode(pendingOtp.text)),
          otp: otpCode.trim(),
        });
        setAnswer(result);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
      return;
    }
    if (
      !checked({
        keyFile: keyFile ? null : t("apply.keyMissing"),
        keyPassword: keyPassword ? null : t("common.required"),
      })
    )
      return;
    setBusy(true);
    try {
      const keyBytes = new Uint8Array(await (keyFile as File).arrayBuffer());
      const signed = await signText(keyBytes, keyPassword, requestText(`portal-${crypto.randomUUID()}`));
      const result = await postJson<Omit<Answer, "httpStatus">>("/api/v1/citizen/applications", {
        request: signed.request,
        signature: signed.signature,
      });
      setAnswer(result);
    } catch (e) {
      setError(e instanceof ApiError || (typeof e === "object" && e !== null && "messages" in e) ? e : e);
    } finally {
      setBusy(false);
    }
  }

  if (answer) {
    return (
      <section>
        <h1>{t("apply.sent")}</h1>
        <div className="ok-box" role="status">
          <dl className="facts">
            <dt>{t("apply.sentNumber")}</dt>
            <dd>
              <code>{answer.case?.incomingNumber ?? "—"}</code>
            </dd>
            <dt>{t("cabinet.status")}</dt>
            <dd>{t(`status.${answer.case?.status ?? "on_the_way"}`)}</dd>
            <dt>{t("apply.deadline")}</dt>
            <dd>{formatDateTime(answer.case?.deadline, currentLang())}</dd>
            <dt>{t("apply.signedBy")}</dt>
            <dd translate="no">{answer.signer.commonName}</dd>
            <dt>{t("apply.certifiedBy")}</dt>
            <dd>{answer.certification?.method === "otp" ? t("apply.methodOtp") : t("apply.methodEds")}</dd>
          </dl>
        </div>
        <p>
          {answer.case ? (
            <Link className="button" href={`/cabinet/cases/${answer.case.id}`}>
              {t("apply.toCase")}
            </Link>
          ) : (
            <Link className="button" href="/cabinet">
              {t("app.nav.cabinet")}
            </Link>
          )}
        </p>
      </section>
    );
  }

  const { fieldError, input } = fieldProps(errors);

  return (
    <section>
      <p className="muted">{t("apply.title")}</p>
      <h1>{text(service.service.titles)}</h1>
      {resolveError ? <ErrorBox error={resolveError} /> : null}
      {version && !onPortal ? <p className="error-box">{t("passport.notOnline")}</p> : null}
      {!version && !resolveError ? <Loading /> : null}
      {version && onPortal ? (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>{t("apply.step1")}</legend>
            <Field id="region" label={t("passport.region")}>
              <select
                id="region"
                value={region}
                onChange={(e) => {
                  setRegion(e.target.value);
                  rememberRegion(e.target.value);
                  setDistrict("");
                }}
              >
                {(regions?.items ?? []).map((r) => (
                  <option key={r.code} value={r.code}>
                    {text(r.name)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="district" label={t("apply.district")}>
              <select id="district" value={district} onChange={(e) => setDistrict(e.target.value)}>
                {(districts?.items ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {text(d.name)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="provider" label={t("apply.provider")} error={fieldError("provider")}>
              <select {...input("provider")} value={provider} onChange={(e) => setProvider(e.target.value)}>
                {(providers?.items ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {text(p.name)}
                  </option>
                ))}
              </select>
            </Field>
            {providers && providers.items.length === 0 && district ? (
              <p className="muted">{t("apply.providerNone")}</p>
            ) : null}
            {version.variants.length > 0 ? (
              <Field id="variant" label={t("apply.variant")}>
                <select id="variant" value={variant} onChange={(e) => setVariant(e.target.value)}>
                  {version.variants.map((v) => (
                    <option key={v.id} value={v.id}>
                      {text(v.title)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
          </fieldset>

          <fieldset>
            <legend>{t("representative.legend")}</legend>
            <div className="check">
              <input
                id="on-behalf"
                type="checkbox"
                checked={onBehalf}
                onChange={(e) => {
                  const on = e.target.checked;
                  setOnBehalf(on);
                  setApplicantIin("");
                  setPerson(
                    on ? { surname: "", givenName: "", patronymic: "" } : splitName(citizen.fullName),
                  );
                }}
              />
              <label htmlFor="on-behalf">{t("representative.onBehalf")}</label>
            </div>
            {onBehalf ? (
              <>
                <p className="muted" id="on-behalf-hint">
                  {t("representative.hint")}
                </p>
                <Field id="representative-iin" label={t("representative.you")}>
                  <input
                    id="representative-iin"
                    type="text"
                    value={`${citizen.iin} — ${citizen.fullName}`}
                    readOnly
                  />
                </Field>
                <Field id="poa-number" label={t("representative.number")} error={fieldError("poa-number")}>
                  <input
                    {...input("poa-number")}
                    type="text"
                    required
                    maxLength={60}
                    value={poa.number}
                    onChange={(e) => setPoa({ ...poa, number: e.target.value })}
                  />
                </Field>
                <Field id="poa-date" label={t("representative.date")} error={fieldError("poa-date")}>
                  <input
                    {...input("poa-date")}
                    type="date"
                    required
                    value={poa.date}
                    onChange={(e) => setPoa({ ...poa, date: e.target.value })}
                  />
                </Field>
                <Field id="poa-notary" label={t("representative.notary")} error={fieldError("poa-notary")}>
                  <input
                    {...input("poa-notary")}
                    type="text"
                    required
                    maxLength={200}
                    value={poa.notary}
                    onChange={(e) => setPoa({ ...poa, notary: e.target.value })}
                  />
                </Field>
              </>
            ) : null}
          </fieldset>

          <fieldset>
            <legend>{t("apply.applicant")}</legend>
            {onBehalf ? (
              <Field
                id="applicant-iin"
                label={t("representative.applicantIin")}
                hint={t("auth.iinHint")}
                error={fieldError("applicant-iin")}
              >
                <input
                  {...input("applicant-iin", true)}
                  type="text"
                  inputMode="numeric"
                  maxLength={12}
                  required
                  value={applicantIin}
                  onChange={(e) => setApplicantIin(e.target.value)}
                />
              </Field>
            ) : (
              <Field id="applicant-iin" label={t("auth.iin")}>
                <input id="applicant-iin" type="text" value={citizen.iin} readOnly />
              </Field>
            )}
            <Field id="surname" label={t("apply.surname")} error={fieldError("surname")}>
              <input
                {...input("surname")}
                type="text"
                autoComplete="family-name"
                required
                value={person.surname}
                onChange={(e) => setPerson({ ...person, surname: e.target.value })}
              />
            </Field>
            <Field id="givenName" label={t("apply.givenName")} error={fieldError("givenName")}>
              <input
                {...input("givenName")}
                type="text"
                autoComplete="given-name"
                required
                value={person.givenName}
                onChange={(e) => setPerson({ ...person, givenName: e.target.value })}
              />
            </Field>
            <Field id="patronymic" label={t("apply.patronymic")}>
              <input
                id="patronymic"
                type="text"
                autoComplete="additional-name"
                value={person.patronymic}
                onChange={(e) => setPerson({ ...person, patronymic: e.target.value })}
              />
            </Field>
          </fieldset>

          <ChildrenFields value={children} onChange={setChildren} errors={errors} keys="apply" />

          {needsAccount ? (
            <fieldset>
              <legend>{t("apply.bankLegend")}</legend>
              <p className="muted">{t("apply.bankNote")}</p>
              <Field
                id="bank-bic"
                label={t("apply.bic")}
                hint={t("apply.bicHint")}
                error={fieldError("bank-bic")}
              >
                <input
                  {...input("bank-bic", true)}
                  type="text"
                  autoComplete="off"
                  maxLength={14}
                  required
                  value={bank.bic}
                  onChange={(e) => setBank({ ...bank, bic: e.target.value })}
                />
              </Field>
              <Field
                id="bank-iban"
                label={t("apply.iban")}
                hint={t("apply.ibanHint")}
                error={fieldError("bank-iban")}
              >
                <input
                  {...input("bank-iban", true)}
                  type="text"
                  autoComplete="off"
                  maxLength={34}
                  required
                  value={bank.iban}
                  onChange={(e) => setBank({ ...bank, iban: e.target.value })}
                />
              </Field>
            </fieldset>
          ) : null}

          <fieldset>
            <legend>{t("apply.documents")}</legend>
            {documents.length === 0 ? <p>{t("apply.documentsNone")}</p> : null}
            <ol>
              {documents.map((d) => (
                <li key={d.id}>
                  <p>
                    {text(d.title)}
                    {d.condition ? (
                      <>
                        <br />
                        <span className="muted">
                          {t("passport.condition")}: {text(d.condition)}
                        </span>
                      </>
                    ) : null}
                  </p>
                  {d.waivedIfRecord ? (
                    <WaiverNote answer={waiverOf(d)} state={waivers.state} system={d.waivedIfRecord.record} />
                  ) : null}
                  {!d.presentation ? (
                    <p className="muted">{otpAllowed ? t("apply.thisFormOtp") : t("apply.thisForm")}</p>
                  ) : obtained(d) ? null : (
                    <>
                      <Field
                        id={`doc-${d.id}`}
                        label={t("apply.attach")}
                        hint={t("apply.attachHint")}
                        error={fieldError(`doc-${d.id}`)}
                      >
                        <input
                          {...input(`doc-${d.id}`, true)}
                          type="file"
                          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                          onChange={(e) => void attach(d.id, e.target.files?.[0])}
                        />
                      </Field>
                      {files[d.id] ? (
                        <p className="muted">{t("apply.attachChosen", { name: files[d.id]?.name })}</p>
                      ) : null}
                      {declarable(d) ? (
                        <div className="check">
                          <input
                            id={`na-${d.id}`}
                            type="checkbox"
                            checked={notApplicable[d.id] ?? false}
                            onChange={(e) => setNotApplicable({ ...notApplicable, [d.id]: e.target.checked })}
                          />
                          <label htmlFor={`na-${d.id}`}>
                            {d.waivedIfRecord?.declarable
                              ? t("apply.waiver.declare", { what: text(d.waivedIfRecord.declarable) })
                              : t("apply.notApplicable")}
                          </label>
                        </div>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ol>
          </fieldset>

          <fieldset>
            <legend>{otpAllowed ? t("apply.certify") : t("apply.sign")}</legend>
            {otpAllowed && certification ? (
              <>
                <p>{t("apply.otpAllowed")}</p>
                <SourceNote source={certification.source} act={text(version.act.title)} />
                <fieldset className="choice">
                  <legend>{t("apply.certifyHow")}</legend>
                  {(["eds", "otp"] as const).map((m) => (
                    <div className="check" key={m}>
                      <input
                        id={`method-${m}`}
                        type="radio"
                        name="method"
                        value={m}
                        checked={method === m}
                        onChange={() => setMethod(m)}
                      />
                      <label htmlFor={`method-${m}`}>
                        {m === "eds" ? t("apply.methodEds") : t("apply.methodOtp")}
                      </label>
                    </div>
                  ))}
                </fieldset>
              </>
            ) : null}
            {byOtp ? (
              <>
                <p className="muted">{t("apply.otpNote")}</p>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void requestCode()}
                >
                  {t("apply.otpRequest")}
                </button>
                {pendingOtp ? (
                  <p role="status">
                    {t("apply.otpSent", { time: formatDateTime(pendingOtp.expiresAt, currentLang()) })}
                  </p>
                ) : null}
                {pendingOtp && demoPhone ? (
                  <p>
                    <button type="button" className="secondary" onClick={() => void showDemoSms()}>
                      {t("auth.demoSms")}
                    </button>
                  </p>
                ) : null}
                {demoSms ? (
                  <p className="demo">
                    {t("auth.demoSmsText")} <q translate="no">{demoSms}</q>
                  </p>
                ) : null}
                <Field
                  id="otp-code"
                  label={t("apply.otpCode")}
                  hint={t("apply.otpCodeHint")}
                  error={fieldError("otp-code")}
                >
                  <input
                    {...input("otp-code", true)}
                    type="text"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    value={otpCode}
                    onChange={(e) => setOtpCode(e.target.value)}
                  />
                </Field>
              </>
            ) : (
              <>
                <p className="muted">{t("apply.keyNote")}</p>
                <Field id="keyFile" label={t("apply.keyFile")} error={fieldError("keyFile")}>
                  <input
                    {...input("keyFile")}
                    type="file"
                    accept=".p12,.pfx,application/x-pkcs12"
                    onChange={(e) => setKeyFile(e.target.files?.[0] ?? null)}
                  />
                </Field>
                <Field id="keyPassword" label={t("apply.keyPassword")} error={fieldError("keyPassword")}>
                  <input
                    {...input("keyPassword")}
                    type="password"
                    autoComplete="off"
                    value={keyPassword}
                    onChange={(e) => setKeyPassword(e.target.value)}
                  />
                </Field>
              </>
            )}
          </fieldset>
          <SubmitRow
            error={error}
            busy={busy}
            label={busy ? t("apply.signing") : byOtp ? t("apply.submitOtp") : t("apply.submit")}
          />
        </form>
      ) : null}
    </section>
  );
}

/** What the state database answered for a document it may make unnecessary. */
function WaiverNote({
  answer,
  state,
  system,
}: {
  answer: WaiverAnswer | undefined;
  state: "idle" | "loading" | "done" | "failed";
  system: string;
}) {
  const { t } = useTranslation();
  const name = t(`apply.waiver.systems.${systemKey(system)}`);
  const status =
    answer?.status ?? (state === "idle" ? "idle" : state === "loading" ? "loading" : "unavailable");
  const key =
    status === "required"
      ? answer?.reason === "registered_abroad"
        ? "abroad"
        : answer?.reason === "no_subject"
          ? "noSubject"
          : "noRecord"
      : status;
  return (
    <p className={status === "obtained" ? "ok-box" : "muted"} data-waiver={status} role="status">
      {t(`apply.waiver.${key}`, { system: name })}
    </p>
  );
}
