/** The header every workspace shares: skip link, brand with its tagline, the menu, the language switch. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LangSwitch } from "./lang-switch.tsx";
import { Link } from "./router.tsx";

export function TopBar({
  home,
  tagline,
  navLabel,
  className = "top",
  children,
}: {
  home: string;
  tagline: string;
  navLabel: string;
  className?: string;
  /** the menu's <li> items */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className={className}>
        <div className="brand">
          <Link href={home} className="brand-name" translate="no">
            {t("app.name")}
          </Link>
          <span className="tagline">{tagline}</span>
        </div>
        <nav aria-label={navLabel}>
          <ul>{children}</ul>
        </nav>
        <LangSwitch />
      </header>
    </>
  );
}
