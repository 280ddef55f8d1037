/** My open tasks by due time (GET /api/v1/tasks/mine): the case, the step, working time left, overdue first. */
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import { currentLang } from "../../i18n.ts";
import { Link } from "../../router.tsx";
import { ErrorBox, formatDateTime, Loading, useLoad, useText } from "../../ui.tsx";
import { type InboxItem, useServices, useWorkingTime } from "./model.ts";
import "./work.css";

export default function Inbox() {
  const { t } = useTranslation();
  const text = useText();
  const working = useWorkingTime();
  const [data, error, reload] = useLoad(() => getJson<{ items: InboxItem[] }>("/api/v1/tasks/mine"), []);
  const services = useServices(data?.items.map((i) => i.serviceCode) ?? []);
  const lang = currentLang();
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const overdue = data.items.filter((i) => i.overdue).length;

  const stepText = (i: InboxItem) => {
    const service = services.get(i.serviceCode);
    for (const v of service?.versions ?? [])
      for (const p of v.procedures) {
        const step = p.steps.find((s) => s.id === i.task.stepId);
        if (step) return text(step.action);
      }
    return "";
  };

  return (
    <section className="work">
      <h1>{t("work.inbox.title")}</h1>
      <p>
        {t("work.inbox.count", { n: data.items.length })}
        {overdue > 0 ? (
          <>
            {" "}
            <strong className="overdue-text">{t("work.inbox.overdueCount", { n: overdue })}</strong>
          </>
        ) : null}{" "}
        <button type="button" className="secondary" onClick={reload}>
          {t("work.inbox.refresh")}
        </button>
      </p>
      {data.items.length === 0 ? (
        <p>{t("work.inbox.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="work-table">
            <caption className="visually-hidden">{t("work.inbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("work.inbox.number")}</th>
                <th scope="col">{t("work.inbox.service")}</th>
                <th scope="col">{t("work.inbox.step")}</th>
                <th scope="col">{t("work.inbox.role")}</th>
                <th scope="col">{t("work.inbox.due")}</th>
                <th scope="col">{t("work.inbox.remaining")}</th>
                <th scope="col">{t("work.inbox.caseDeadline")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr
                  key={i.task.id}
                  className={i.overdue ? "overdue-row" : undefined}
                  data-task-id={i.task.id}
                >
                  <td>
                    <Link href={`/staff/work/cases/${i.task.caseId}`}>
                      <code>{i.incomingNumber ?? i.task.caseId.slice(0, 8)}</code>
                    </Link>
                  </td>
                  <td>{text(services.get(i.serviceCode)?.titles)}</td>
                  <td>
                    {i.task.stepN ? `${i.task.stepN}. ` : ""}
                    {stepText(i)}
                  </td>
                  <td>{t(`staff.roles.${i.task.role}`)}</td>
                  <td>{formatDateTime(i.task.dueAt, lang)}</td>
                  <td className={i.overdue ? "overdue" : undefined}>
                    {i.overdue
                      ? t("work.time.overdueBy", { time: working(i.remainingWorkingMs) })
                      : working(i.remainingWorkingMs)}
                  </td>
                  <td>{formatDateTime(i.caseDeadline, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
