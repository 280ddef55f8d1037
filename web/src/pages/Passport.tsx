/**
 * The service passport: the standard of the version in force in the chosen region today — provider,
 * channels, terms, documents per channel, refusal grounds, fee, schedules — each with its legal source.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import type { Channel, RegulationVersion, Service } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { rememberRegion, storedRegion, todayInKazakhstan } from "../region.ts";
import { Link } from "../router.tsx";
import {
  ErrorBox,
  formatDate,
  Loading,
  SourceNote,
  type Text3,
  useDuration,
  useLoad,
  useText,
} from "../ui.tsx";

interface Region {
  code: string;
  name: Text3;
}

export default function Passport({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const duration = useDuration();
  const [region, setRegion] = useState(storedRegion());
  const [regions] = useLoad(() => getJson<{ items: Region[] }>("/api/v1/regions"), []);
  const [service, serviceError] = useLoad(
    () => getJson<{ service: Service }>(`/api/v1/services/${encodeURIComponent(code)}`),
    [code, i18n.language],
  );
  const [resolved, resolveError] = useLoad(
    () =>
      getJson<{ version: RegulationVersion }>(
        `/api/v1/services/${encodeURIComponent(code)}/resolve?region=${region}&date=${todayInKazakhstan()}`,
      ),
    [code, region, i18n.language],
  );
  if (serviceError) return <ErrorBox error={serviceError} />;
  if (!service) return <Loading />;
  const v = resolved?.version;
  const actTitle = v ? text(v.act.title) : undefined;
  const channels = v ? v.standard.channels.map((c) => c.channel) : [];
  const onPortal = channels.includes("portal");

  return (
    <article>
      <p className="muted">{t("passport.title")}</p>
      <h1>{text(service.service.titles)}</h1>
      <div className="field">
        <label htmlFor="passport-region">{t("passport.region")}</label>
        <select
          id="passport-region"
          value={region}
          onChange={(e) => {
            setRegion(e.target.value);
            rememberRegion(e.target.value);
          }}
        >
          {(regions?.items ?? [{ code: region, name: { kk: region, ru: region, en: region } }]).map((r) => (
            <option key={r.code} value={r.code}>
              {text(r.name)}
            </option>
          ))}
        </select>
      </div>
      {resolveError ? <p className="error-box">{t("passport.versionNone")}</p> : null}
      {!v && !resolveError ? <Loading /> : null}
      {v ? (
        <>
          <section aria-labelledby="p-version">
            <h2 id="p-version">{t("passport.version")}</h2>
            <p>
              {text(v.act.title)}
              <br />
              <span className="muted">
                {t("passport.actOf", {
                  issuer: text(v.act.issuedBy),
                  number: v.act.number,
                  date: formatDate(v.act.date, currentLang()),
                })}
              </span>
            </p>
            <SourceNote source={v.source} act={actTitle} />
          </section>

          {onPortal ? (
            <p>
              <Link className="button" href={`/services/${encodeURIComponent(code)}/apply`}>
                {t("passport.apply")}
              </Link>
            </p>
          ) : (
            <p className="muted">{t("passport.notOnline")}</p>
          )}

          <section aria-labelledby="p-provider">
            <h2 id="p-provider">{t("passport.provider")}</h2>
            <p>{text(v.standard.provider.description)}</p>
            <SourceNote source={v.standard.provider.source} act={actTitle} />
          </section>

          <section aria-labelledby="p-channels">
            <h2 id="p-channels">{t("passport.channels")}</h2>
            <ul>
              {v.standard.channels.map((c) => (
                <li key={c.channel}>
                  {t(`channel.${c.channel}`)}
                  {c.condition ? (
                    <span className="muted">
                      {" "}
                      — {t("passport.condition")}: {text(c.condition)}
                    </span>
                  ) : null}
                  <SourceNote source={c.source} act={actTitle} />
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="p-terms">
            <h2 id="p-terms">{t("passport.terms")}</h2>
            <ul>
              {v.standard.terms.map((term) => (
                <li
                  key={`${term.channel}-${term.variant ?? ""}-${term.duration.value}${term.duration.unit}-${term.source.lines[0]}`}
                >
                  <strong>{term.channel ? t(`channel.${term.channel}`) : t("passport.termAll")}:</strong>{" "}
                  {duration(term.duration)}
                  {term.variant ? ` (${text(v.variants.find((x) => x.id === term.variant)?.title)})` : null}
                  {term.condition ? <span className="muted"> — {text(term.condition)}</span> : null}
                  <SourceNote source={term.source} act={actTitle} />
                </li>
              ))}
            </ul>
          </section>

          {v.standard.forms ? (
            <section aria-labelledby="p-forms">
              <h2 id="p-forms">{t("passport.forms")}</h2>
              <p>{v.standard.forms.values.map((f) => t(`passport.form.${f}`)).join(", ")}</p>
              <SourceNote source={v.standard.forms.source} act={actTitle} />
            </section>
          ) : null}

          <section aria-labelledby="p-documents">
            <h2 id="p-documents">{t("passport.documents")}</h2>
            {channels.map((ch: Channel) => {
              const docs = v.standard.documents.filter((d) => d.channels.includes(ch));
              if (docs.length === 0) return null;
              return (
                <section key={ch} aria-labelledby={`p-docs-${ch}`}>
                  <h3 id={`p-docs-${ch}`}>{t("passport.documentsFor", { channel: t(`channel.${ch}`) })}</h3>
                  <ol>
                    {docs.map((d) => (
                      <li key={d.id}>
                        {text(d.title)}
                        {d.presentation ? (
                          <span className="muted"> ({t(`passport.presentation.${d.presentation}`)})</span>
                        ) : null}
                        {d.condition ? (
                          <div className="muted">
                            {t("passport.condition")}: {text(d.condition)}
                          </div>
                        ) : null}
                        <SourceNote source={d.source} act={actTitle} />
                      </li>
                    ))}
                  </ol>
                </section>
              );
            })}
            {v.standard.documentsRef ? (
              <p>
                {t("passport.documentsRef")} {text(v.standard.documentsRef.text)}
                <SourceNote source={v.standard.documentsRef.source} act={actTitle} />
              </p>
            ) : null}
          </section>

          <section aria-labelledby="p-refusal">
            <h2 id="p-refusal">{t("passport.refusal")}</h2>
            {v.standard.refusalGrounds.length > 0 ? (
              <ol>
                {v.standard.refusalGrounds.map((g) => (
                  <li key={`${g.n}-${g.variant ?? ""}`} value={g.n}>
                    {text(g.text)}
                    <SourceNote source={g.source} act={actTitle} />
                  </li>
                ))}
              </ol>
            ) : null}
            {v.standard.refusalGroundsRef ? (
              <p>
                {t("passport.refusalRef")} {text(v.standard.refusalGroundsRef.text)}
                <SourceNote source={v.standard.refusalGroundsRef.source} act={actTitle} />
              </p>
            ) : null}
            {v.standard.refusalGrounds.length === 0 && !v.standard.refusalGroundsRef ? (
              <p className="muted">{t("common.none")}</p>
            ) : null}
          </section>

          <section aria-labelledby="p-results">
            <h2 id="p-results">{t("passport.results")}</h2>
            <ul>
              {v.standard.results.map((r) => (
                <li key={r.id}>
                  {text(r.title)}
                  <SourceNote source={r.source} act={actTitle} />
                </li>
              ))}
            </ul>
          </section>

          {v.standard.fee ? (
            <section aria-labelledby="p-fee">
              <h2 id="p-fee">{t("passport.fee")}</h2>
              <p>
                <strong>{v.standard.fee.free ? t("passport.free") : t("passport.paid")}.</strong>{" "}
                {text(v.standard.fee.text)}
              </p>
              <SourceNote source={v.standard.fee.source} act={actTitle} />
            </section>
          ) : null}

          {v.standard.schedules.length > 0 ? (
            <section aria-labelledby="p-schedules">
              <h2 id="p-schedules">{t("passport.schedules")}</h2>
              <ul>
                {v.standard.schedules.map((s) => (
                  <li key={`${s.who}-${s.calendar}-${s.source.lines[0]}`}>
                    {text(s.text)}
                    <SourceNote source={s.source} act={actTitle} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {v.standard.otherRequirements.length > 0 ? (
            <section aria-labelledby="p-other">
              <h2 id="p-other">{t("passport.other")}</h2>
              <ul>
                {v.standard.otherRequirements.map((o, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the act's order, never reordered
                  <li key={i}>
                    {text(o.text)}
                    <SourceNote source={o.source} act={actTitle} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
