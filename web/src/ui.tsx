/** Small shared pieces: a labelled field, the error box, the legal source on demand, formatting. */
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "./api.ts";
import { currentLang, type Lang } from "./i18n.ts";

export type Text3 = { kk: string; ru: string; en: string };

/** The text in the page's language. */
export function useText(): (text: Text3 | null | undefined) => string {
  const { i18n } = useTranslation();
  const lang = (i18n.language as Lang) ?? "kk";
  return (text) => (text ? text[lang] : "");
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="error-text" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** aria-describedby for a field's hint and error. */
export function describedBy(id: string, hint: boolean, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** An error from the API (its message is already in the page's language) or from the browser. */
export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = messageOf(error, currentLang()) ?? t("common.error");
  const code = error instanceof ApiError ? error.code : hasCode(error) ? error.code : null;
  return (
    <div className="error-box" role="alert">
      <p>{text}</p>
      {code ? (
        <p className="muted">
          {t("common.errorCode")}: <code>{code}</code>
        </p>
      ) : null}
    </div>
  );
}

/** One option of a radio group, its label around it. */
export function RadioChoice<T extends string>(props: {
  name: string;
  value: T;
  selected: T | null;
  onSelect: (value: T) => void;
  label: string;
}) {
  return (
    <label className="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.selected === props.value}
        onChange={() => props.onSelect(props.value)}
      />{" "}
      {props.label}
    </label>
  );
}

/** The end of a form: the error of its last attempt, if any, then the button that sends it. */
export function SubmitRow({ error, busy, label }: { error: unknown; busy: boolean; label: string }) {
  return (
    <>
      <ErrorBox error={error} />
      <button type="submit" disabled={busy}>
        {label}
      </button>
    </>
  );
}

function hasCode(e: unknown): e is { code: string } {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string";
}

/** The message of an ApiError, or of a QyzmetError (messages in kk/ru/en) thrown by shared code. */
export function messageOf(error: unknown, lang: Lang): string | null {
  if (error instanceof ApiError) return error.detail;
  if (typeof error === "object" && error !== null && "messages" in error) {
    const m = (error as { messages: Partial<Text3> }).messages;
    if (m[lang]) return m[lang] ?? null;
  }
  return null;
}

export interface Source {
  seed: string;
  ref: string;
  lines: [number, number];
  quote?: string;
}

/** The act behind a fact: shown on demand (a closed <details>). */
export function SourceNote({ source, act }: { source: Source; act?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="source">
      <summary>{t("source.show")}</summary>
      <dl>
        {act ? (
          <>
            <dt>{t("source.act")}</dt>
            <dd>{act}</dd>
          </>
        ) : null}
        {i18n.language === "en" ? (
          <>
            <dt>{t("source.ref")}</dt>
            <dd>{source.ref}</dd>
          </>
        ) : null}
        <dt>{t("source.lines", { from: source.lines[0], to: source.lines[1] })}</dt>
        {source.quote ? (
          <dd>
            <blockquote translate="no">{source.quote}</blockquote>
          </dd>
        ) : null}
      </dl>
    </details>
  );
}

/**
 * A form's submission: \`busy\` while \`run\` runs, and the error it threw (for ErrorBox), cleared on
 * the next run. \`setError\` lets a page show an error of its own making.
 */
export function useSubmission(): {
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  run: (fn: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" aria-live="polite">
      {t("common.loading")}
    </p>
  );
}

/** Loads `fn` when `deps` change; [data, error, reload]. */
export function useLoad<T>(fn: () => Promise<T>, deps: unknown[]): [T | undefined, unknown, () => void] {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what fn depends on
  useEffect(() => {
    let live = true;
    setError(null);
    fn().then(
      (value) => live && setData(value),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return [data, error, () => setTick((n) => n + 1)];
}

const LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };
/** Dates are written dd.mm.yyyy in Kazakhstan; browsers' kk data are thin (e.g. "2026 M12 3"), so kk uses it. */
const DATE_LOCALES: Record<Lang, string> = { kk: "ru-RU", ru: "ru-RU", en: "en-GB" };

/** Date and time in Astana's time zone: 03.12.2026, 12:01. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Almaty",
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as dd.mm.yyyy. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(iso));
}

export type DurationUnit = "minutes" | "hours" | "working_days" | "calendar_days" | "months";

/** "5 working days" in the page's language, with the right plural form. */
export function useDuration(): (d: { value: number; unit: DurationUnit }) => string {
  const { t, i18n } = useTranslation();
  return (d) => {
    const form = new Intl.PluralRules(LOCALES[i18n.language as Lang] ?? "kk-KZ").select(d.value);
    const key = form === "one" || form === "few" || form === "many" ? form : "other";
    return t(`unit.${d.unit}.${key}`, { n: d.value });
  };
}
