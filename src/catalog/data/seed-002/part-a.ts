/** Seed 002 (Kyzylorda akimat resolution No. 1114 of 14.05.2018), regulations 1–8 in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as adoptionCandidateRegistration } from "./adoption-candidate-registration.ts";
import { version as guardianAllowance } from "./guardian-allowance.ts";
import { version as guardianshipCertificate } from "./guardianship-certificate.ts";
import { version as guardianshipEstablishment } from "./guardianship-establishment.ts";
import { version as minorPropertyCertificates } from "./minor-property-certificates.ts";
import { version as minorPropertyTransactionsCertificate } from "./minor-property-transactions-certificate.ts";
import { version as patronagePayment } from "./patronage-payment.ts";
import { version as patronagePlacement } from "./patronage-placement.ts";

export const versions: SeedVersion[] = [
  { service: "guardianship-certificate", version: guardianshipCertificate },
  { service: "guardianship-establishment", version: guardianshipEstablishment },
  { service: "minor-property-certificates", version: minorPropertyCertificates },
  { service: "minor-property-transactions-certificate", version: minorPropertyTransactionsCertificate },
  { service: "guardian-allowance", version: guardianAllowance },
  { service: "patronage-placement", version: patronagePlacement },
  { service: "patronage-payment", version: patronagePayment },
  { service: "adoption-candidate-registration", version: adoptionCandidateRegistration },
];
