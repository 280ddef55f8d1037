/** Seed 003 part A: order No. 414, list items 1–3 (first five services) and list annexes 1–7, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as adoptionAgencyAccreditation } from "./adoption-agency-accreditation.ts";
import { version as adoptionCandidateRegistration } from "./adoption-candidate-registration.ts";
import { version as guardianshipCertificate } from "./guardianship-certificate.ts";
import { version as guardianshipEstablishment } from "./guardianship-establishment.ts";
import { version as minorPropertyCertificates } from "./minor-property-certificates.ts";

export const versions: SeedVersion[] = [
  { service: "adoption-agency-accreditation", version: adoptionAgencyAccreditation },
  { service: "adoption-candidate-registration", version: adoptionCandidateRegistration },
  { service: "guardianship-certificate", version: guardianshipCertificate },
  { service: "minor-property-certificates", version: minorPropertyCertificates },
  { service: "guardianship-establishment", version: guardianshipEstablishment },
];
