/**
 * The signed result documents of a case (GET /api/v1/citizen/cases/:id/documents): download the PDF and
 * its CMS, verify it. A server without the documents API (404) simply shows no list.
 */
import { useTranslation } from "react-i18next";
import { ApiError, getJson } from "../api.ts";
import type { ResultDocument } from "../api-types.ts";
import { currentLang } from "../i18n.ts";
import { Link } from "../router.tsx";
import { formatDateTime, useLoad, useText } from "../ui.tsx";

export function Results({ caseId, heading }: { caseId: string; heading: "h2" | "h3" }) {
  const { t } = useTranslation();
  const text = useText();
  const [docs] = useLoad(
    () =>
      getJson<ResultDocument[] | { items: ResultDocument[] }>(
        `/api/v1/citizen/cases/${encodeURIComponent(caseId)}/documents`,
      )
        .then((d) => (Array.isArray(d) ? d : d.items))
        .catch((e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        }),
    [caseId],
  );
  if (!docs || docs.length === 0) return null;
  const H = heading;
  return (
    <section aria-labelledby={`results-${caseId}`}>
      <H id={`results-${caseId}`}>{t("cabinet.results")}</H>
      <ul>
        {docs.map((d) => (
          <li key={d.id} data-document-id={d.id}>
            {text(d.title)} <code>{d.number}</code>{" "}
            <span className="muted">{formatDateTime(d.signedAt, currentLang())}</span>
            <br />
            <a href={`/api/v1/documents/${encodeURIComponent(d.id)}/pdf`} download={`${d.number}.pdf`}>
              {t("cabinet.download")}
            </a>{" "}
            ·{" "}
            <a href={`/api/v1/documents/${encodeURIComponent(d.id)}/signature`} download={`${d.number}.p7s`}>
              {t("cabinet.signature")}
            </a>{" "}
            · <Link href={`/verify/${encodeURIComponent(d.id)}`}>{t("cabinet.verify")}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
