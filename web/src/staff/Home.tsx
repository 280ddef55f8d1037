/** The staff home: who is signed in, for which organisation, and the workspaces of their roles. */
import { useTranslation } from "react-i18next";
import { Link } from "../router.tsx";
import { useText } from "../ui.tsx";
import { hasRole, useStaff } from "./session.tsx";
import type { StaffNavItem } from "./workspace.ts";

export default function Home({ nav }: { nav: StaffNavItem[] }) {
  const { t } = useTranslation();
  const text = useText();
  const { me } = useStaff();
  if (!me) return null;
  const mine = nav.filter((n) => hasRole(me, n.roles));
  return (
    <section>
      <h1>{t("staff.homeTitle")}</h1>
      <dl className="facts">
        <dt>{t("staff.roleLabel")}</dt>
        <dd>{me.actor.roles.map((r) => t(`staff.roles.${r}`)).join(", ")}</dd>
        {me.provider ? (
          <>
            <dt>{t("staff.organisation")}</dt>
            <dd>{text(me.provider.name)}</dd>
          </>
        ) : null}
        {me.actor.regionCode ? (
          <>
            <dt>{t("staff.region")}</dt>
            <dd>
              <code>{me.actor.regionCode}</code>
            </dd>
          </>
        ) : null}
      </dl>
      {mine.length > 0 ? (
        <>
          <p>{t("staff.homeIntro")}</p>
          <ul className="workspaces">
            {mine.map((n) => (
              <li key={n.href}>
                <Link href={n.href}>{t(n.label)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("staff.noWorkspace")}</p>
      )}
    </section>
  );
}
