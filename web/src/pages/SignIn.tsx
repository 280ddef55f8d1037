/** Sign in with IIN and password (POST /api/v1/citizen/sign-in). */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { postJson } from "../api.ts";
import { currentLang } from "../i18n.ts";
import { iinProblem } from "../iin-check.ts";
import { Link, navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { describedBy, Field, SubmitRow, useSubmission } from "../ui.tsx";
import { DemoPanel } from "./DemoPanel.tsx";

/** Only paths of this site: never an absolute URL from the query. */
export function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/cabinet";
}

export default function SignIn() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { refresh } = useSession();
  const [iin, setIin] = useState("");
  const [password, setPassword] = useState("");
  const [iinError, setIinError] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();
  const next = safeNext(search.get("next"));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = iinProblem(iin, currentLang());
    setIinError(problem);
    if (problem || !password) return;
    await run(async () => {
      await postJson("/api/v1/citizen/sign-in", { iin: iin.trim(), password });
      await refresh();
      navigate(next);
    });
  }

  return (
    <section>
      <h1>{t("auth.signInTitle")}</h1>
      {search.get("next") ? <p>{t("auth.signInNeeded")}</p> : null}
      <form onSubmit={submit} noValidate>
        <Field id="signin-iin" label={t("auth.iin")} hint={t("auth.iinHint")} error={iinError}>
          <input
            id="signin-iin"
            type="text"
            inputMode="numeric"
            autoComplete="username"
            maxLength={12}
            required
            value={iin}
            aria-invalid={iinError ? true : undefined}
            aria-describedby={describedBy("signin-iin", true, iinError)}
            onChange={(e) => setIin(e.target.value)}
          />
        </Field>
        <Field id="signin-password" label={t("auth.password")}>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <SubmitRow error={error} busy={busy} label={t("auth.submitSignIn")} />
      </form>
      <p>
        {t("auth.noAccount")}{" "}
        <Link href={`/register${search.get("next") ? `?next=${encodeURIComponent(next)}` : ""}`}>
          {t("app.nav.register")}
        </Link>
      </p>
      <DemoPanel onPick={(c) => setIin(c.iin)} />
    </section>
  );
}
