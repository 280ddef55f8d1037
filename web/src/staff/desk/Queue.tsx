/**
 * The operator's queue (/staff/desk): my window (call the next, start, no-show, accept documents,
 * finish), the tickets waiting with their wait against the standard's maximum, the other windows.
 * Refreshes every 10 seconds.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { Link, navigate } from "../../router.tsx";
import { ErrorBox, Field, formatDateTime, Loading, useLoad, useText } from "../../ui.tsx";
import type { Branch, Ticket } from "./desk-types.ts";
import { DeskTabs, LimitsNote, useMax, useMinutes } from "./shared.tsx";

interface Desk {
  branch: Branch;
  day: string;
  waiting: Ticket[];
  mine: Ticket | null;
  atWindows: Ticket[];
}

const WINDOW_KEY = "qyzmet.desk.window";

function storedWindow(): string {
  try {
    return localStorage.getItem(WINDOW_KEY) ?? "1";
  } catch {
    return "1";
  }
}

export default function Queue() {
  const { t } = useTranslation();
  const text = useText();
  const minutes = useMinutes();
  const max = useMax();
  const [desk, loadError, reload] = useLoad(() => getJson<Desk>("/api/v1/queue/desk"), []);
  const [windowNo, setWindow] = useState(storedWindow());
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const id = setInterval(reload, 10_000);
    return () => clearInterval(id);
  }, [reload]);

  async function act(path: string, body: unknown, done?: (t: Ticket) => void) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const r = await postJson<{ ticket: Ticket }>(path, body);
      done?.(r.ticket);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (loadError && !desk) return <ErrorBox error={loadError} />;
  if (!desk) return <Loading />;
  const mine = desk.mine;

  return (
    <section>
      <DeskTabs current="/staff/desk" />
      <h1>{t("desk.tabs.queue")}</h1>
      <p className="muted">
        {t("desk.branch")}: {text(desk.branch.name)} ·{" "}
        <Link href={`/kiosk/${encodeURIComponent(desk.branch.id)}`}>{t("desk.tabs.kiosk")}</Link>
      </p>
      <ErrorBox error={error} />
      {notice ? (
        <p className="ok-box" role="status">
          {notice}
        </p>
      ) : null}
      <div className="desk-grid">
        <section className="desk-panel" aria-labelledby="my-window">
          <h2 id="my-window">{t("desk.queue.mine")}</h2>
          <Field id="desk-window" label={t("desk.queue.window")} hint={t("desk.queue.windowHint")}>
            <input
              id="desk-window"
              type="text"
              inputMode="numeric"
              maxLength={10}
              value={windowNo}
              aria-describedby="desk-window-hint"
              onChange={(e) => {
                setWindow(e.target.value);
                try {
                  localStorage.setItem(WINDOW_KEY, e.target.value);
                } catch {
                  // private mode: remembered for this visit only
                }
              }}
            />
          </Field>
          {mine ? (
            <div data-ticket-id={mine.id} data-status={mine.status}>
              <p className="ticket-label">{mine.label}</p>
              <dl className="facts">
                <dt>{t("desk.queue.service")}</dt>
                <dd>{text(mine.serviceTitle)}</dd>
                <dt>{t("desk.queue.status")}</dt>
                <dd>{t(`desk.queue.states.${mine.status}`)}</dd>
                <dt>{t("desk.queue.waited")}</dt>
                <dd className={mine.waitOver ? "over" : "within"}>
                  {minutes(mine.waitedMs)} / {max(mine.limits.maxWaitMinutes)} (
                  {mine.waitOver ? t("desk.queue.over") : t("desk.queue.within")})
                </dd>
                {mine.serviceMs !== null ? (
                  <>
                    <dt>{t("desk.queue.served")}</dt>
                    <dd className={mine.serviceOver ? "over" : "within"}>
                      {minutes(mine.serviceMs)} / {max(mine.limits.maxServiceMinutes)} (
                      {mine.serviceOver ? t("desk.queue.over") : t("desk.queue.within")})
                    </dd>
                  </>
                ) : null}
              </dl>
              <LimitsNote limits={mine.limits} />
              <div className="desk-actions">
                {mine.status === "called" ? (
                  <>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => act(`/api/v1/queue/tickets/${mine.id}/start`, {})}
                    >
                      {t("desk.queue.start")}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => act(`/api/v1/queue/tickets/${mine.id}/no-show`, {})}
                    >
                      {t("desk.queue.noShow")}
                    </button>
                  </>
                ) : null}
                {mine.status === "serving" ? (
                  <>
                    <button
                      type="button"
                      onClick={() =>
                        navigate(
                          `/staff/desk/intake?ticket=${mine.id}&service=${encodeURIComponent(mine.serviceCode)}&label=${mine.label}`,
                        )
                      }
                    >
                      {t("desk.queue.accept")}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() =>
                        act(`/api/v1/queue/tickets/${mine.id}/finish`, {}, (x) =>
                          setNotice(t("desk.queue.finished", { label: x.label })),
                        )
                      }
                    >
                      {t("desk.queue.finish")}
                    </button>
                  </>
                ) : null}
              </div>
            </div>
          ) : (
            <>
              <p>{t("desk.queue.nobody")}</p>
              <button
                type="button"
                disabled={busy || !windowNo.trim()}
                onClick={() => act("/api/v1/queue/call", { window: windowNo.trim() })}
              >
                {t("desk.queue.callNext")}
              </button>
            </>
          )}
        </section>
        <div className="desk-panel">
          <h2>{t("desk.queue.windowsTitle")}</h2>
          {desk.atWindows.length === 0 ? (
            <p className="muted">{t("desk.queue.nobody")}</p>
          ) : (
            <ul>
              {desk.atWindows.map((w) => (
                <li key={w.id}>
                  <strong>{w.label}</strong> · {t("desk.queue.window")} {w.window} ·{" "}
                  {t(`desk.queue.states.${w.status}`)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <h2>
        {t("desk.queue.waitingTitle")} ({desk.waiting.length})
      </h2>
      <p className="muted">{t("desk.queue.noPriority")}</p>
      {desk.waiting.length === 0 ? (
        <p>{t("desk.queue.waitingNone")}</p>
      ) : (
        <div className="table-wrap">
          <table className="queue-table">
            <thead>
              <tr>
                <th scope="col">{t("desk.queue.ticket")}</th>
                <th scope="col">{t("desk.queue.service")}</th>
                <th scope="col">{t("desk.queue.taken")}</th>
                <th scope="col">{t("desk.queue.waited")}</th>
                <th scope="col">{t("desk.queue.maxWait")}</th>
              </tr>
            </thead>
            <tbody>
              {desk.waiting.map((w) => (
                <tr key={w.id} data-ticket-id={w.id} className={w.waitOver ? "over-row" : undefined}>
                  <td>
                    <strong>{w.label}</strong>
                  </td>
                  <td>{text(w.serviceTitle)}</td>
                  <td>{formatDateTime(w.takenAt, currentLang())}</td>
                  <td className={w.waitOver ? "over" : "within"}>
                    {minutes(w.waitedMs)} {w.waitOver ? `(${t("desk.queue.over")})` : ""}
                  </td>
                  <td>{max(w.limits.maxWaitMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <button type="button" className="secondary" onClick={reload}>
          {t("desk.refresh")}
        </button>
      </p>
    </section>
  );
}
