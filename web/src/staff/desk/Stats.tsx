/** The queue's statistics for a day (/staff/desk/stats): per service and in total, against the standard's maximums. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import { todayInKazakhstan } from "../../region.ts";
import { ErrorBox, Field, Loading, type Text3, useLoad, useText } from "../../ui.tsx";
import type { Limits } from "./desk-types.ts";
import { DeskTabs, LimitsNote } from "./shared.tsx";

interface Counts {
  taken: number;
  waiting: number;
  served: number;
  noShow: number;
  avgWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  overWait: number;
  avgServiceMinutes: number | null;
  maxServiceMinutes: number | null;
  overService: number;
}

interface DayStats {
  day: string;
  totals: Counts;
  services: (Counts & { serviceCode: string; serviceTitle: Text3; limits: Limits })[];
}

export default function Stats() {
  const { t } = useTranslation();
  const text = useText();
  const [day, setDay] = useState(todayInKazakhstan());
  const [stats, error] = useLoad(() => getJson<DayStats>(`/api/v1/queue/stats?day=${day}`), [day]);
  const mins = (n: number | null) => (n === null ? "—" : t("desk.minutes", { n }));
  const cells = (c: Counts) => (
    <>
      <td>{c.taken}</td>
      <td>{c.waiting}</td>
      <td>{c.served}</td>
      <td>{c.noShow}</td>
      <td>{mins(c.avgWaitMinutes)}</td>
      <td>{mins(c.maxWaitMinutes)}</td>
      <td className={c.overWait > 0 ? "over" : undefined}>{c.overWait}</td>
      <td>{mins(c.avgServiceMinutes)}</td>
      <td>{mins(c.maxServiceMinutes)}</td>
      <td className={c.overService > 0 ? "over" : undefined}>{c.overService}</td>
    </>
  );
  return (
    <section>
      <DeskTabs current="/staff/desk/stats" />
      <h1>{t("desk.stats.title")}</h1>
      <Field id="stats-day" label={t("desk.stats.day")}>
        <input
          id="stats-day"
          type="date"
          value={day}
          max={todayInKazakhstan()}
          onChange={(e) => e.target.value && setDay(e.target.value)}
        />
      </Field>
      <ErrorBox error={error} />
      {!stats ? (
        <Loading />
      ) : stats.totals.taken === 0 ? (
        <p>{t("desk.stats.none")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="stats-table">
              <thead>
                <tr>
                  <th scope="col">{t("desk.stats.service")}</th>
                  <th scope="col">{t("desk.stats.taken")}</th>
                  <th scope="col">{t("desk.stats.waiting")}</th>
                  <th scope="col">{t("desk.stats.served")}</th>
                  <th scope="col">{t("desk.stats.noShow")}</th>
                  <th scope="col">{t("desk.stats.avgWait")}</th>
                  <th scope="col">{t("desk.stats.maxWait")}</th>
                  <th scope="col">{t("desk.stats.overWait")}</th>
                  <th scope="col">{t("desk.stats.avgService")}</th>
                  <th scope="col">{t("desk.stats.maxService")}</th>
                  <th scope="col">{t("desk.stats.overService")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.services.map((s) => (
                  <tr key={s.serviceCode} data-service={s.serviceCode}>
                    <th scope="row">{text(s.serviceTitle)}</th>
                    {cells(s)}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("desk.stats.total")}</th>
                  {cells(stats.totals)}
                </tr>
              </tbody>
            </table>
          </div>
          <h2>{t("desk.stats.limits")}</h2>
          <ul>
            {stats.services.map((s) => (
              <li key={s.serviceCode}>
                {text(s.serviceTitle)}
                <LimitsNote limits={s.limits} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
