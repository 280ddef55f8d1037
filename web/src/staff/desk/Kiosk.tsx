/**
 * The branch hall's ticket kiosk, public (/kiosk, /kiosk/:branch): choose the service (with the
 * standard's maximum waiting time), give the IIN if you like, take a ticket; then the ticket's place
 * in the queue and the board of tickets called to the windows, refreshed every 5 seconds.
 */
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, postJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { iinProblem } from "../../iin-check.ts";
import { LangSwitch } from "../../lang-switch.tsx";
import { navigate } from "../../router.tsx";
import { describedBy, ErrorBox, Field, Loading, type Text3, useLoad, useText } from "../../ui.tsx";
import type { Branch, BranchServices, Ticket } from "./desk-types.ts";
import { useMax } from "./shared.tsx";

interface Taken {
  ticket: Ticket;
  ahead: number;
}

interface Board {
  called: { label: string; window: string; status: string }[];
  waiting: number;
}

export default function Kiosk({ branch }: { branch: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="top kiosk-top">
        <span className="brand-name" translate="no">
          {t("app.name")}
        </span>
        <LangSwitch />
      </header>
      <main id="main" className="kiosk">
        {branch ? <Take branchId={branch} /> : <ChooseBranch />}
      </main>
    </>
  );
}

function ChooseBranch() {
  const { t } = useTranslation();
  const text = useText();
  const [regions] = useLoad(() => getJson<{ items: { code: string; name: Text3 }[] }>("/api/v1/regions"), []);
  const [region, setRegion] = useState("kyzylorda");
  const [branches, error] = useLoad(
    () => getJson<{ items: Branch[] }>(`/api/v1/queue/branches?region=${region}`),
    [region],
  );
  const [branch, setBranch] = useState("");
  useEffect(() => {
    const first = branches?.items[0]?.id ?? "";
    if (!branches?.items.some((b) => b.id === branch)) setBranch(first);
  }, [branches, branch]);
  return (
    <section>
      <h1>{t("desk.kiosk.chooseBranch")}</h1>
      <ErrorBox error={error} />
      <Field id="kiosk-region" label={t("desk.kiosk.region")}>
        <select id="kiosk-region" value={region} onChange={(e) => setRegion(e.target.value)}>
          {(regions?.items ?? []).map((r) => (
            <option key={r.code} value={r.code}>
              {text(r.name)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="kiosk-branch" label={t("desk.branch")}>
        <select id="kiosk-branch" value={branch} onChange={(e) => setBranch(e.target.value)}>
          {(branches?.items ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {text(b.name)}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        disabled={!branch}
        onClick={() => navigate(`/kiosk/${encodeURIComponent(branch)}`)}
      >
        {t("desk.kiosk.open")}
      </button>
    </section>
  );
}

function Take({ branchId }: { branchId: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const max = useMax();
  const [offer, offerError] = useLoad(
    () => getJson<BranchServices>(`/api/v1/queue/branches/${encodeURIComponent(branchId)}/services`),
    [branchId, i18n.language],
  );
  const [board, , reloadBoard] = useLoad(
    () => getJson<Board>(`/api/v1/queue/branches/${encodeURIComponent(branchId)}/board`),
    [branchId],
  );
  const [service, setService] = useState("");
  const [iin, setIin] = useState("");
  const [iinError, setIinError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [taken, setTaken] = useState<Taken | null>(null);

  useEffect(() => {
    const id = setInterval(async () => {
      reloadBoard();
      if (taken && (taken.ticket.status === "waiting" || taken.ticket.status === "called")) {
        try {
          setTaken(await getJson<Taken>(`/api/v1/queue/tickets/${taken.ticket.id}`));
        } catch {
          // the next round tries again
        }
      }
    }, 5000);
    return () => clearInterval(id);
  }, [reloadBoard, taken]);

  async function take(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const problem = iin.trim() ? iinProblem(iin, currentLang()) : null;
    setIinError(problem);
    if (problem || !service) {
      document.getElementById(problem ? "kiosk-iin" : "kiosk-services")?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await postJson<Taken>(`/api/v1/queue/branches/${encodeURIComponent(branchId)}/tickets`, {
        serviceCode: service,
        ...(iin.trim() ? { iin: iin.trim() } : {}),
      });
      setTaken(r);
      reloadBoard();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (offerError) return <ErrorBox error={offerError} />;
  if (!offer) return <Loading />;

  return (
    <section>
      <h1>{t("desk.kiosk.title")}</h1>
      <p className="muted">
        {text(offer.branch.name)} · {text(offer.branch.address)}
      </p>
      {taken ? (
        <div className="ok-box" role="status" data-ticket-id={taken.ticket.id}>
          <p>{t("desk.kiosk.yourTicket")}</p>
          <p className="ticket-label">{taken.ticket.label}</p>
          <p>{text(taken.ticket.serviceTitle)}</p>
          {taken.ticket.status === "waiting" ? (
            <p>{t("desk.kiosk.ahead", { n: taken.ahead })}</p>
          ) : taken.ticket.window ? (
            <p>
              <strong>{t("desk.kiosk.calledYou", { window: taken.ticket.window })}</strong>
            </p>
          ) : null}
          <p>{t("desk.kiosk.maxWait", { value: max(taken.ticket.limits.maxWaitMinutes) })}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setTaken(null);
              setIin("");
              setService("");
            }}
          >
            {t("desk.kiosk.another")}
          </button>
        </div>
      ) : (
        <form onSubmit={take} noValidate>
          <fieldset>
            <legend id="kiosk-services-legend">{t("desk.kiosk.chooseService")}</legend>
            <ul className="kiosk-services" id="kiosk-services" tabIndex={-1}>
              {offer.services.map((s) => (
                <li key={s.code}>
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={service === s.code}
                    data-service={s.code}
                    onClick={() => setService(s.code)}
                  >
                    {text(s.titles)}
                    <br />
                    <small>
                      {t("desk.queue.maxWait")}: {max(s.limits.maxWaitMinutes)}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field id="kiosk-iin" label={t("desk.kiosk.iin")} hint={t("desk.kiosk.iinHint")} error={iinError}>
            <input
              id="kiosk-iin"
              type="text"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              value={iin}
              aria-invalid={iinError ? true : undefined}
              aria-describedby={describedBy("kiosk-iin", true, iinError)}
              onChange={(e) => setIin(e.target.value)}
            />
          </Field>
          <ErrorBox error={error} />
          <button type="submit" disabled={busy || !service}>
            {t("desk.kiosk.take")}
          </button>
        </form>
      )}
      <h2>{t("desk.kiosk.board")}</h2>
      {board && board.called.length > 0 ? (
        <ul className="board">
          {board.called.map((c) => (
            <li key={c.label}>{t("desk.kiosk.toWindow", { label: c.label, window: c.window })}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("desk.kiosk.boardNone")}</p>
      )}
      {board ? <p>{t("desk.kiosk.waitingCount", { n: board.waiting })}</p> : null}
    </section>
  );
}
