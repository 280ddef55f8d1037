/**
 * The NCA RK certificate profile: subject attributes by OID and the role OIDs
 * carried in extended key usage.
 */
import { x509 } from "./engine.ts";

export const OID = {
  serialNumber: "2.5.4.5",
  commonName: "2.5.4.3",
  surname: "2.5.4.4",
  givenName: "2.5.4.42",
  country: "2.5.4.6",
  organization: "2.5.4.10",
  organizationalUnit: "2.5.4.11",
  /** NCA: the holder is an individual. */
  individual: "1.2.398.3.3.4.1.1",
  /** NCA: the holder acts for a legal entity (organisation). */
  organisation: "1.2.398.3.3.4.1.2",
  /** NCA: first head of the organisation. */
  head: "1.2.398.3.3.4.1.2.1",
  /** NCA: an employee with the right to sign. */
  signer: "1.2.398.3.3.4.1.2.2",
  /** NCA: an employee (no right to sign on the organisation's behalf). */
  employee: "1.2.398.3.3.4.1.2.5",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  emailProtection: "1.3.6.1.5.5.7.3.4",
} as const;

export type NcaRole = "individual" | "organisation" | "head" | "signer" | "employee";
export type OrgRole = "head" | "signer" | "employee";
export type KeyPurpose = "signing" | "auth";

export const ROLE_OIDS: Readonly<Record<NcaRole, string>> = {
  individual: OID.individual,
  organisation: OID.organisation,
  head: OID.head,
  signer: OID.signer,
  employee: OID.employee,
};

/** Who a certificate is issued to. */
export interface Holder {
  iin: string;
  surname: string;
  givenName: string;
  patronymic?: string;
  /** An organisation's employee: the organisation's BIN, name and the holder's role. */
  organisation?: { bin: string; name: string; role: OrgRole };
}

/**
 * An organisation's seal: the certificate of a legal entity's information system that signs
 * automated results (no person, no IIN): CN and O the organisation's name, OU=BIN…, role "organisation".
 */
export interface SealHolder {
  seal: { bin: string; name: string };
}

export function isSeal(holder: Holder | SealHolder): holder is SealHolder {
  return "seal" in holder;
}

/** What a certificate says about its holder. */
export interface CertificateSubject {
  iin: string | null;
  bin: string | null;
  commonName: string;
  surname: string | null;
  givenName: string | null;
  organisation: string | null;
  roles: NcaRole[];
  serial: string;
}

/** "ИВАНОВ Иван Иванович" → surname, given name, patronymic. */
export function splitFullName(
  full: string,
): { surname: string; givenName: string; patronymic?: string } | null {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  const [surname, givenName, ...rest] = parts;
  if (surname === undefined || givenName === undefined) return null;
  return rest.length === 0 ? { surname, givenName } : { surname, givenName, patronymic: rest.join(" ") };
}

/** The subject DN in NCA order: SERIALNUMBER, CN, SURNAME, G, C[, OU, O]. */
export function holderName(holder: Holder | SealHolder): x509.Name {
  if (isSeal(holder))
    return new x509.Name([
      { [OID.commonName]: [{ utf8String: holder.seal.name }] },
      { [OID.country]: [{ printableString: "KZ" }] },
      { [OID.organizationalUnit]: [{ printableString: `BIN${holder.seal.bin}` }] },
      { [OID.organization]: [{ utf8String: holder.seal.name }] },
    ]);
  const surname = holder.surname.toUpperCase();
  const name: x509.JsonNameParams = [
    { [OID.serialNumber]: [{ printableString: `IIN${holder.iin}` }] },
    { [OID.commonName]: [{ utf8String: `${surname} ${holder.givenName.toUpperCase()}` }] },
    { [OID.surname]: [{ utf8String: surname }] },
    { [OID.givenName]: [{ utf8String: (holder.patronymic ?? holder.givenName).toUpperCase() }] },
    { [OID.country]: [{ printableString: "KZ" }] },
  ];
  if (holder.organisation) {
    name.push({ [OID.organizationalUnit]: [{ printableString: `BIN${holder.organisation.bin}` }] });
    name.push({ [OID.organization]: [{ utf8String: holder.organisation.name }] });
  }
  return new x509.Name(name);
}

/** Roles of a holder as EKU OIDs, in NCA order. */
export function holderRoles(holder: Holder | SealHolder): NcaRole[] {
  if (isSeal(holder)) return ["organisation"];
  if (!holder.organisation) return ["individual"];
  return ["organisation", holder.organisation.role];
}

function first(name: x509.Name, oid: string): string | null {
  return name.getField(oid)[0] ?? null;
}

/** Reads the NCA profile back from a certificate. */
export function readSubject(certificate: x509.X509Certificate): CertificateSubject {
  const name = certificate.subjectName;
  const sn = first(name, OID.serialNumber);
  const ou = name.getField(OID.organizationalUnit).find((v) => /^BIN\d{12}$/.test(v)) ?? null;
  const eku = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  const usages = new Set<string>((eku?.usages ?? []).map(String));
  const roles = (Object.keys(ROLE_OIDS) as NcaRole[]).filter((r) => usages.has(ROLE_OIDS[r]));
  return {
    iin: sn !== null && /^IIN\d{12}$/.test(sn) ? sn.slice(3) : null,
    bin: ou === null ? null : ou.slice(3),
    commonName: first(name, OID.commonName) ?? "",
    surname: first(name, OID.surname),
    givenName: first(name, OID.givenName),
    organisation: first(name, OID.organization),
    roles,
    serial: certificate.serialNumber.toLowerCase(),
  };
}

/** "signing" when the key usage has nonRepudiation, "auth" when keyEncipherment without it, else null. */
export function keyPurpose(certificate: x509.X509Certificate): KeyPurpose | null {
  const ku = certificate.getExtension(x509.KeyUsagesExtension);
  if (!ku) return null;
  const f = ku.usages;
  if (f & x509.KeyUsageFlags.nonRepudiation && f & x509.KeyUsageFlags.digitalSignature) return "signing";
  if (f & x509.KeyUsageFlags.keyEncipherment && f & x509.KeyUsageFlags.digitalSignature) return "auth";
  return null;
}
