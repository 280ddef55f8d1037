/** What the regulations pages share: the API's answers, a version's act and territory, role names. */
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
