/** Seed 003 part A: order No. 414, list items 1–3 (first five services) and list annexes 1–7, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as adoptionAgencyAccreditation } from "./adoption-agency-accreditation.ts";

export const versions: SeedVersion[] = [{ service: "adoption-agency-accreditation", version: adoptionAgencyAccreditation }];
