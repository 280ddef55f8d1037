/** The organisation as the rest of the system sees it (rows of src/org's tables, parsed). */
import { z } from "zod";
import { ProviderKind } from "../catalog/vocabulary.ts";
import type { StaffRole } from "../core/actor.ts";
import type { Sex } from "../iin/iin.ts";
import type { Text3 } from "../store/tables.ts";

/** What an organisation is: a catalogue provider kind, or a State Corporation branch (intake only). */
export const OrgKind = z.enum([...ProviderKind.options, "state_corporation_branch"]);
export type OrgKind = z.infer<typeof OrgKind>;

export type { Text3 };

export interface Region {
  code: string;
  /** Nine-digit KATO code of the region. */
  kato: string;
  name: Text3;
}

export interface District {
  id: string;
  regionCode: string;
  /** Nine digits starting with the region's KATO prefix (synthetic in the demo). */
  kato: string;
  name: Text3;
}

export interface Provider {
  /** Short code used in incoming numbers: `<provider>-<year>-<sequence>`. */
  id: string;
  kind: OrgKind;
  regionCode: string;
  /** Null at region (or republic) level. */
  districtId: string | null;
  bin: string;
  name: Text3;
  address: Text3;
}

export interface StaffMember {
  id: string;
  login: string;
  fullName: string;
  iin: string;
  providerId: string | null;
  regionCode: string | null;
  roles: StaffRole[];
  active: boolean;
}

export interface Citizen {
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string | null;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  regionCode: string;
  districtId: string | null;
  phone: string | null;
  address: string;
}
