/**
 * i18next with the three languages of the portal and the staff workspaces (each workspace has its own
 * dictionaries under its folder, merged here under its own top-level key). Kazakh is the default; the choice is remembered in
 * localStorage. A key missing from a dictionary is recorded in `window.__qyzmetMissingKeys` (the
 * browser test fails on any) — the dictionaries' shapes are also checked by the type checker.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en.ts";
import { kk } from "./locales/kk.ts";
import { ru } from "./locales/ru.ts";
import { regulationsEn } from "./regulations/locales/en.ts";
import { regulationsKk } from "./regulations/locales/kk.ts";
import { regulationsRu } from "./regulations/locales/ru.ts";
import { deskEn } from "./staff/desk/locales/en.ts";
import { deskKk } from "./staff/desk/locales/kk.ts";
import { deskRu } from "./staff/desk/locales/ru.ts";
import { staffEn } from "./staff/locales/en.ts";
import { staffKk } from "./staff/locales/kk.ts";
import { staffRu } from "./staff/locales/ru.ts";
import { supervisionEn } from "./staff/supervision/locales/en.ts";
import { supervisionKk } from "./staff/supervision/locales/kk.ts";
import { supervisionRu } from "./staff/supervision/locales/ru.ts";
import { workEn } from "./staff/work/locales/en.ts";
import { workKk } from "./staff/work/locales/kk.ts";
import { workRu } from "./staff/work/locales/ru.ts";

export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
const STORAGE_KEY = "qyzmet.lang";

declare global {
  interface Window {
    __qyzmetMissingKeys?: string[];
  }
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : "kk";
  } catch {
    return "kk";
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts this visit only
  }
}

export async function initI18n(): Promise<typeof i18next> {
  window.__qyzmetMissingKeys = [];
  await i18next.use(initReactI18next).init({
    resources: {
      kk: { translation: { ...kk, ...staffKk, ...workKk, ...deskKk, ...supervisionKk, ...regulationsKk } },
      ru: { translation: { ...ru, ...staffRu, ...workRu, ...deskRu, ...supervisionRu, ...regulationsRu } },
      en: { translation: { ...en, ...staffEn, ...workEn, ...deskEn, ...supervisionEn, ...regulationsEn } },
    },
    lng: storedLang(),
    fallbackLng: false,
    supportedLngs: [...LANGS],
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => {
      window.__qyzmetMissingKeys?.push(`${lngs.join(",")}:${key}`);
    },
  });
  document.documentElement.lang = i18next.language;
  i18next.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export function currentLang(): Lang {
  return isLang(i18next.language) ? i18next.language : "kk";
}
