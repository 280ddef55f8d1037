/**
 * Demo key files: the test certification authority (created on first start)
 * issues signing keys to a few citizens of the demo population as PKCS#12 key
 * files (as the NCA issues them) under `<pki dir>/keys/`, named by IIN. RSA key generation takes ~0.1 s a key,
 * so the demo gives keys to a handful of people; `qyzmet pki issue` makes more.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { writePkcs12 } from "../pki/pkcs12.ts";
import { initCa, issue, loadCa, type PkiLocation, pkiDir } from "../pki/store.ts";
import { trustFromPkiDir } from "../portal/trust.ts";
import type { Database } from "../store/tables.ts";
import type { DemoSigning } from "./cases.ts";
import { caStaffKeys, type StaffKeys, writeStaffKeyFiles } from "./staff-keys.ts";

export const DEMO_KEY_PASSWORD = "qyzmet-demo";

/** Creates the CA if the directory has none; true when it was created now. */
export async function ensureCa(location: PkiLocation): Promise<boolean> {
  if (existsSync(join(pkiDir(location), "ca.pem"))) return false;
  await initCa(location);
  return true;
}

export async function issueDemoKeyFiles(
  db: Kysely<Database>,
  location: PkiLocation,
  count = 5,
): Promise<string[]> {
  const dir = join(pkiDir(location), "keys");
  mkdirSync(dir, { recursive: true });
  const people = await db
    .selectFrom("citizens")
    .select(["iin", "surname", "given_name", "patronymic"])
    .where("region_code", "=", "kyzylorda")
    .where("birth_date", "<", "2005-01-01")
    .where("phone", "is not", null)
    .orderBy("iin")
    .limit(count)
    .execute();
  const written: string[] = [];
  for (const p of people) {
    const path = join(dir, `${p.iin}.p12`);
    if (existsSync(path)) continue;
    const material = await issue(
      {
        holder: {
          iin: p.iin,
          surname: p.surname,
          givenName: p.given_name,
          ...(p.patronymic ? { patronymic: p.patronymic } : {}),
        },
        purpose: "signing",
      },
      location,
    );
    writeFileSync(path, await writePkcs12(material, DEMO_KEY_PASSWORD), { mode: 0o600 });
    written.push(path);
  }
  return written;
}

/** The demo's signing: the CA of `dir`, its trust (CRL from crl.json) and the heads' keys it issues. */
export async function demoSigning(dir: string): Promise<DemoSigning & { keys: StaffKeys }> {
  const ca = await loadCa({ dir });
  return { ca, trust: await trustFromPkiDir(dir), keys: caStaffKeys(ca) };
}

/**
 * Key files for the heads (and akims) of the first Kyzylorda district's providers, the ones the
 * README suggests, so a person can sign a result by hand: `<dir>/<login>.p12`.
 */
export async function writeDemoHeadKeyFiles(
  db: Kysely<Database>,
  signing: { keys: StaffKeys },
  dir: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("staff")
    .innerJoin("providers", "providers.id", "staff.provider_id")
    .select([
      "staff.id",
      "staff.login",
      "staff.iin",
      "staff.full_name",
      "staff.roles",
      "providers.bin",
      "providers.name",
    ])
    .where("staff.provider_id", "like", "KZO-D01-%")
    .orderBy("staff.login")
    .execute();
  const heads = rows
    .filter((r) => (r.roles as string[]).some((x) => x === "head" || x === "akim"))
    .map((r) => ({
      staffId: r.id,
      login: r.login,
      iin: r.iin,
      fullName: r.full_name,
      provider: { bin: r.bin, name: r.name.ru },
    }));
  return writeStaffKeyFiles(signing.keys, dir, heads, DEMO_KEY_PASSWORD);
}
