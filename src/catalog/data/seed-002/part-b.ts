/** Seed 002, regulations 9–15 of Kyzylorda regional akimat resolution No. 1114 of 14.05.2018, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as adoptionOneTimePayment } from "./adoption-one-time-payment.ts";
import { version as campVoucher } from "./camp-voucher.ts";
import { version as fosterFamilyPlacement } from "./foster-family-placement.ts";
import { version as healthInsuranceDataUpdate } from "./health-insurance-data-update.ts";
import { version as parentMeetingPermission } from "./parent-meeting-permission.ts";
import { version as ruralSchoolTransport } from "./rural-school-transport.ts";
import { version as schoolMeals } from "./school-meals.ts";

export const versions: SeedVersion[] = [
  { service: "adoption-one-time-payment", version: adoptionOneTimePayment },
  { service: "parent-meeting-permission", version: parentMeetingPermission },
  { service: "foster-family-placement", version: fosterFamilyPlacement },
  { service: "rural-school-transport", version: ruralSchoolTransport },
  { service: "school-meals", version: schoolMeals },
  { service: "camp-voucher", version: campVoucher },
  { service: "health-insurance-data-update", version: healthInsuranceDataUpdate },
];
