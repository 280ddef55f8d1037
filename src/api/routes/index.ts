/**
 * The route plugins, one per area. buildServer registers every export of this
 * file, so adding an area is one line here:
 *
 *   export { caseRoutes } from "./cases.ts";
 */
export { authRoutes } from "./auth.ts";
export { caseRoutes } from "./cases.ts";
export { citizenRoutes } from "./citizens.ts";
export { complaintRoutes } from "./complaints.ts";
export { demoRoutes } from "./demo.ts";
export { documentRoutes } from "./documents.ts";
export { healthRoutes } from "./health.ts";
export { monitoringRoutes } from "./monitoring.ts";
export { placeRoutes } from "./places.ts";
export { portalRoutes } from "./portal.ts";
export { queueRoutes } from "./queue.ts";
export { registryRoutes } from "./registries.ts";
export { regulationRoutes } from "./regulations.ts";
export { serviceRoutes } from "./services.ts";
export { supervisionRoutes } from "./supervision.ts";
export { waiverRoutes } from "./waivers.ts";
export { webRoutes } from "./web.ts";
export { workRoutes } from "./work.ts";
