/** Demo only (GET /api/v1/demo/citizens answers only on the demo data): who has a key file. */
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";
import { useLoad } from "../ui.tsx";

export interface DemoCitizen {
  iin: string;
  fullName: string;
  phone: string | null;
  keyFile: string;
}

export function DemoPanel({ onPick, onAvailable }: { onPick(c: DemoCitizen): void; onAvailable?(): void }) {
  const { t } = useTranslation();
  const [data] = useLoad(
    () =>
      getJson<{ keyDir: string; items: DemoCitizen[] }>("/api/v1/demo/citizens").then(
        (d) => {
          if (d.items.length > 0) onAvailable?.();
          return d;
        },
        () => null,
      ),
    [],
  );
  if (!data || data.items.length === 0) return null;
  return (
    <aside className="demo" aria-labelledby="demo-title">
      <h2 id="demo-title">{t("auth.demoTitle")}</h2>
      <p>{t("auth.demoIntro")}</p>
      <p>
        {t("auth.demoPassword")} <code>qyzmet-demo</code>
        <br />
        {t("auth.demoKeys")} <code>{data.keyDir}</code>
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("auth.iin")}</th>
              <th scope="col">{t("auth.demoName")}</th>
              <th scope="col">{t("auth.phone")}</th>
              <th scope="col">{t("auth.demoFile")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <tr key={c.iin}>
                <td>
                  <code>{c.iin}</code>
                </td>
                <td translate="no">{c.fullName}</td>
                <td>
                  <code>{c.phone ?? "—"}</code>
                </td>
                <td>
                  <code>{c.keyFile}</code>
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => onPick(c)}>
                    {t("auth.demoUse")}
                    <span className="visually-hidden"> {c.iin}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </aside>
  );
}
