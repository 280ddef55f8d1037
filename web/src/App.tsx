/** The portal's frame: header with the menu and the language switch, one lazily loaded page per route. */
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useMainFocus } from "./main-focus.ts";
import { Link, match, navigate, useLocation } from "./router.tsx";
import { useSession } from "./session.tsx";
import { TopBar } from "./top-bar.tsx";
import { Loading } from "./ui.tsx";

const Catalogue = lazy(() => import("./pages/Catalogue.tsx"));
const Passport = lazy(() => import("./pages/Passport.tsx"));
const Apply = lazy(() => import("./pages/Apply.tsx"));
const SignIn = lazy(() => import("./pages/SignIn.tsx"));
const Register = lazy(() => import("./pages/Register.tsx"));
const Cabinet = lazy(() => import("./pages/Cabinet.tsx"));
const CaseView = lazy(() => import("./pages/CaseView.tsx"));
const Verify = lazy(() => import("./pages/Verify.tsx"));
const RegulationsList = lazy(() => import("./regulations/RegulationsList.tsx"));
const RegulationService = lazy(() => import("./regulations/RegulationService.tsx"));
/** The staff workspaces (/staff/…): their own frame and chunks; the portal never loads them. */
const StaffApp = lazy(() => import("./staff/StaffApp.tsx"));
/** The State Corporation branch hall's ticket kiosk (public; the desk workspace's chunk). */
const Kiosk = lazy(() => import("./staff/desk/Kiosk.tsx"));

/** Pattern → page; the first that matches renders. */
const ROUTES: [string, (p: Record<string, string>) => ReactNode][] = [
  ["/", () => <Catalogue />],
  ["/services/:code", (p) => <Passport code={p.code ?? ""} />],
  ["/services/:code/apply", (p) => <Apply code={p.code ?? ""} />],
  ["/sign-in", () => <SignIn />],
  ["/register", () => <Register />],
  ["/cabinet", () => <Cabinet />],
  ["/cabinet/cases/:id", (p) => <CaseView id={p.id ?? ""} />],
  ["/verify", () => <Verify />],
  ["/verify/:id", (p) => <Verify id={p.id ?? ""} />],
  ["/regulations", () => <RegulationsList />],
  ["/regulations/:code", (p) => <RegulationService code={p.code ?? ""} />],
];

function Page({ path }: { path: string }) {
  const { t } = useTranslation();
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <>{render(params)}</>;
  }
  return (
    <section>
      <h1>{t("common.notFound")}</h1>
      <p>
        <Link href="/">{t("common.toCatalogue")}</Link>
      </p>
    </section>
  );
}

/** The portal at every path but /staff/…, which belongs to the staff workspaces. */
export function App() {
  const { path } = useLocation();
  if (path === "/staff" || path.startsWith("/staff/"))
    return (
      <Suspense fallback={<Loading />}>
        <StaffApp path={path} />
      </Suspense>
    );
  if (path === "/kiosk" || path.startsWith("/kiosk/")) {
    const branch = match("/kiosk/:branch", path)?.branch ?? null;
    return (
      <Suspense fallback={<Loading />}>
        <Kiosk branch={branch} />
      </Suspense>
    );
  }
  return <Portal path={path} />;
}

function Portal({ path }: { path: string }) {
  const { t } = useTranslation();
  const { citizen, signOut } = useSession();
  const main = useMainFocus(path);

  const current = (href: string) =>
    (href === "/" ? path === "/" || path.startsWith("/services") : path.startsWith(href))
      ? "page"
      : undefined;

  return (
    <>
      <TopBar home="/" tagline={t("app.tagline")} navLabel={t("app.nav.label")}>
        <li>
          <Link href="/" aria-current={current("/")}>
            {t("app.nav.services")}
          </Link>
        </li>
        <li>
          <Link href="/regulations" aria-current={current("/regulations")}>
            {t("regulations.nav")}
          </Link>
        </li>
        <li>
          <Link href="/cabinet" aria-current={current("/cabinet")}>
            {t("app.nav.cabinet")}
          </Link>
        </li>
        <li>
          <Link href="/verify" aria-current={current("/verify")}>
            {t("app.nav.verify")}
          </Link>
        </li>
        {citizen ? (
          <li>
            <button type="button" className="link" onClick={() => signOut().then(() => navigate("/"))}>
              {t("app.nav.signOut")}
            </button>
          </li>
        ) : citizen === null ? (
          <li>
            <Link href="/sign-in" aria-current={current("/sign-in")}>
              {t("app.nav.signIn")}
            </Link>
          </li>
        ) : null}
      </TopBar>
      {citizen ? (
        <p className="whoami">
          {t("app.signedInAs")} <span translate="no">{citizen.fullName}</span>
        </p>
      ) : null}
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Page path={path} />
        </Suspense>
      </main>
      <footer>
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
