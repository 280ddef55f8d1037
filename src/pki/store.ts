/**
 * Where the test CA lives on disk: a directory (default ./data/pki, env
 * QYZMET_PKI_DIR) holding
 *   ca.pem        the root certificate
 *   ca.key.pem    its private key, encrypted PKCS#8 (password QYZMET_PKI_PASSWORD,
 *                 default DEMO_PKI_PASSWORD — a demo stand-in, never for production)
 *   issued.json   every certificate issued: serial, subject, validity
 *   crl.json      revocations: serial, reason, date
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QyzmetError } from "../core/errors.ts";
import {
  type CertificationAuthority,
  createCa,
  type IssueOptions,
  issueCertificate,
  type KeyMaterial,
} from "./ca.ts";
import { makeCrl, type Revocation, type RevocationReason } from "./crl.ts";
import { x509 } from "./engine.ts";
import { decryptPrivateKey, encryptPrivateKey } from "./keyfile.ts";
import { readSubject } from "./profile.ts";

/** The demo CA key's password when QYZMET_PKI_PASSWORD is not set. Public on purpose: this is a test CA. */
export const DEMO_PKI_PASSWORD = "qyzmet-demo-ca";

export interface PkiLocation {
  dir?: string;
  password?: string;
}

export interface IssuedRecord {
  serial: string;
  iin: string | null;
  bin: string | null;
  commonName: string;
  notBefore: string;
  notAfter: string;
  issuedAt: string;
}

export function pkiDir(location: PkiLocation = {}): string {
  return location.dir ?? process.env.QYZMET_PKI_DIR ?? join(".", "data", "pki");
}

function pkiPassword(location: PkiLocation): string {
  return location.password ?? process.env.QYZMET_PKI_PASSWORD ?? DEMO_PKI_PASSWORD;
}

const files = (dir: string) => ({
  cert: join(dir, "ca.pem"),
  key: join(dir, "ca.key.pem"),
  crl: join(dir, "crl.json"),
  issued: join(dir, "issued.json"),
});

function readJson<T>(path: string): T[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : [];
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Creates the CA in an empty directory; an existing CA is an error (409), never overwritten. */
export async function initCa(location: PkiLocation = {}): Promise<CertificationAuthority> {
  const dir = pkiDir(location);
  const f = files(dir);
  if (existsSync(f.cert) || existsSync(f.key))
    throw new QyzmetError(
      "PKI_CA_EXISTS",
      {
        kk: `${dir} ішінде куәландырушы орталық бұрыннан бар`,
        ru: `В ${dir} удостоверяющий центр уже создан`,
        en: `A certification authority already exists in ${dir}`,
      },
      { dir },
      409,
    );
  mkdirSync(dir, { recursive: true });
  // Valid from a year back: the demo's cases (and the heads' signatures on them) are dated weeks ago.
  const ca = await createCa({ notBefore: new Date(Date.now() - 365 * 86_400_000) });
  writeFileSync(f.cert, ca.certificate.toString("pem"));
  writeFileSync(f.key, encryptPrivateKey(ca.privateKey, pkiPassword(location)), { mode: 0o600 });
  writeJson(f.crl, []);
  writeJson(f.issued, []);
  return ca;
}

export async function loadCa(location: PkiLocation = {}): Promise<CertificationAuthority> {
  const dir = pkiDir(location);
  const f = files(dir);
  if (!existsSync(f.cert) || !existsSync(f.key))
    throw new QyzmetError(
      "PKI_CA_MISSING",
      {
        kk: `${dir} ішінде куәландырушы орталық жоқ (qyzmet pki init)`,
        ru: `В ${dir} нет удостоверяющего центра (qyzmet pki init)`,
        en: `No certification authority in ${dir} (run qyzmet pki init)`,
      },
      { dir },
      404,
    );
  return {
    certificate: new x509.X509Certificate(readFileSync(f.cert, "utf8")),
    privateKey: await decryptPrivateKey(readFileSync(f.key, "utf8"), pkiPassword(location)),
  };
}

/** Issues a certificate and records it in issued.json. */
export async function issue(options: IssueOptions, location: PkiLocation = {}): Promise<KeyMaterial> {
  const ca = await loadCa(location);
  const material = await issueCertificate(ca, options);
  const s = readSubject(material.certificate);
  const path = files(pkiDir(location)).issued;
  const record: IssuedRecord = {
    serial: s.serial,
    iin: s.iin,
    bin: s.bin,
    commonName: s.commonName,
    notBefore: material.certificate.notBefore.toISOString(),
    notAfter: material.certificate.notAfter.toISOString(),
    issuedAt: new Date().toISOString(),
  };
  writeJson(path, [...readJson<IssuedRecord>(path), record]);
  return material;
}

export function issued(location: PkiLocation = {}): IssuedRecord[] {
  return readJson<IssuedRecord>(files(pkiDir(location)).issued);
}

export function revocations(location: PkiLocation = {}): Revocation[] {
  return readJson<Revocation>(files(pkiDir(location)).crl);
}

/** Revokes a certificate this CA issued; revoking twice keeps the first revocation. */
export function revoke(
  serial: string,
  reason: RevocationReason = "unspecified",
  location: PkiLocation = {},
  date: Date = new Date(),
): Revocation {
  const hex = serial.toLowerCase().replace(/^0x/, "").replace(/:/g, "");
  if (!issued(location).some((r) => r.serial === hex))
    throw new QyzmetError(
      "PKI_UNKNOWN_SERIAL",
      {
        kk: `Бұл орталық ${serial} нөмірлі сертификат бермеген`,
        ru: `Этот центр не выдавал сертификат с номером ${serial}`,
        en: `This CA has not issued a certificate with serial ${serial}`,
      },
      { serial },
      404,
    );
  const path = files(pkiDir(location)).crl;
  const list = readJson<Revocation>(path);
  const existing = list.find((r) => r.serial === hex);
  if (existing) return existing;
  const revocation: Revocation = { serial: hex, reason, date: date.toISOString() };
  writeJson(path, [...list, revocation]);
  return revocation;
}

/** A CRL signed now over every revocation so far. */
export async function currentCrl(location: PkiLocation = {}): Promise<x509.X509Crl> {
  const ca = await loadCa(location);
  return makeCrl(ca, revocations(location));
}
