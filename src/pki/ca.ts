/**
 * A test certification authority with the NCA RK profile: a self-signed root
 * (CA:true, keyCertSign+cRLSign) that issues end-entity certificates for
 * individuals and organisations' employees, for signing or authentication.
 */
import {
  type CryptoKey,
  generateKeyPair,
  KEY_ALGORITHM,
  randomSerial,
  SIGNING_ALGORITHM,
  x509,
} from "./engine.ts";
import {
  type Holder,
  holderName,
  holderRoles,
  type KeyPurpose,
  OID,
  ROLE_OIDS,
  type SealHolder,
} from "./profile.ts";

export interface CertificationAuthority {
  certificate: x509.X509Certificate;
  privateKey: CryptoKey;
}

/** A certificate with its private key and the chain above it (issuer first, root last). */
export interface KeyMaterial {
  certificate: x509.X509Certificate;
  privateKey: CryptoKey;
  chain: x509.X509Certificate[];
}

const DAY = 86_400_000;

export interface CreateCaOptions {
  commonName?: string;
  notBefore?: Date;
  notAfter?: Date;
}

export const TEST_CA_NAME = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST — Qyzmet";

export async function createCa(options: CreateCaOptions = {}): Promise<CertificationAuthority> {
  const keys = await generateKeyPair();
  const notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 10 * 365 * DAY);
  const name = new x509.Name([
    { [OID.commonName]: [{ utf8String: options.commonName ?? TEST_CA_NAME }] },
    { [OID.country]: [{ printableString: "KZ" }] },
  ]);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

export interface IssueOptions {
  holder: Holder | SealHolder;
  /** "signing" (digitalSignature+nonRepudiation) or "auth" (digitalSignature+keyEncipherment). */
  purpose: KeyPurpose;
  notBefore?: Date;
  notAfter?: Date;
  /** Validity in days from notBefore when notAfter is not given; default 365. */
  days?: number;
  /** The OCSP responder's URL, put in the Authority Information Access extension (src/pki/ocsp.ts). */
  ocspUrl?: string;
}

export async function issueCertificate(
  ca: CertificationAuthority,
  options: IssueOptions,
): Promise<KeyMaterial> {
  const keys = await generateKeyPair();
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + (options.days ?? 365) * DAY);
  const usage =
    options.purpose === "signing"
      ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
      : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment;
  const eku = [
    options.purpose === "signing" ? OID.emailProtection : OID.clientAuth,
    ...holderRoles(options.holder).map((r) => ROLE_OIDS[r]),
  ];
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: holderName(options.holder),
    issuer: ca.certificate.subjectName,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usage, true),
      new x509.ExtendedKeyUsageExtension(eku, false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate, false),
      ...(options.ocspUrl
        ? [new x509.AuthorityInfoAccessExtension({ ocsp: [new x509.GeneralName("url", options.ocspUrl)] })]
        : []),
    ],
  });
  return { certificate, privateKey: keys.privateKey, chain: [ca.certificate] };
}

export { KEY_ALGORITHM };
