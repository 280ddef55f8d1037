/** Pieces the desk's pages share: the section tabs, minutes against a maximum, the maximums' source. */
import { useTranslation } from "react-i18next";
import { Link } from "../../router.tsx";
import { SourceNote, useText } from "../../ui.tsx";
import type { Limits } from "./desk-types.ts";
import "./desk.css";

const TABS = [
  ["/staff/desk", "desk.tabs.queue"],
  ["/staff/desk/intake", "desk.tabs.intake"],
  ["/staff/desk/results", "desk.tabs.results"],
  ["/staff/desk/stats", "desk.tabs.stats"],
] as const;

export function DeskTabs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav className="desk-tabs" aria-label={t("desk.tabsLabel")}>
      <ul>
        {TABS.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={current === href ? "page" : undefined}>
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Whole minutes of a duration in ms ("12 мин"). */
export function useMinutes(): (ms: number | null | undefined) => string {
  const { t } = useTranslation();
  return (ms) => (ms === null || ms === undefined ? "—" : t("desk.minutes", { n: Math.floor(ms / 60_000) }));
}

/** "15 мин" or "the act sets no maximum". */
export function useMax(): (minutes: number | null) => string {
  const { t } = useTranslation();
  return (m) => (m === null ? t("desk.noMax") : t("desk.minutes", { n: m }));
}

/** The two maximums with the act and its words on demand. */
export function LimitsNote({ limits }: { limits: Limits }) {
  const { t } = useTranslation();
  const text = useText();
  const max = useMax();
  return (
    <div className="limits">
      <p>
        {t("desk.queue.maxWait")}: <strong>{max(limits.maxWaitMinutes)}</strong>
        {" · "}
        {t("desk.queue.maxService")}: <strong>{max(limits.maxServiceMinutes)}</strong>
      </p>
      {limits.source ? <SourceNote source={limits.source} act={text(limits.act)} /> : null}
    </div>
  );
}
