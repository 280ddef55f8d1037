/**
 * What a staff workspace contributes to the staff frame: its pages (pattern → page, lazily loaded)
 * and its entries in the menu, each for the roles that work there. A workspace lives in its own
 * folder (work/, desk/, supervision/) with its own dictionaries; StaffApp only concatenates them.
 */
import type { ReactNode } from "react";
import type { StaffRole } from "./session.tsx";

export interface StaffRoute {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  /** who may open it; the API checks again */
  roles: readonly StaffRole[];
}

export interface StaffNavItem {
  href: string;
  /** an i18n key */
  label: string;
  roles: readonly StaffRole[];
}

export interface Workspace {
  routes: StaffRoute[];
  nav: StaffNavItem[];
}

/** The roles of a provider's own people (the workstation). */
export const PROVIDER_ROLES: readonly StaffRole[] = [
  "office_clerk",
  "head",
  "responsible_executor",
  "department_head",
  "akim",
  "akim_specialist",
];
