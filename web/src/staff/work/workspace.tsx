/** The work workspace's pages and menu entries (see ../workspace.ts). */
import type { Workspace } from "../workspace.ts";

export const workWorkspace: Workspace = { routes: [], nav: [] };
