/** The republican data bank, candidates, agencies, guardianship orders and reminders. See README.md. */
export * from "./access.ts";
export * from "./agencies.ts";
export * from "./bank.ts";
export * from "./candidates.ts";
export { CLOSE_EFFECTS, registryAfterClose } from "./engine-link.ts";
export * from "./guardianship.ts";
export * from "./reminders.ts";
export { type CountRow, candidatesByKind, childrenByStatusAndRegion, placementsPerMonth } from "./reports.ts";
export { getSetting, setSetting } from "./settings.ts";
export { cite, SOURCES } from "./sources.ts";
