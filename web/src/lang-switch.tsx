/** The language switch of every workspace: kk, ru, en; the choice is remembered (see i18n.ts). */
import { useTranslation } from "react-i18next";
import { isLang, LANG_NAMES, LANGS, rememberLang } from "./i18n.ts";

export function LangSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang">
      <label htmlFor="lang-select">{t("app.language")}</label>
      <select
        id="lang-select"
        value={i18n.language}
        onChange={(e) => {
          const lang = e.target.value;
          if (isLang(lang)) {
            rememberLang(lang);
            void i18n.changeLanguage(lang);
          }
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
