/**
 * `qyzmet pki init|issue|revoke|crl|demo-keys|ocsp`: the bundled test certification authority
 * with the NCA RK profile (src/pki/README.md). `demo-keys` gives every demo user a key file at once
 * (otherwise each is issued on first request, src/demo/demo-keys.ts).
 */
import { writeFileSync } from "node:fs";
import { demoKeyFiles } from "../demo/demo-keys.ts";
import { isValidBin, isValidIin } from "../iin/index.ts";
import { isRevocationReason, REVOCATION_REASONS } from "../pki/crl.ts";
import { writeKeyFile } from "../pki/keyfile.ts";
import { ocspResponder } from "../pki/ocsp.ts";
import { startOcspResponder } from "../pki/ocsp-server.ts";
import { writePkcs12 } from "../pki/pkcs12.ts";
import { type Holder, type KeyPurpose, type OrgRole, readSubject, splitFullName } from "../pki/profile.ts";
import {
  currentCrl,
  initCa,
  issue,
  loadCa,
  type PkiLocation,
  pkiDir,
  revocations,
  revoke,
} from "../pki/store.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";
import {
  DATABASE_FLAGS,
  demoPkiDir,
  describeDatabase,
  openMigrated,
  storeOptionsFromFlags,
} from "./serve-command.ts";

/** The key file password when --password is not given: a demo default, printed on issue. */
export const DEMO_KEY_PASSWORD = "Qwerty12";

const DIR = { dir: { type: "string" } } as const;

function location(dir: string | undefined): PkiLocation {
  return dir === undefined ? {} : { dir };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === "")
    throw usageError(
      `pki issue needs ${flag}`,
      `Для pki issue нужен ${flag}`,
      `pki issue үшін ${flag} қажет`,
    );
  return value;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(
    `${flag} must be one of ${allowed.join(", ")} (got "${value}")`,
    `${flag} должен быть одним из: ${allowed.join(", ")} (получено "${value}")`,
    `${flag} мәні мыналардың бірі болуы керек: ${allowed.join(", ")} ("${value}" берілді)`,
  );
}

type KeyFileFormat = "p12" | "pem";

/** The key file format from --out: .p12/.pfx is PKCS#12 (as NCA issues), anything else a PEM bundle. */
export function keyFileFormat(out: string): KeyFileFormat {
  return /\.(p12|pfx)$/i.test(out) ? "p12" : "pem";
}

async function init(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, DIR);
  const ca = await initCa(location(values.dir));
  io.out(`test CA created in ${pkiDir(location(values.dir))}`);
  io.out(`  subject ${ca.certificate.subject}`);
  io.out(`  serial  ${ca.certificate.serialNumber.toLowerCase()}`);
  io.out(`  valid   ${ca.certificate.notBefore.toISOString()} … ${ca.certificate.notAfter.toISOString()}`);
  return EXIT.ok;
}

async function issueCmd(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DIR,
    iin: { type: "string" },
    name: { type: "string" },
    bin: { type: "string" },
    org: { type: "string" },
    role: { type: "string" },
    usage: { type: "string" },
    days: { type: "string" },
    out: { type: "string" },
    password: { type: "string" },
    format: { type: "string" },
    "ocsp-url": { type: "string" },
  });
  const iin = required(values.iin, "--iin");
  const ocspUrl = values["ocsp-url"];
  if (ocspUrl !== undefined && !/^https?:\/\/\S+$/.test(ocspUrl))
    throw usageError(
      `--ocsp-url must be an http(s) URL (got "${ocspUrl}")`,
      `--ocsp-url должен быть адресом http(s) (получено "${ocspUrl}")`,
      `--ocsp-url http(s) мекенжайы болуы керек ("${ocspUrl}" берілді)`,
    );
  if (!isValidIin(iin))
    throw usageError(`"${iin}" is not a valid IIN`, `"${iin}" — неверный ИИН`, `"${iin}" — ЖСН дұрыс емес`);
  const fullName = required(values.name, "--name");
  const name = splitFullName(fullName);
  if (!name)
    throw usageError(
      `--name must be "SURNAME Name [Patronymic]" (got "${fullName}")`,
      `--name должен быть "ФАМИЛИЯ Имя [Отчество]" (получено "${fullName}")`,
      `--name "ТЕГІ Аты [Әкесінің аты]" болуы керек ("${fullName}" берілді)`,
    );
  const out = required(values.out, "--out");
  const format = oneOf<KeyFileFormat>(values.format, ["p12", "pem"], "--format", keyFileFormat(out));
  const purpose = oneOf<KeyPurpose>(values.usage, ["signing", "auth"], "--usage", "signing");
  const days = values.days === undefined ? 365 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw usageError(
      `--days must be a whole number of days, 1 to 3650 (got "${values.days}")`,
      `--days — целое число дней от 1 до 3650 (получено "${values.days}")`,
      `--days — 1-ден 3650-ге дейінгі бүтін сан ("${values.days}" берілді)`,
    );
  const holder: Holder = { iin, ...name };
  if (values.bin !== undefined || values.org !== undefined || values.role !== undefined) {
    const bin = required(values.bin, "--bin");
    if (!isValidBin(bin))
      throw usageError(`"${bin}" is not a valid BIN`, `"${bin}" — неверный БИН`, `"${bin}" — БСН дұрыс емес`);
    const org = required(values.org, "--org");
    const role = oneOf<OrgRole>(values.role, ["head", "signer", "employee"], "--role", "employee");
    holder.organisation = { bin, name: org, role };
  }
  const password = values.password ?? DEMO_KEY_PASSWORD;
  const material = await issue(
    { holder, purpose, days, ...(ocspUrl ? { ocspUrl } : {}) },
    location(values.dir),
  );
  const bytes = format === "p12" ? await writePkcs12(material, password) : writeKeyFile(material, password);
  writeFileSync(out, bytes, { mode: 0o600 });
  const s = readSubject(material.certificate);
  io.out(`issued ${purpose} certificate ${s.serial}`);
  io.out(`  subject ${material.certificate.subject}`);
  io.out(`  roles   ${s.roles.join(", ")}`);
  io.out(
    `  valid   ${material.certificate.notBefore.toISOString()} … ${material.certificate.notAfter.toISOString()}`,
  );
  io.out(
    `  key file ${out} (${format === "p12" ? "PKCS#12" : "PEM bundle: encrypted PKCS#8 key + chain"})${values.password === undefined ? `, password ${DEMO_KEY_PASSWORD}` : ""}`,
  );
  return EXIT.ok;
}

async function revokeCmd(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...DIR, reason: { type: "string" } });
  const [serial] = positionals;
  if (serial === undefined || positionals.length !== 1)
    throw usageError(
      "pki revoke needs exactly one certificate serial (hex)",
      "Для pki revoke нужен ровно один серийный номер сертификата (hex)",
      "pki revoke үшін бір сертификат нөмірі (hex) қажет",
    );
  const reason = values.reason ?? "unspecified";
  if (!isRevocationReason(reason))
    throw usageError(
      `--reason must be one of ${REVOCATION_REASONS.join(", ")}`,
      `--reason должен быть одним из: ${REVOCATION_REASONS.join(", ")}`,
      `--reason мәні мыналардың бірі болуы керек: ${REVOCATION_REASONS.join(", ")}`,
    );
  const r = revoke(serial, reason, location(values.dir));
  io.out(`revoked ${r.serial} (${r.reason}) at ${r.date}`);
  return EXIT.ok;
}

async function crlCmd(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...DIR, out: { type: "string" }, pem: { type: "boolean" } });
  if (values.out === undefined)
    throw usageError(
      "pki crl needs --out <file>",
      "Для pki crl нужен --out <файл>",
      "pki crl үшін --out <файл> қажет",
    );
  const crl = await currentCrl(location(values.dir));
  writeFileSync(values.out, values.pem ? crl.toString("pem") : new Uint8Array(crl.rawData));
  io.out(
    `CRL with ${crl.entries.length} revocation(s), next update ${crl.nextUpdate?.toISOString() ?? "—"}: ${values.out}`,
  );
  return EXIT.ok;
}

/** `pki ocsp [--port 8081] [--dir <pki>]`: serves the test CA's OCSP responder (RFC 6960) until stopped. */
async function ocspCmd(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...DIR, port: { type: "string" } });
  const port = values.port === undefined ? 8081 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(
      `--port must be 0 to 65535 (got "${values.port}")`,
      `--port — от 0 до 65535 (получено "${values.port}")`,
      `--port 0-ден 65535-ке дейін ("${values.port}" берілді)`,
    );
  const where = location(values.dir);
  const ca = await loadCa(where);
  // Revocations are read on every request, so `pki revoke` counts at once.
  const running = await startOcspResponder(
    ocspResponder(ca, () => revocations(where)),
    port,
  );
  io.out(`OCSP responder of the test CA at ${running.url} (issue with --ocsp-url ${running.url})`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await running.close();
  return EXIT.ok;
}

/** `pki demo-keys [--citizens] [--staff all|signers] [--dir <pki>] [database flags]`: none of the two → both, staff all. */
async function demoKeysCmd(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DATABASE_FLAGS,
    ...DIR,
    citizens: { type: "boolean" },
    staff: { type: "string" },
  });
  const staff = values.staff;
  if (staff !== undefined && staff !== "all" && staff !== "signers")
    throw usageError(
      `--staff is all or signers, not "${staff}"`,
      `--staff — all или signers, а не "${staff}"`,
      `--staff all немесе signers болады, "${staff}" емес`,
    );
  const both = !values.citizens && staff === undefined;
  const options = storeOptionsFromFlags(values);
  const dir = values.dir ?? demoPkiDir(options);
  const { store } = await openMigrated(options);
  try {
    const started = performance.now();
    const files = demoKeyFiles(store.db, { dir });
    const done = await files.all({
      citizens: both || values.citizens === true,
      staff: both ? true : staff === "signers" ? "signers" : staff === "all",
    });
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `${describeDatabase(options)}: ${done.created} key files issued, ${done.existing} already there, in ${seconds.toFixed(1)} s (${dir}/keys, password qyzmet-demo)`,
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function pkiCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "init":
      return init(rest, io);
    case "issue":
      return issueCmd(rest, io);
    case "revoke":
      return revokeCmd(rest, io);
    case "crl":
      return crlCmd(rest, io);
    case "demo-keys":
      return demoKeysCmd(rest, io);
    case "ocsp":
      return ocspCmd(rest, io);
    default:
      throw usageError(
        `Unknown pki command "${sub ?? ""}" (use: pki init, pki issue, pki revoke, pki crl, pki demo-keys, pki ocsp)`,
        `Неизвестная команда pki "${sub ?? ""}" (есть: pki init, pki issue, pki revoke, pki crl, pki demo-keys, pki ocsp)`,
        `"${sub ?? ""}" pki командасы белгісіз (бар: pki init, pki issue, pki revoke, pki crl, pki demo-keys, pki ocsp)`,
      );
  }
}
