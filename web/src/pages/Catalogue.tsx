/** The service catalogue: search, grouped by the life situations the catalogue gives each service. */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import type { LifeSituation, ServiceSummary } from "../api-types.ts";
import { Link } from "../router.tsx";
import { ErrorBox, Loading, useLoad } from "../ui.tsx";

export default function Catalogue() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState("");
  const [data, error] = useLoad(
    () => getJson<{ services: ServiceSummary[] }>("/api/v1/services"),
    [i18n.language],
  );
  const needle = q.trim().toLocaleLowerCase();
  const services = useMemo(
    () => (data?.services ?? []).filter((s) => !needle || s.title.toLocaleLowerCase().includes(needle)),
    [data, needle],
  );
  // The groups are the life situations present in the data, in the order they first appear.
  const groups = useMemo(() => {
    const order: LifeSituation[] = [];
    for (const s of data?.services ?? [])
      for (const l of s.lifeSituations) if (!order.includes(l)) order.push(l);
    return order
      .map((situation) => ({
        situation,
        items: services.filter((s) => s.lifeSituations.includes(situation)),
      }))
      .filter((g) => g.items.length > 0);
  }, [data, services]);

  return (
    <section>
      <h1>{t("catalogue.title")}</h1>
      <p>{t("catalogue.intro")}</p>
      <search>
        <div className="field">
          <label htmlFor="service-search">{t("catalogue.search")}</label>
          <input
            id="service-search"
            type="search"
            value={q}
            placeholder={t("catalogue.searchHint")}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
      </search>
      <ErrorBox error={error} />
      {!data && !error ? <Loading /> : null}
      {data ? (
        <p aria-live="polite" className="muted">
          {services.length === 0 ? t("catalogue.nothing") : t("catalogue.found", { n: services.length })}
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.situation} aria-labelledby={`group-${g.situation}`}>
          <h2 id={`group-${g.situation}`}>{t(`situation.${g.situation}`)}</h2>
          <ul className="cards">
            {g.items.map((s) => (
              <li key={s.code}>
                <Link href={`/services/${s.code}`}>{s.title}</Link>
                <ul className="tags" aria-label={t("catalogue.channels")}>
                  {s.channels.includes("portal") ? <li>{t("catalogue.online")}</li> : null}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
