/** The organisation: regions, districts, providers, staff and citizens; the demo data and its seed. */
export {
  DEMO_PASSWORD,
  type DemoOrganisation,
  demoOrganisation,
  REPUBLIC_PROVIDER_ID,
  regionPrefix,
  staffLinesFor,
} from "./demo-org.ts";
export { type CitizenRow, demoCitizens, insertCitizens, type PopulationOptions } from "./demo-population.ts";
export type { Citizen, District, Provider, Region, StaffMember } from "./model.ts";
export { OrgKind } from "./model.ts";
export {
  getCitizen,
  getDistrict,
  getProvider,
  getStaff,
  listDistricts,
  listProviders,
  listRegions,
  listStaff,
  type ProviderFilter,
  providersForService,
  REPUBLIC_KINDS,
  type ServiceProviderQuery,
  type StaffFilter,
} from "./queries.ts";
export {
  countOrganisation,
  type SeedCounts,
  type SeedOptions,
  type SeedResult,
  seedOrganisation,
} from "./seed.ts";
