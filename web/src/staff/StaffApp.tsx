/**
 * The staff workspaces' frame (/staff/…): header with the menu of the signed-in member's workspaces,
 * the language switch, who is signed in and for which organisation; one lazily loaded page per route.
 * A page needs a session (else the sign-in form, which comes back here) and one of its roles.
 */
import { lazy, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMainFocus } from "../main-focus.ts";
import { Link, match, navigate } from "../router.tsx";
import { TopBar } from "../top-bar.tsx";
import { Loading, useText } from "../ui.tsx";
import { deskWorkspace } from "./desk/workspace.tsx";
import { hasRole, type StaffRole, StaffSessionProvider, useStaff } from "./session.tsx";
import { supervisionWorkspace } from "./supervision/workspace.tsx";
import { workWorkspace } from "./work/workspace.tsx";
import type { StaffNavItem, StaffRoute } from "./workspace.ts";

const SignIn = lazy(() => import("./SignIn.tsx"));
const Home = lazy(() => import("./Home.tsx"));

const WORKSPACES = [workWorkspace, deskWorkspace, supervisionWorkspace];
const ROUTES: StaffRoute[] = WORKSPACES.flatMap((w) => w.routes);
export const NAV: StaffNavItem[] = WORKSPACES.flatMap((w) => w.nav);

export default function StaffApp({ path }: { path: string }) {
  return (
    <StaffSessionProvider>
      <Frame path={path} />
    </StaffSessionProvider>
  );
}

function Frame({ path }: { path: string }) {
  const { t } = useTranslation();
  const text = useText();
  const { me, signOut } = useStaff();
  const main = useMainFocus(path);
  const nav = NAV.filter((n) => hasRole(me, n.roles));

  return (
    <>
      <TopBar
        home="/staff"
        tagline={t("staff.tagline")}
        navLabel={t("staff.navLabel")}
        className="top staff-top"
      >
        <li>
          <Link href="/staff" aria-current={path === "/staff" ? "page" : undefined}>
            {t("staff.home")}
          </Link>
        </li>
        {nav.map((n) => (
          <li key={n.href}>
            <Link href={n.href} aria-current={path.startsWith(n.href) ? "page" : undefined}>
              {t(n.label)}
            </Link>
          </li>
        ))}
        {me ? (
          <li>
            <button type="button" className="link" onClick={() => signOut().then(() => navigate("/staff"))}>
              {t("staff.signOut")}
            </button>
          </li>
        ) : null}
      </TopBar>
      {me ? (
        <p className="whoami">
          {t("staff.signedInAs")} <span translate="no">{me.actor.fullName}</span>
          {" · "}
          {me.actor.roles.map((r) => t(`staff.roles.${r}`)).join(", ")}
          {me.provider ? (
            <>
              {" · "}
              {text(me.provider.name)}
            </>
          ) : null}
        </p>
      ) : null}
      <main id="main" ref={main} tabIndex={-1} className="staff-main">
        <Page path={path} />
      </main>
    </>
  );
}

function Page({ path }: { path: string }) {
  const { t } = useTranslation();
  const { me } = useStaff();
  if (me === undefined) return <Loading />;
  if (path === "/staff/sign-in") return <SignIn />;
  if (me === null) return <SignIn needed={path !== "/staff"} next={path} />;
  if (path === "/staff" || path === "/staff/") return <Home nav={NAV} />;
  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (!params) continue;
    if (!hasRole(me, route.roles)) return <Forbidden />;
    return <>{route.render(params)}</>;
  }
  return (
    <section>
      <h1>{t("common.notFound")}</h1>
      <p>
        <Link href="/staff">{t("staff.home")}</Link>
      </p>
    </section>
  );
}

function Forbidden(): ReactNode {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t("staff.forbiddenTitle")}</h1>
      <p>{t("staff.forbiddenText")}</p>
      <p>
        <Link href="/staff">{t("staff.home")}</Link>
      </p>
    </section>
  );
}

export type { StaffRole };
