/**
 * A citizen's portal application signed with an EDS: the exact JSON bytes the
 * citizen signed and a detached CMS over them. (Certified with a one-time
 * password instead: `otp-request.ts`, through the same `acceptCertified`.)
 *
 * Order, and why nothing is stored on a refusal:
 *  1. decode and verify — a failure throws before any write;
 *  2. parse the request, check channel and IIN, look up the request id: a
 *     request id already used with other bytes or another signature is
 *     EDS_REPLAY before anything is written;
 *  3. check it against the provider's rules (`validateApplication`, no writes);
 *  4. in one transaction: record it in `signed_requests` (no case yet) and send
 *     it through the e-government gateway to the provider's workstation; a
 *     concurrent first use of the request id loses on the primary key;
 *  5. one delivery attempt at once: the workstation (`workstation.ts`, process 6)
 *     registers the case and links it — else the gateway worker delivers later.
 */
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { CitizenActor } from "../core/actor.ts";
import { inputIssues } from "../core/input.ts";
import {
  type EngineDeps,
  engineError,
  IntakeInput,
  type Receipt,
  validateApplication,
} from "../engine/index.ts";
import { deliverGateway, type GatewayMessage, sendMessage } from "../gateway/index.ts";
import { paymentRuleOf } from "../payments/index.ts";
import { edsError, verifyCms } from "../pki/index.ts";
import { localStateDatabases } from "../statedb/local.ts";
import type { StateDatabases } from "../statedb/ports.ts";
import type { CaseRow, Database, SignedRequestRow, SignedRequestsTable } from "../store/tables.ts";
import { edsReplay } from "./errors.ts";
import { type VerifiedRepresentation, verifyRepresentation } from "./representation.ts";
import type { Trust } from "./trust.ts";
import { PORTAL_SENDER, providerWorkstation } from "./workstation.ts";

export interface SignedApplicationDeps {
  db: Kysely<Database>;
  engine: EngineDeps;
  trust: Trust;
  /** Try to deliver to the provider's workstation at once (default); false leaves it to the gateway worker. */
  deliverNow?: boolean;
  /** The state databases a representative's power of attorney is checked in (default: the bundled ones on `db`). */
  stateDbs?: StateDatabases;
}

export interface SignedApplicationInput {
  /** The exact JSON text the citizen signed, base64. */
  request: string;
  /** A detached CMS (DER) over exactly those bytes, base64. */
  signature: string;
}

export interface SignatureFacts {
  requestId: string;
  caseId: string | null;
  /** How the request was certified: an EDS (a CMS) or a one-time password by SMS. */
  certifiedBy: "eds" | "otp";
  requestSha256: string;
  /** null: certified with a one-time password. */
  signatureSha256: string | null;
  /** The EDS's signer; with a one-time password, the signed-in citizen (serial and signing time null). */
  signer: { iin: string; commonName: string; serial: string | null; signingTime: Date | null };
  receivedAt: Date;
}

export interface SignedApplicationResult {
  /** The registered case; null while the request is still on its way to the provider. */
  case: CaseRow | null;
  receipt: Receipt | null;
  /** The gateway message that carries the request to the provider, and its delivery state. */
  delivery: { messageId: string; state: string };
  /** false: an idempotent retry of the identical signed request. */
  created: boolean;
  signature: SignatureFacts;
  /** A representative's power of attorney as ЕНИС confirmed it (null: the applicant applied in person; on a retry). */
  representation: VerifiedRepresentation | null;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard base64 (padding required, no whitespace); null when it is not. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length === 0 || !BASE64.test(text)) return null;
  return new Uint8Array(Buffer.from(text, "base64"));
}

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

function facts(row: SignedRequestRow): SignatureFacts {
  return {
    requestId: row.request_id,
    caseId: row.case_id,
    certifiedBy: row.certified_by,
    requestSha256: row.request_sha256,
    signatureSha256: row.signature_sha256,
    signer: {
      iin: row.iin,
      commonName: row.signer_common_name,
      serial: row.signer_serial,
      signingTime: row.signing_time,
    },
    receivedAt: row.received_at,
  };
}

/**
 * The stored row of a request id, or null; throws EDS_REPLAY when it is not this very certified request
 * (the same IIN, the same bytes, and `same` says the same certification: the same CMS, or the same code).
 */
async function previous(
  db: Kysely<Database>,
  requestId: string,
  iin: string,
  requestSha: string,
  same: (row: SignedRequestRow) => boolean | Promise<boolean>,
): Promise<SignedRequestRow | null> {
  const row = await db
    .selectFrom("signed_requests")
    .selectAll()
    .where("request_id", "=", requestId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.iin !== iin || row.request_sha256 !== requestSha || !(await same(row)))
    throw edsReplay({ requestId });
  return row;
}

async function retryAnswer(db: Kysely<Database>, row: SignedRequestRow): Promise<SignedApplicationResult> {
  const delivery = await db
    .selectFrom("gateway_outbox")
    .select(["state"])
    .where("message_id", "=", row.request_id)
    .executeTakeFirst();
  const state = delivery?.state ?? "DELIVERED";
  if (!row.case_id)
    return {
      case: null,
      receipt: null,
      created: false,
      signature: facts(row),
      delivery: { messageId: row.request_id, state },
      representation: null,
    };
  const c = await db.selectFrom("cases").selectAll().where("id", "=", row.case_id).executeTakeFirstOrThrow();
  const outputs = c.outputs as { receipt: Receipt };
  return {
    case: c,
    receipt: outputs.receipt,
    created: false,
    signature: facts(row),
    delivery: { messageId: row.request_id, state },
    representation: null,
  };
}

/** How a request is certified, for the pipeline both the EDS and the one-time password run. */
export interface Certifier {
  method: "eds" | "otp";
  /** The IIN the certification proves: the EDS signer's, or the signed-in citizen's (the code went to their phone). */
  iin: string;
  /** Whether a stored row under the request id is this very certified request (an idempotent retry). */
  sameAs(row: SignedRequestRow): boolean | Promise<boolean>;
  /** The IIN does not match the applicant (or the representative). */
  iinMismatch(request: IntakeInput): Error;
  /** The last checks before anything is written, once the provider's rules hold (none for an EDS). */
  before?(request: IntakeInput): Promise<void>;
  /** The row's certification columns. */
  columns(): Promise<
    Pick<
      Insertable<SignedRequestsTable>,
      | "certified_by"
      | "otp_id"
      | "signature_sha256"
      | "signature_base64"
      | "signer_serial"
      | "signer_common_name"
      | "signing_time"
    >
  >;
  /** Inside the recording transaction, once the row is in: use the certification up (a code); a throw undoes all. */
  use?(trx: Transaction<Database>): Promise<void>;
  /** What the gateway message carries besides the request; `certification` goes into the case's registration event. */
  message(): { signature?: string; certification: Record<string, unknown> };
}

export async function acceptSignedApplication(
  deps: SignedApplicationDeps,
  citizen: CitizenActor,
  input: SignedApplicationInput,
): Promise<SignedApplicationResult> {
  const requestBytes = decodeBase64(input.request);
  if (!requestBytes) throw engineError("INPUT_INVALID", { path: "request", reason: "not base64" });
  const signatureBytes = decodeBase64(input.signature);
  if (!signatureBytes) throw edsError("EDS_MALFORMED", { reason: "the signature is not base64" });

  // Every EDS_* failure passes through with its own code: they are the portal flow's refusal
  // process P4 "EDS not confirmed" (ЭЦҚ расталмады / ЭЦП не подтверждена), 001 Annex 1, p. 10.
  // Validity is checked at the moment of receipt, not at the signingTime the signer claims
  // (a signer could backdate it to before the certificate expired or was revoked).
  const receivedAt = deps.engine.now();
  const verified = await verifyCms(signatureBytes, requestBytes, {
    trustedRoots: deps.trust.roots,
    crls: await deps.trust.crls(),
    ...(deps.trust.ocsp ? { ocsp: deps.trust.ocsp } : {}),
    at: receivedAt,
    expect: { iin: citizen.iin, keyUsage: "signing" },
  });
  const signerIin = verified.signer.iin ?? "";
  const signatureSha = sha256(signatureBytes);
  return acceptCertified(deps, citizen, input.request, requestBytes, receivedAt, {
    method: "eds",
    iin: signerIin,
    sameAs: (row) => row.certified_by === "eds" && row.signature_sha256 === signatureSha,
    iinMismatch: (request) =>
      edsError("EDS_IIN_MISMATCH", {
        expected: signerIin,
        applicant: request.applicant.iin,
        ...(request.representative ? { representative: request.representative.iin } : {}),
      }),
    columns: async () => ({
      certified_by: "eds",
      otp_id: null,
      signature_sha256: signatureSha,
      signature_base64: input.signature,
      signer_serial: verified.signer.serial,
      signer_common_name: verified.signer.commonName,
      signing_time: verified.signingTime,
    }),
    message: () => ({
      signature: input.signature,
      certification: { method: "eds", signerIin, signerSerial: verified.signer.serial },
    }),
  });
}

/**
 * What every certified portal request goes through once its certification is known to prove `iin`:
 * the request's shape, the IIN, replay, a representative's power, the provider's rules, the
 * certifier's last checks — all before any write — then one transaction that records it and sends it
 * through the gateway, and one delivery attempt.
 */
export async function acceptCertified(
  deps: Omit<SignedApplicationDeps, "trust">,
  citizen: CitizenActor,
  requestBase64: string,
  requestBytes: Uint8Array,
  receivedAt: Date,
  certifier: Certifier,
): Promise<SignedApplicationResult> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(requestBytes));
  } catch {
    throw engineError("INPUT_INVALID", { path: "request", reason: "not UTF-8 JSON" });
  }
  const parsed = IntakeInput.safeParse(json);
  if (!parsed.success)
    throw engineError("INPUT_INVALID", {
      issues: inputIssues(parsed.error, "request."),
    });
  const request = parsed.data;
  if (request.channel !== "portal")
    throw engineError("INPUT_INVALID", {
      path: "request.channel",
      expected: "portal",
      actual: request.channel,
    });
  // A service whose decision assigns a payment is paid to the applicant's account: the portal's form
  // asks for it (src/payments/rules.ts; its IBAN and BIC were checked by IntakeInput).
  if (paymentRuleOf(request.serviceCode) && request.form.bankAccount === undefined)
    throw engineError("INPUT_INVALID", {
      path: "request.form.bankAccount",
      reason: "required: the decision of this service assigns a payment to the applicant's bank account",
    });
  // In person: the signer is the applicant. Through a representative: the signer is the representative.
  const actsAs = request.representative ? request.representative.iin : request.applicant.iin;
  const signerIin = certifier.iin;
  if (actsAs !== signerIin) throw certifier.iinMismatch(request);

  const requestId = request.idempotencyKey;
  const requestSha = sha256(requestBytes);
  const same = (row: SignedRequestRow) => certifier.sameAs(row);
  const known = await previous(deps.db, requestId, signerIin, requestSha, same);
  if (known) return retryAnswer(deps.db, known);

  // A representative's power of attorney in ЕНИС (README.md "Representatives"); nothing stored on a refusal.
  const representation = await verifyRepresentation(
    deps.stateDbs ?? localStateDatabases(deps.db, { now: deps.engine.now }),
    deps.engine.catalog,
    request,
    signerIin,
    receivedAt,
  );

  // The provider's rules, checked now: a request it would refuse is refused here, and nothing is stored.
  await validateApplication(deps.engine, { kind: "system", name: "gateway" }, json);
  await certifier.before?.(request);

  // Recorded and sent through the gateway to the provider's workstation in one transaction.
  const recorded = await deps.db.transaction().execute(async (trx) => {
    const certified = await certifier.columns();
    const row = await trx
      .insertInto("signed_requests")
      .values({
        request_id: requestId,
        iin: signerIin,
        request_sha256: requestSha,
        request_base64: requestBase64,
        received_at: receivedAt,
        case_id: null,
        ...certified,
      })
      .onConflict((oc) => oc.column("request_id").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    await certifier.use?.(trx);
    await sendMessage(trx, {
      messageId: requestId,
      correlationId: requestId,
      serviceId: request.serviceCode,
      messageDate: receivedAt.toISOString(),
      sender: PORTAL_SENDER,
      receiver: request.providerId,
      sessionId: `citizen:${sha256(new TextEncoder().encode(citizen.iin)).slice(0, 16)}`,
      type: "request",
      body: (() => {
        const m = certifier.message();
        return {
          request: requestBase64,
          ...(m.signature === undefined ? {} : { signature: m.signature }),
          certification: JSON.parse(JSON.stringify(m.certification)) as GatewayMessage["body"],
        };
      })(),
    });
    return row;
  });
  if (!recorded) {
    // A concurrent first use of this request id won the primary key.
    const raced = await previous(deps.db, requestId, signerIin, requestSha, same);
    if (!raced) throw edsReplay({ requestId });
    return retryAnswer(deps.db, raced);
  }
  // One delivery attempt at once; if the provider's workstation cannot take it now, the gateway worker retries.
  if (deps.deliverNow !== false)
    await deliverGateway(deps.db, {
      receivers: { [request.providerId]: providerWorkstation({ db: deps.db, engine: deps.engine }) },
      now: deps.engine.now(),
      batchSize: 5,
    });
  const after = await deps.db
    .selectFrom("signed_requests")
    .selectAll()
    .where("request_id", "=", requestId)
    .executeTakeFirstOrThrow();
  const answer = await retryAnswer(deps.db, after);
  return { ...answer, created: true, representation };
}

/** The signature facts of a case, when the case is the citizen's (signer — the applicant or the representative — or applicant); else null. */
export async function signatureOfCase(
  db: Kysely<Database>,
  citizen: CitizenActor,
  caseId: string,
): Promise<(SignatureFacts & { request: string; signature: string | null }) | null> {
  const row = await db
    .selectFrom("signed_requests")
    .innerJoin("cases", "cases.id", "signed_requests.case_id")
    .selectAll("signed_requests")
    .where("signed_requests.case_id", "=", caseId)
    .where((eb) =>
      eb.or([eb("signed_requests.iin", "=", citizen.iin), eb("cases.applicant_iin", "=", citizen.iin)]),
    )
    .executeTakeFirst();
  if (!row) return null;
  return { ...facts(row), request: row.request_base64, signature: row.signature_base64 };
}
