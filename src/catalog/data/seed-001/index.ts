/** Seed 001: West Kazakhstan akimat resolution No. 122 of 15 April 2016, Annexes 1–9, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as childBenefitUnder18 } from "./child-benefit-under-18.ts";
import { version as disabledChildHomeEducation } from "./disabled-child-home-education.ts";
import { version as nuclearTestVictims } from "./nuclear-test-victims.ts";
import { version as oralmanStatus } from "./oralman-status.ts";
import { version as ruralSpecialistFuelAssistance } from "./rural-specialist-fuel-assistance.ts";
import { version as targetedSocialAssistance } from "./targeted-social-assistance.ts";
import { version as tsaRecipientCertificate } from "./tsa-recipient-certificate.ts";
import { version as unemployedCertificate } from "./unemployed-certificate.ts";
import { version as unemployedRegistration } from "./unemployed-registration.ts";

export const versions: SeedVersion[] = [
  { service: "unemployed-registration", version: unemployedRegistration },
  { service: "nuclear-test-victims", version: nuclearTestVictims },
  { service: "unemployed-certificate", version: unemployedCertificate },
  { service: "child-benefit-under-18", version: childBenefitUnder18 },
  { service: "targeted-social-assistance", version: targetedSocialAssistance },
  { service: "disabled-child-home-education", version: disabledChildHomeEducation },
  { service: "rural-specialist-fuel-assistance", version: ruralSpecialistFuelAssistance },
  { service: "tsa-recipient-certificate", version: tsaRecipientCertificate },
  { service: "oralman-status", version: oralmanStatus },
];
