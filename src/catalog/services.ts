/**
 * The 26 services of the source acts and their stable codes (shared/domain/SERVICES.md).
 * Titles come from the newest version's act (see catalog.ts).
 */
import type { LifeSituation, Sphere } from "./vocabulary.ts";

export const SERVICES: ReadonlyArray<{
  code: string;
  sphere: Sphere;
  /** Where the portal lists it (several allowed). */
  lifeSituations: readonly LifeSituation[];
}> = [
  { code: "guardianship-certificate", sphere: "family_children", lifeSituations: ["child_without_care"] },
  { code: "guardianship-establishment", sphere: "family_children", lifeSituations: ["child_without_care"] },
  { code: "minor-property-certificates", sphere: "family_children", lifeSituations: ["child_without_care"] },
  {
    code: "minor-property-transactions-certificate",
    sphere: "family_children",
    lifeSituations: ["child_without_care"],
  },
  {
    code: "guardian-allowance",
    sphere: "family_children",
    lifeSituations: ["child_without_care", "social_support"],
  },
  { code: "patronage-placement", sphere: "family_children", lifeSituations: ["child_without_care"] },
  {
    code: "patronage-payment",
    sphere: "family_children",
    lifeSituations: ["child_without_care", "social_support"],
  },
  { code: "adoption-candidate-registration", sphere: "family_children", lifeSituations: ["adoption"] },
  {
    code: "adoption-one-time-payment",
    sphere: "family_children",
    lifeSituations: ["adoption", "social_support"],
  },
  { code: "parent-meeting-permission", sphere: "family_children", lifeSituations: ["child_without_care"] },
  { code: "foster-family-placement", sphere: "family_children", lifeSituations: ["child_without_care"] },
  { code: "rural-school-transport", sphere: "family_children", lifeSituations: ["school"] },
  { code: "school-meals", sphere: "family_children", lifeSituations: ["school"] },
  { code: "camp-voucher", sphere: "family_children", lifeSituations: ["school"] },
  { code: "health-insurance-data-update", sphere: "family_children", lifeSituations: ["child_without_care"] },
  { code: "adoption-agency-accreditation", sphere: "family_children", lifeSituations: ["adoption"] },
  {
    code: "child-opinion-decision",
    sphere: "family_children",
    lifeSituations: ["child_without_care", "adoption"],
  },
  { code: "unemployed-registration", sphere: "social_labour", lifeSituations: ["unemployment"] },
  { code: "nuclear-test-victims", sphere: "social_labour", lifeSituations: ["social_support"] },
  { code: "unemployed-certificate", sphere: "social_labour", lifeSituations: ["unemployment"] },
  { code: "child-benefit-under-18", sphere: "social_labour", lifeSituations: ["social_support"] },
  {
    code: "targeted-social-assistance",
    sphere: "social_labour",
    lifeSituations: ["social_support", "unemployment"],
  },
  {
    code: "disabled-child-home-education",
    sphere: "social_labour",
    lifeSituations: ["school", "social_support"],
  },
  { code: "rural-specialist-fuel-assistance", sphere: "social_labour", lifeSituations: ["social_support"] },
  { code: "tsa-recipient-certificate", sphere: "social_labour", lifeSituations: ["social_support"] },
  { code: "oralman-status", sphere: "social_labour", lifeSituations: ["social_support"] },
];
