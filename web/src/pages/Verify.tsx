/**
 * Public verification of a result document: by its id (the QR code's link, GET /api/v1/verify/:id) or
 * by uploading the PDF (POST /api/v1/verify, raw application/pdf). A server without that API answers
 * 404 ROUTE_NOT_FOUND: the page then says verification is not available, rather than failing.
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, getJson, postBytes } from "../api.ts";
import type { Named, Verification } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { ErrorBox, Field, formatDateTime, Loading, useLoad, useSubmission, useText } from "../ui.tsx";

function Verdict({ answer }: { answer: Verification }) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  const d = answer.document;
  const t3 = (v: Named | { name: Named }): string =>
    typeof v === "string" ? v : "name" in v ? t3(v.name) : text(v);
  return (
    <section
      className={answer.verdict === "genuine" ? "ok-box" : "error-box"}
      role="status"
      data-verdict={answer.verdict}
    >
      <p>
        <strong>{t(`verify.verdict.${answer.verdict}`)}</strong>
      </p>
      {d ? (
        <dl className="facts">
          <dt>{t("verify.number")}</dt>
          <dd>
            <code>{d.number}</code> — {t3(d.title)}
          </dd>
          <dt>{t("verify.issuedAt")}</dt>
          <dd>{formatDateTime(d.issuedAt, lang)}</dd>
          <dt>{t("verify.provider")}</dt>
          <dd>{t3(d.provider)}</dd>
          <dt>{t("verify.applicant")}</dt>
          <dd>
            <code>{d.applicantIin}</code>
          </dd>
          <dt>{t("verify.signer")}</dt>
          <dd>
            <span translate="no">{d.signer.name}</span>, {t3(d.signer.position)}
            {d.signer.organisation ? <span translate="no">, {d.signer.organisation}</span> : null}
          </dd>
          <dt>{t("verify.signedAt")}</dt>
          <dd>{formatDateTime(d.signedAt, lang)}</dd>
          <dt>{t("verify.sha256")}</dt>
          <dd>
            <code className="hash">{d.sha256}</code>
          </dd>
        </dl>
      ) : null}
    </section>
  );
}

const unavailable = (e: unknown) => e instanceof ApiError && e.code === "ROUTE_NOT_FOUND";

export default function Verify({ id }: { id?: string }) {
  const { t } = useTranslation();
  const [byId, byIdError] = useLoad(
    () =>
      id ? getJson<Verification>(`/api/v1/verify/${encodeURIComponent(id)}`) : Promise.resolve(undefined),
    [id],
  );
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<Verification | null>(null);
  const { busy, error, run } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(t("common.required"));
      return;
    }
    if (file.type !== "application/pdf" || file.size > 10 * 1024 * 1024) {
      setFileError(file.type !== "application/pdf" ? t("apply.attachType") : t("apply.attachSize"));
      return;
    }
    setFileError(null);
    await run(async () => {
      setUploaded(
        await postBytes<Verification>("/api/v1/verify", await file.arrayBuffer(), "application/pdf"),
      );
    });
  }

  return (
    <section>
      <h1>{t("verify.title")}</h1>
      <p>{t("verify.intro")}</p>
      {id ? (
        <>
          {!byId && !byIdError ? <Loading /> : null}
          {byId ? <Verdict answer={byId} /> : null}
          {byIdError && unavailable(byIdError) ? <p className="muted">{t("verify.unavailable")}</p> : null}
          {byIdError && !unavailable(byIdError) ? <ErrorBox error={byIdError} /> : null}
        </>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Field id="verify-file" label={t("verify.file")} error={fileError}>
          <input
            id="verify-file"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={fileError ? "verify-file-error" : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {t("verify.submit")}
        </button>
      </form>
      {uploaded ? <Verdict answer={uploaded} /> : null}
      {error && unavailable(error) ? <p className="muted">{t("verify.unavailable")}</p> : null}
      {error && !unavailable(error) ? <ErrorBox error={error} /> : null}
    </section>
  );
}
