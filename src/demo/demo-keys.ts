/**
 * A key file for every demo user, made when first asked for: generating an RSA-2048 key and its
 * PKCS#12 file takes ~0.6 s here (README.md "Key files"), so ~1,000 signing staff and every citizen with
 * a portal account would take minutes at start. Instead `demoKeyFiles` issues a person's file on the
 * first request (the demo route `GET /api/v1/demo/key-file`, or `qyzmet pki demo-keys` for all at once)
 * and keeps it on disk; later requests read it.
 *
 *  - citizens with a confirmed portal account: an individual's signing key, `<keys>/<IIN>.p12`;
 *  - staff: heads and akims a head's signing key (NCA role "first head"), department heads a signing key
 *    with the right to sign (role "signer"), everyone else of a provider an employee's authentication
 *    key (role "employee"; it cannot sign results), `<keys>/staff/<login>.p12`. Staff without a
 *    provider (supervisors, admin) have no organisation for OU=BIN and get none.
 *
 * Every certificate is recorded in the CA's issued.json, so `qyzmet pki revoke` works on them.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { QyzmetError } from "../core/errors.ts";
import { writePkcs12 } from "../pki/pkcs12.ts";
import type { OrgRole } from "../pki/profile.ts";
import { splitFullName } from "../pki/profile.ts";
import { issue, loadCa, type PkiLocation, pkiDir } from "../pki/store.ts";
import type { Database } from "../store/tables.ts";
import { DEMO_KEY_PASSWORD } from "./key-files.ts";

export type DemoKeyHolder = { kind: "citizen"; iin: string } | { kind: "staff"; login: string };

export interface DemoKeyFile {
  path: string;
  /** false: the file was already there. */
  created: boolean;
  purpose: "signing" | "auth";
  /** The NCA organisation role for staff; null for a citizen. */
  role: OrgRole | null;
}

export interface DemoKeyFiles {
  /** The holder's key file, issued now if there is none yet. */
  file(holder: DemoKeyHolder): Promise<DemoKeyFile>;
  /** Every key file the demo gives (existing ones kept); `onEach` after each. */
  all(options?: {
    citizens?: boolean;
    /** true: everyone of a provider; "signers": heads, akims and department heads only. */
    staff?: boolean | "signers";
    onEach?: (f: DemoKeyFile, holder: DemoKeyHolder) => void;
  }): Promise<{ created: number; existing: number }>;
}

export function demoKeyHolderUnknown(holder: DemoKeyHolder): QyzmetError {
  return new QyzmetError(
    "DEMO_KEY_HOLDER_UNKNOWN",
    {
      kk: "Бұл демо пайдаланушыға кілт файлы берілмейді: ол порталда тіркелмеген немесе ұйымы жоқ",
      ru: "Этому демо-пользователю файл ключа не выдаётся: он не зарегистрирован на портале или у него нет организации",
      en: "This demo user gets no key file: not registered on the portal, or without an organisation",
    },
    { ...holder },
    404,
  );
}

/** The NCA role and key purpose of a staff member by their roles: signers sign, the others authenticate. */
export function staffKeyProfile(roles: readonly string[]): { role: OrgRole; purpose: "signing" | "auth" } {
  if (roles.includes("head") || roles.includes("akim")) return { role: "head", purpose: "signing" };
  if (roles.includes("department_head")) return { role: "signer", purpose: "signing" };
  return { role: "employee", purpose: "auth" };
}

export function demoKeyFiles(
  db: Kysely<Database>,
  location: PkiLocation,
  password: string = DEMO_KEY_PASSWORD,
): DemoKeyFiles {
  const keys = join(pkiDir(location), "keys");
  const pending = new Map<string, Promise<DemoKeyFile>>();
  // issued.json is read and rewritten per certificate: one issue at a time in this process.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const write = (path: string, bytes: Uint8Array) => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o600 });
    renameSync(tmp, path); // a reader never sees half a file
  };

  async function make(holder: DemoKeyHolder): Promise<DemoKeyFile> {
    if (holder.kind === "citizen") {
      const path = join(keys, `${holder.iin}.p12`);
      const person = await db
        .selectFrom("citizens as c")
        .innerJoin("citizen_accounts as a", "a.iin", "c.iin")
        .select(["c.iin", "c.surname", "c.given_name", "c.patronymic"])
        .where("c.iin", "=", holder.iin)
        .where("a.verified_at", "is not", null)
        .executeTakeFirst();
      if (existsSync(path)) return { path, created: false, purpose: "signing", role: null };
      if (!person) throw demoKeyHolderUnknown(holder);
      mkdirSync(keys, { recursive: true });
      const material = await serial(() =>
        issue(
          {
            holder: {
              iin: person.iin,
              surname: person.surname,
              givenName: person.given_name,
              ...(person.patronymic ? { patronymic: person.patronymic } : {}),
            },
            purpose: "signing",
          },
          location,
        ),
      );
      write(path, await writePkcs12(material, password));
      return { path, created: true, purpose: "signing", role: null };
    }
    const dir = join(keys, "staff");
    const path = join(dir, `${holder.login}.p12`);
    const s = await db
      .selectFrom("staff")
      .innerJoin("providers", "providers.id", "staff.provider_id")
      .select(["staff.iin", "staff.full_name", "staff.roles", "providers.bin", "providers.name"])
      .where("staff.login", "=", holder.login)
      .where("staff.active", "=", true)
      .executeTakeFirst();
    if (!s) throw demoKeyHolderUnknown(holder);
    const profile = staffKeyProfile(s.roles as string[]);
    if (existsSync(path)) return { path, created: false, ...profile };
    mkdirSync(dir, { recursive: true });
    const name = splitFullName(s.full_name) ?? { surname: s.full_name, givenName: s.full_name };
    // From the CA's own start, as the autopilot's head keys: the demo's cases are dated weeks back.
    const ca = await loadCa(location);
    const material = await serial(() =>
      issue(
        {
          holder: { iin: s.iin, ...name, organisation: { bin: s.bin, name: s.name.ru, role: profile.role } },
          purpose: profile.purpose,
          notBefore: ca.certificate.notBefore,
          notAfter: ca.certificate.notAfter,
        },
        location,
      ),
    );
    write(path, await writePkcs12(material, password));
    return { path, created: true, ...profile };
  }

  const file = (holder: DemoKeyHolder): Promise<DemoKeyFile> => {
    const id = holder.kind === "citizen" ? `c:${holder.iin}` : `s:${holder.login}`;
    let p = pending.get(id);
    if (!p) {
      p = make(holder).finally(() => pending.delete(id));
      pending.set(id, p);
    }
    return p;
  };

  return {
    file,
    async all(options = {}) {
      const holders: DemoKeyHolder[] = [];
      if (options.citizens !== false) {
        const rows = await db
          .selectFrom("citizen_accounts")
          .select("iin")
          .where("verified_at", "is not", null)
          .orderBy("iin")
          .execute();
        holders.push(...rows.map((r) => ({ kind: "citizen" as const, iin: r.iin })));
      }
      if (options.staff !== false) {
        const rows = await db
          .selectFrom("staff")
          .select(["login", "roles"])
          .where("provider_id", "is not", null)
          .where("active", "=", true)
          .orderBy("login")
          .execute();
        const signersOnly = options.staff === "signers";
        holders.push(
          ...rows
            .filter((r) => !signersOnly || staffKeyProfile(r.roles as string[]).purpose === "signing")
            .map((r) => ({ kind: "staff" as const, login: r.login })),
        );
      }
      let created = 0;
      let existing = 0;
      for (const h of holders) {
        const f = await file(h);
        if (f.created) created++;
        else existing++;
        options.onEach?.(f, h);
      }
      return { created, existing };
    },
  };
}

/** The bytes of a key file (what the demo route answers). */
export function keyFileBytes(f: DemoKeyFile): Buffer {
  return readFileSync(f.path);
}
