/** Staff sign-in (POST /api/v1/auth/sign-in) and, on the demo data, the demo accounts to try. */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, getJson, postJson } from "../api.ts";
import { navigate } from "../router.tsx";
import { Field, SubmitRow, useLoad, useSubmission } from "../ui.tsx";
import { useStaff } from "./session.tsx";

interface DemoStaff {
  login: string;
  fullName: string;
  roles: string[];
  keyFile: string | null;
}

/** Only paths of the staff workspaces: never an absolute URL. */
function safeNext(next: string | undefined): string {
  return next?.startsWith("/staff") ? next : "/staff";
}

export default function SignIn({ needed = false, next }: { needed?: boolean; next?: string }) {
  const { t } = useTranslation();
  const { refresh } = useStaff();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const { busy, error, run } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!login.trim() || !password) return;
    await run(async () => {
      await postJson("/api/v1/auth/sign-in", { login: login.trim(), password });
      await refresh();
      navigate(safeNext(next === "/staff/sign-in" ? undefined : next), { replace: true });
    });
  }

  return (
    <section>
      <h1>{t("staff.signIn.title")}</h1>
      {needed ? <p>{t("staff.signIn.needed")}</p> : null}
      <form onSubmit={submit} noValidate>
        <Field id="staff-login" label={t("staff.signIn.login")} hint={t("staff.signIn.loginHint")}>
          <input
            id="staff-login"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={login}
            aria-describedby="staff-login-hint"
            onChange={(e) => setLogin(e.target.value)}
          />
        </Field>
        <Field id="staff-password" label={t("staff.signIn.password")}>
          <input
            id="staff-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <SubmitRow error={error} busy={busy} label={t("staff.signIn.submit")} />
      </form>
      <DemoStaffPanel onPick={setLogin} />
    </section>
  );
}

/** The demo accounts (GET /api/v1/demo/staff answers only on the demo data; elsewhere nothing shows). */
function DemoStaffPanel({ onPick }: { onPick: (login: string) => void }) {
  const { t } = useTranslation();
  const [demo] = useLoad(
    () =>
      getJson<{ items: DemoStaff[] }>("/api/v1/demo/staff").catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return { items: [] };
        throw e;
      }),
    [],
  );
  if (!demo || demo.items.length === 0) return null;
  return (
    <section className="demo" aria-labelledby="demo-staff-title">
      <h2 id="demo-staff-title">{t("staff.demo.title")}</h2>
      <p>
        {t("staff.demo.intro")} <code>qyzmet-demo</code>
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("staff.demo.login")}</th>
              <th scope="col">{t("staff.demo.name")}</th>
              <th scope="col">{t("staff.demo.roles")}</th>
              <th scope="col">{t("staff.demo.key")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("staff.demo.fill")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demo.items.map((s) => (
              <tr key={s.login}>
                <td>
                  <code id={`demo-login-${s.login}`}>{s.login}</code>
                </td>
                <td translate="no">{s.fullName}</td>
                <td>{s.roles.map((r) => t(`staff.roles.${r}`)).join(", ")}</td>
                <td>{s.keyFile ? <code>{s.keyFile}</code> : t("staff.demo.noKey")}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-describedby={`demo-login-${s.login}`}
                    onClick={() => onPick(s.login)}
                  >
                    {t("staff.demo.fill")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
