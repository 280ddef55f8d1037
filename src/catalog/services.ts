/**
 * The 26 services of the source acts and their stable codes (shared/domain/SERVICES.md).
 * Titles come from the newest version's act (see catalog.ts).
 */
import type { Sphere } from "./vocabulary.ts";

export const SERVICES: ReadonlyArray<{ code: string; sphere: Sphere }> = [
  { code: "guardianship-certificate", sphere: "family_children" },
  { code: "guardianship-establishment", sphere: "family_children" },
  { code: "minor-property-certificates", sphere: "family_children" },
  { code: "minor-property-transactions-certificate", sphere: "family_children" },
  { code: "guardian-allowance", sphere: "family_children" },
  { code: "patronage-placement", sphere: "family_children" },
  { code: "patronage-payment", sphere: "family_children" },
  { code: "adoption-candidate-registration", sphere: "family_children" },
  { code: "adoption-one-time-payment", sphere: "family_children" },
  { code: "parent-meeting-permission", sphere: "family_children" },
  { code: "foster-family-placement", sphere: "family_children" },
  { code: "rural-school-transport", sphere: "family_children" },
  { code: "school-meals", sphere: "family_children" },
  { code: "camp-voucher", sphere: "family_children" },
  { code: "health-insurance-data-update", sphere: "family_children" },
  { code: "adoption-agency-accreditation", sphere: "family_children" },
  { code: "child-opinion-decision", sphere: "family_children" },
  { code: "unemployed-registration", sphere: "social_labour" },
  { code: "nuclear-test-victims", sphere: "social_labour" },
  { code: "unemployed-certificate", sphere: "social_labour" },
  { code: "child-benefit-under-18", sphere: "social_labour" },
  { code: "targeted-social-assistance", sphere: "social_labour" },
  { code: "disabled-child-home-education", sphere: "social_labour" },
  { code: "rural-specialist-fuel-assistance", sphere: "social_labour" },
  { code: "tsa-recipient-certificate", sphere: "social_labour" },
  { code: "oralman-status", sphere: "social_labour" },
];
