/**
 * Handing out returned results (/staff/desk/results): the cases handed in at this branch whose
 * result (or reasoned refusal) came back and waits on the State Corporation's hand-out step; the
 * signed document to print; "handed out" completes that step through the engine.
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import {
  ErrorBox,
  Field,
  formatDateTime,
  Loading,
  type Source,
  SourceNote,
  type Text3,
  useLoad,
  useText,
} from "../../ui.tsx";
import { DeskTabs } from "./shared.tsx";

interface Returned {
  caseId: string;
  incomingNumber: string | null;
  serviceCode: string;
  serviceTitle: Text3;
  applicantName: string;
  applicantIinMasked: string;
  stepId: string;
  stepText: Text3;
  stepSource: Source;
  arrivedAt: string;
  dueAt: string;
  overdue: boolean;
  document: {
    id: string;
    purpose: "result" | "refusal";
    number: string;
    title: Text3;
    signedAt: string | null;
  } | null;
}

export default function Results() {
  const { t } = useTranslation();
  const text = useText();
  const lang = currentLang();
  const [iin, setIin] = useState("");
  const [filter, setFilter] = useState("");
  const [list, loadError, reload] = useLoad(
    () => getJson<{ items: Returned[] }>(`/api/v1/desk/results${filter ? `?iin=${filter}` : ""}`),
    [filter],
  );
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function handOut(r: Returned) {
    setBusy(r.caseId);
    setError(null);
    setNotice(null);
    try {
      await postJson(`/api/v1/cases/${r.caseId}/steps`, { stepId: r.stepId });
      setNotice(t("desk.results.handedOut", { number: r.incomingNumber ?? r.caseId }));
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  function search(event: FormEvent) {
    event.preventDefault();
    setFilter(/^\d{12}$/.test(iin.trim()) ? iin.trim() : "");
  }

  return (
    <section>
      <DeskTabs current="/staff/desk/results" />
      <h1>{t("desk.results.title")}</h1>
      <p className="muted">{t("desk.results.intro")}</p>
      <form onSubmit={search} className="desk-actions">
        <Field id="results-iin" label={t("desk.results.filter")}>
          <input
            id="results-iin"
            type="text"
            inputMode="numeric"
            maxLength={12}
            value={iin}
            onChange={(e) => setIin(e.target.value)}
          />
        </Field>
        <button type="submit">{t("desk.results.search")}</button>
        {filter ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setIin("");
              setFilter("");
            }}
          >
            {t("desk.results.clear")}
          </button>
        ) : null}
      </form>
      <ErrorBox error={error ?? loadError} />
      {notice ? (
        <p className="ok-box" role="status">
          {notice}
        </p>
      ) : null}
      {!list ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p>{t("desk.results.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("desk.results.number")}</th>
                <th scope="col">{t("desk.results.service")}</th>
                <th scope="col">{t("desk.results.applicant")}</th>
                <th scope="col">{t("desk.results.arrived")}</th>
                <th scope="col">{t("desk.results.due")}</th>
                <th scope="col">{t("desk.results.document")}</th>
                <th scope="col">{t("desk.results.step")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.caseId} data-case-id={r.caseId} className={r.overdue ? "over-row" : undefined}>
                  <td>
                    <code>{r.incomingNumber ?? "—"}</code>
                  </td>
                  <td>{text(r.serviceTitle)}</td>
                  <td>
                    <span translate="no">{r.applicantName}</span>
                    <br />
                    <code>{r.applicantIinMasked}</code>
                  </td>
                  <td>{formatDateTime(r.arrivedAt, lang)}</td>
                  <td className={r.overdue ? "over" : undefined}>
                    {formatDateTime(r.dueAt, lang)}
                    {r.overdue ? ` (${t("desk.results.overdue")})` : ""}
                  </td>
                  <td>
                    {r.document ? (
                      <>
                        {r.document.purpose === "result"
                          ? t("desk.results.result")
                          : t("desk.results.refusal")}{" "}
                        <code>{r.document.number}</code>
                        <br />
                        <a
                          href={`/api/v1/documents/${r.document.id}/pdf`}
                          download={`${r.document.number}.pdf`}
                        >
                          {t("desk.results.print")}
                        </a>
                      </>
                    ) : (
                      t("desk.results.noDocument")
                    )}
                  </td>
                  <td>
                    <p>{text(r.stepText)}</p>
                    <SourceNote source={r.stepSource} />
                    <button
                      type="button"
                      disabled={busy === r.caseId || !r.document}
                      onClick={() => handOut(r)}
                    >
                      {t("desk.results.handOut")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
