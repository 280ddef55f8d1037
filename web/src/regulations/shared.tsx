/** What the regulations pages share: the API's answers, a version's act and territory, role names. */
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { VersionDiff } from "../../../src/catalog/diff.ts";
import { ROLE_LABELS } from "../../../src/catalog/labels.ts";
import { REGIONS } from "../../../src/catalog/regions.ts";
import type { RegulationVersion } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { formatDate, useText } from "../ui.tsx";

export type { VersionDiff };
export type Role = keyof typeof ROLE_LABELS;

/** GET /api/v1/regulations: a version without its standard and procedures. */
export type VersionSummary = Pick<
  RegulationVersion,
  "id" | "issuer" | "act" | "amendedBy" | "effective" | "source"
> & {
  channels: RegulationVersion["standard"]["channels"][number]["channel"][];
  procedures: number;
  steps: number;
};

export interface RegulationList {
  services: { code: string; title: string; versions: VersionSummary[] }[];
}

/** A role's name in the page's language. */
export function useRole(): (role: Role) => string {
  const text = useText();
  return (role) => text(ROLE_LABELS[role]);
}

/** The version's code as the catalogue writes it (a code, not a word of any language). */
export function VersionCode({ id }: { id: string }) {
  return <code className="reg-version">{id}</code>;
}

/** Where a version applies: the whole republic, or its region. */
export function Scope({ version }: { version: Pick<RegulationVersion, "issuer"> }) {
  const { t } = useTranslation();
  const text = useText();
  const region = version.issuer.region;
  if (region === null) return <>{t("regulations.national")}</>;
  const known = REGIONS.find((r) => r.code === region);
  return <>{known ? text(known.name) : <code>{region}</code>}</>;
}

/** "Minister of Enlightenment, No. 123 of 01.02.2022", as the act states it (its number is a code). */
export function ActLine({ act }: { act: RegulationVersion["act"] }) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <>
      {t("regulations.actLine", {
        issuer: text(act.issuedBy),
        number: act.number,
        date: formatDate(act.date, currentLang()),
      })}
    </>
  );
}

/** In force from — to (or "in force"). */
export function Period({ effective }: { effective: RegulationVersion["effective"] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <>
      {t("regulations.service.fromTo", {
        from: formatDate(effective.from, lang),
        to: effective.to ? formatDate(effective.to, lang) : t("regulations.inForce"),
      })}
    </>
  );
}

/** A translated sentence with codes put in its placeholders ("%%FROM%%" → <code>…</code>). */
export function withCodes(sentence: string, codes: Record<string, ReactNode>): ReactNode {
  const keys = Object.keys(codes);
  const parts = sentence.split(new RegExp(`(${keys.join("|")})`));
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's own order
    <Fragment key={i}>{keys.includes(part) ? codes[part] : part}</Fragment>
  ));
}

const CYRILLIC_RUN = /([\u0400-\u04FF][\u0400-\u04FF\s\-–…/]*[\u0400-\u04FF]|[\u0400-\u04FF])/;

/**
 * Catalogue text in the page's language, as nodes. The English texts cite some Kazakh terms of the acts
 * ("receipt (қолхат)"): on an English page those words are marked lang="kk", as HTML asks of a
 * phrase in another language.
 */
export function useRich(): (text: { kk: string; ru: string; en: string } | null | undefined) => ReactNode {
  const { i18n } = useTranslation();
  const plain = useText();
  return (text) => {
    const value = plain(text);
    if (i18n.language !== "en" || !CYRILLIC_RUN.test(value)) return value;
    return value.split(CYRILLIC_RUN).map((part, i) =>
      i % 2 === 1 ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the text's own order
        <span key={i} lang="kk">
          {part}
        </span>
      ) : (
        part
      ),
    );
  };
}
