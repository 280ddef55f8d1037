/**
 * The case's outgoing documents (GET /api/v1/cases/:id/documents): number, title, state, signer, the PDF
 * to download; the signer named on a prepared document signs it here with EDS: the exact bytes
 * (GET /documents/:id/pdf) signed in the browser, the CMS posted (POST /documents/:id/signature).
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { ErrorBox, Field, formatDateTime, Loading, SubmitRow, useText } from "../../ui.tsx";
import type { StaffMe } from "../session.tsx";
import type { OutgoingDocument } from "./model.ts";
import { signBytes } from "./sign.ts";

export function Documents({
  caseId,
  documents,
  error,
  me,
  onChange,
}: {
  caseId: string;
  documents: OutgoingDocument[] | undefined;
  error: unknown;
  me: StaffMe;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  return (
    <section aria-labelledby="outgoing" data-case={caseId}>
      <h2 id="outgoing">{t("work.docs.title")}</h2>
      <ErrorBox error={error} />
      {!documents ? (
        error ? null : (
          <Loading />
        )
      ) : documents.length === 0 ? (
        <p>{t("work.docs.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="work-table">
            <thead>
              <tr>
                <th scope="col">{t("work.docs.number")}</th>
                <th scope="col">{t("work.docs.name")}</th>
                <th scope="col">{t("work.docs.state")}</th>
                <th scope="col">{t("work.docs.signer")}</th>
                <th scope="col">{t("work.docs.file")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} data-document-id={d.id} data-document-status={d.status}>
                  <td>
                    <code>{d.number}</code>
                  </td>
                  <td>
                    {text(d.title)} <span className="muted">({t(`work.docs.purpose.${d.purpose}`)})</span>
                  </td>
                  <td>
                    {t(`work.docs.status.${d.status}`)}
                    {d.signedAt ? <span className="muted"> {formatDateTime(d.signedAt, lang)}</span> : null}
                  </td>
                  <td>
                    {d.signer ? (
                      <>
                        <span translate="no">{d.signer.name}</span>, {text(d.signer.position)}
                      </>
                    ) : d.signerStaffId === me.actor.staffId ? (
                      t("work.docs.toBeSignedByMe")
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    <a href={`/api/v1/documents/${d.id}/pdf`} download={`${d.number}.pdf`}>
                      {t("work.docs.pdf")}
                    </a>
                    {d.status === "signed" && !d.sealed ? (
                      <>
                        {" · "}
                        <a href={`/api/v1/documents/${d.id}/signature`} download={`${d.number}.pdf.p7s`}>
                          {t("work.docs.p7s")}
                        </a>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {documents
        ?.filter((d) => d.status === "prepared" && d.signerStaffId === me.actor.staffId)
        .map((d) => (
          <SignForm key={d.id} doc={d} onSigned={onChange} />
        ))}
    </section>
  );
}

function SignForm({ doc, onSigned }: { doc: OutgoingDocument; onSigned: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [missing, setMissing] = useState(false);
  const id = `sign-${doc.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMissing(!file || !password);
    if (!file || !password) return;
    setBusy(true);
    try {
      const res = await fetch(`/api/v1/documents/${doc.id}/pdf?lang=${currentLang()}`);
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
        throw new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.detail ?? res.statusText);
      }
      const pdf = new Uint8Array(await res.arrayBuffer());
      const { signature } = await signBytes(new Uint8Array(await file.arrayBuffer()), password, pdf);
      await postJson(`/api/v1/documents/${doc.id}/signature`, { signature });
      setDone(true);
      setPassword("");
      onSigned();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <p role="status">{t("work.docs.signed")}</p>;
  return (
    <form className="action-form sign-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t("work.docs.signTitle")}: <code>{doc.number}</code> {text(doc.title)}
      </h3>
      <p className="muted">{t("work.docs.signIntro")}</p>
      <Field id={`${id}-key`} label={t("work.docs.keyFile")} hint={t("work.docs.keyFileHint")}>
        <input
          id={`${id}-key`}
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          aria-describedby={`${id}-key-hint`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <Field id={`${id}-password`} label={t("work.docs.keyPassword")}>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      {missing ? (
        <p className="error-text" role="alert">
          {t("work.docs.keyNeeded")}
        </p>
      ) : null}
      <SubmitRow error={error} busy={busy} label={busy ? t("work.docs.signing") : t("work.docs.sign")} />
    </form>
  );
}
