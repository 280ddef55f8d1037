/**
 * Registration: IIN, the phone on record and a password → an SMS code (POST /citizen/register) → the
 * code confirms it (POST /citizen/register/confirm) → signed in. On the demo data the SMS the bundled
 * sender stored can be shown here (GET /api/v1/demo/sms).
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../api.ts";
import { currentLang } from "../i18n.ts";
import { iinProblem } from "../iin-check.ts";
import { Link, navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { describedBy, ErrorBox, Field, SubmitRow, type Text3, useSubmission, useText } from "../ui.tsx";
import { DemoPanel } from "./DemoPanel.tsx";
import { safeNext } from "./SignIn.tsx";

export default function Register() {
  const { t } = useTranslation();
  const text = useText();
  const { search } = useLocation();
  const { refresh } = useSession();
  const next = safeNext(search.get("next"));
  const [iin, setIin] = useState("");
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const { busy, error, setError, run } = useSubmission();
  const [sent, setSent] = useState(false);
  const [demoSms, setDemoSms] = useState<string | null>(null);
  const [demo, setDemo] = useState(false);

  async function requestCode(event: FormEvent) {
    event.preventDefault();
    const found = {
      iin: iinProblem(iin, currentLang()),
      phone: phone.trim() ? null : t("common.required"),
      password: password ? null : t("common.required"),
      repeat: repeat === password ? null : t("auth.passwordsDiffer"),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    await run(async () => {
      await postJson("/api/v1/citizen/register", { iin: iin.trim(), phone: phone.trim(), password });
      setSent(true);
    });
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const codeError = /^\d{6}$/.test(code.trim()) ? null : t("auth.codeHint");
    setErrors({ code: codeError });
    if (codeError) return;
    await run(async () => {
      await postJson("/api/v1/citizen/register/confirm", { iin: iin.trim(), code: code.trim() });
      await postJson("/api/v1/citizen/sign-in", { iin: iin.trim(), password });
      await refresh();
      navigate(next);
    });
  }

  async function showDemoSms() {
    try {
      const sms = await getJson<{ text: Text3 | string }>(
        `/api/v1/demo/sms?phone=${encodeURIComponent(phone)}`,
      );
      setDemoSms(typeof sms.text === "string" ? sms.text : text(sms.text));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <h1>{t("auth.registerTitle")}</h1>
      {!sent ? (
        <form onSubmit={requestCode} noValidate>
          <Field id="reg-iin" label={t("auth.iin")} hint={t("auth.iinHint")} error={errors.iin}>
            <input
              id="reg-iin"
              type="text"
              inputMode="numeric"
              autoComplete="username"
              maxLength={12}
              required
              value={iin}
              aria-invalid={errors.iin ? true : undefined}
              aria-describedby={describedBy("reg-iin", true, errors.iin)}
              onChange={(e) => setIin(e.target.value)}
            />
          </Field>
          <Field id="reg-phone" label={t("auth.phone")} hint={t("auth.phoneHint")} error={errors.phone}>
            <input
              id="reg-phone"
              type="tel"
              autoComplete="tel"
              required
              value={phone}
              aria-invalid={errors.phone ? true : undefined}
              aria-describedby={describedBy("reg-phone", true, errors.phone)}
              onChange={(e) => setPhone(e.target.value)}
            />
          </Field>
          <Field
            id="reg-password"
            label={t("auth.password")}
            hint={t("auth.passwordHint")}
            error={errors.password}
          >
            <input
              id="reg-password"
              type="password"
              autoComplete="new-password"
              required
              value={password}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={describedBy("reg-password", true, errors.password)}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Field id="reg-repeat" label={t("auth.passwordRepeat")} error={errors.repeat}>
            <input
              id="reg-repeat"
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              aria-invalid={errors.repeat ? true : undefined}
              aria-describedby={describedBy("reg-repeat", false, errors.repeat)}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </Field>
          <SubmitRow error={error} busy={busy} label={t("auth.submitRegister")} />
        </form>
      ) : (
        <form onSubmit={confirm} noValidate>
          <p className="ok-box" role="status">
            {t("auth.codeSent", { phone })}
          </p>
          <Field id="reg-code" label={t("auth.code")} hint={t("auth.codeHint")} error={errors.code}>
            <input
              id="reg-code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              value={code}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={describedBy("reg-code", true, errors.code)}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
          <ErrorBox error={error} />
          <button type="submit" disabled={busy}>
            {t("auth.confirm")}
          </button>{" "}
          {demo ? (
            <button type="button" className="secondary" onClick={showDemoSms}>
              {t("auth.demoSms")}
            </button>
          ) : null}
          {demoSms ? (
            <p role="status">
              {t("auth.demoSmsText")} <q>{demoSms}</q>
            </p>
          ) : null}
        </form>
      )}
      <p>
        {t("auth.haveAccount")} <Link href="/sign-in">{t("app.nav.signIn")}</Link>
      </p>
      <DemoPanel
        onAvailable={() => setDemo(true)}
        onPick={(c) => {
          setIin(c.iin);
          setPhone(c.phone ?? "");
        }}
      />
    </section>
  );
}
