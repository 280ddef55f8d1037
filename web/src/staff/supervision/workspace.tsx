/** The supervision workspace's pages and menu entries (see ../workspace.ts): the dashboard, lazily loaded. */
import { lazy, Suspense } from "react";
import { Loading } from "../../ui.tsx";
import type { StaffRole } from "../session.tsx";
import type { Workspace } from "../workspace.ts";

const Dashboard = lazy(() => import("./Dashboard.tsx"));
const ROLES: readonly StaffRole[] = ["supervisor", "administrator"];

export const supervisionWorkspace: Workspace = {
  routes: [
    {
      pattern: "/staff/supervision",
      roles: ROLES,
      render: () => (
        <Suspense fallback={<Loading />}>
          <Dashboard />
        </Suspense>
      ),
    },
  ],
  nav: [{ href: "/staff/supervision", label: "supervision.title", roles: ROLES }],
};
