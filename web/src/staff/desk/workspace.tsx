/** The desk workspace's pages and menu entries (see ../workspace.ts); each page its own chunk. */
import { lazy } from "react";
import type { Workspace } from "../workspace.ts";

const Queue = lazy(() => import("./Queue.tsx"));
const Intake = lazy(() => import("./Intake.tsx"));
const Results = lazy(() => import("./Results.tsx"));
const Stats = lazy(() => import("./Stats.tsx"));

const OPERATOR = ["state_corporation_operator"] as const;

export const deskWorkspace: Workspace = {
  routes: [
    { pattern: "/staff/desk", render: () => <Queue />, roles: OPERATOR },
    { pattern: "/staff/desk/intake", render: () => <Intake />, roles: OPERATOR },
    { pattern: "/staff/desk/results", render: () => <Results />, roles: OPERATOR },
    { pattern: "/staff/desk/stats", render: () => <Stats />, roles: OPERATOR },
  ],
  nav: [{ href: "/staff/desk", label: "desk.title", roles: OPERATOR }],
};
