/** The provider workstation's pages and menu entries (see ../workspace.ts): the inbox, a case, the journals, complaints. */
import { lazy, Suspense } from "react";
import { Loading } from "../../ui.tsx";
import { PROVIDER_ROLES, type Workspace } from "../workspace.ts";

const Inbox = lazy(() => import("./Inbox.tsx"));
const CaseWork = lazy(() => import("./CaseWork.tsx"));
const Journal = lazy(() => import("./Journal.tsx"));
const Complaints = lazy(() => import("./Complaints.tsx"));

const page = (node: React.ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;

export const workWorkspace: Workspace = {
  routes: [
    { pattern: "/staff/work", roles: PROVIDER_ROLES, render: () => page(<Inbox />) },
    { pattern: "/staff/work/inbox", roles: PROVIDER_ROLES, render: () => page(<Inbox />) },
    {
      pattern: "/staff/work/cases/:id",
      roles: PROVIDER_ROLES,
      render: (p) => page(<CaseWork id={p.id ?? ""} />),
    },
    { pattern: "/staff/work/journal", roles: PROVIDER_ROLES, render: () => page(<Journal />) },
    { pattern: "/staff/work/complaints", roles: PROVIDER_ROLES, render: () => page(<Complaints />) },
  ],
  nav: [
    { href: "/staff/work/inbox", label: "work.nav.inbox", roles: PROVIDER_ROLES },
    { href: "/staff/work/journal", label: "work.nav.journal", roles: PROVIDER_ROLES },
    { href: "/staff/work/complaints", label: "work.nav.complaints", roles: PROVIDER_ROLES },
  ],
};
