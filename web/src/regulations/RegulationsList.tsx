/** /regulations: every service with its regulation versions — act, territory, in force from and to. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import { Link } from "../router.tsx";
import { ErrorBox, Loading, SourceNote, useLoad, useText } from "../ui.tsx";
import "./regulations.css";
import { ActLine, Period, type RegulationList, Scope, VersionCode } from "./shared.tsx";

export default function RegulationsList() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const [needle, setNeedle] = useState("");
  const [list, error] = useLoad(() => getJson<RegulationList>("/api/v1/regulations"), [i18n.language]);
  if (error) return <ErrorBox error={error} />;
  if (!list) return <Loading />;
  const q = needle.trim().toLocaleLowerCase();
  const services = list.services.filter(
    (s) => !q || s.code.includes(q) || s.title.toLocaleLowerCase().includes(q),
  );
  return (
    <article className="regulations">
      <h1>{t("regulations.title")}</h1>
      <p>{t("regulations.intro")}</p>
      <div className="field">
        <label htmlFor="regulations-filter">{t("regulations.filter")}</label>
        <input
          id="regulations-filter"
          type="search"
          value={needle}
          onChange={(e) => setNeedle(e.target.value)}
        />
      </div>
      <p className="muted" aria-live="polite">
        {t("regulations.count", { count: services.length })}
      </p>
      {services.map((s) => (
        <section key={s.code} aria-labelledby={`reg-${s.code}`} className="reg-service">
          <h2 id={`reg-${s.code}`}>
            <Link href={`/regulations/${encodeURIComponent(s.code)}`}>{s.title}</Link>
          </h2>
          <p className="muted">
            <code>{s.code}</code>
          </p>
          <div className="reg-scroll">
            <table className="reg-table">
              <thead>
                <tr>
                  <th scope="col">{t("regulations.col.version")}</th>
                  <th scope="col">{t("regulations.col.act")}</th>
                  <th scope="col">{t("regulations.col.scope")}</th>
                  <th scope="col">{t("regulations.service.effective")}</th>
                  <th scope="col">{t("regulations.col.steps")}</th>
                </tr>
              </thead>
              <tbody>
                {s.versions.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <VersionCode id={v.id} />
                    </th>
                    <td>
                      {text(v.act.title)}
                      <div className="muted">
                        <ActLine act={v.act} />
                      </div>
                      <SourceNote source={v.source} act={text(v.act.title)} />
                    </td>
                    <td>
                      <Scope version={v} />
                    </td>
                    <td>
                      <Period effective={v.effective} />
                      <SourceNote source={v.effective.source} act={text(v.act.title)} />
                    </td>
                    <td>{v.steps}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <Link href={`/regulations/${encodeURIComponent(s.code)}`}>{t("regulations.compare")}</Link>
          </p>
        </section>
      ))}
    </article>
  );
}
