/** Seed 003, part B: order No. 414 (2022), list item 3 — six services with list annexes 11, 13–20, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as campVoucher } from "./camp-voucher.ts";
import { version as childOpinionDecision } from "./child-opinion-decision.ts";
import { version as fosterFamilyPlacement } from "./foster-family-placement.ts";
import { version as parentMeetingPermission } from "./parent-meeting-permission.ts";
import { version as ruralSchoolTransport } from "./rural-school-transport.ts";
import { version as schoolMeals } from "./school-meals.ts";

export const versions: SeedVersion[] = [
  { service: "foster-family-placement", version: fosterFamilyPlacement },
  { service: "parent-meeting-permission", version: parentMeetingPermission },
  { service: "rural-school-transport", version: ruralSchoolTransport },
  { service: "school-meals", version: schoolMeals },
  { service: "camp-voucher", version: campVoucher },
  { service: "child-opinion-decision", version: childOpinionDecision },
];
