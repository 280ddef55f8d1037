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
import { initCa, issue, type PkiLocation, pkiDir } from "../pki/store.ts";
import type { Database } from "../store/tables.ts";

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
