/**
 * EDS on gateway messages: a detached CMS over the canonical bytes of the
 * body (`canonicalBody`), carried in `signature` (base64).
 */
import { QyzmetError } from "../core/errors.ts";
import type { CryptoKey, x509 } from "../pki/engine.ts";
import { signCms, type VerifiedSignature, type VerifyOptions, verifyCms } from "../pki/index.ts";
import { canonicalBody, type GatewayMessage } from "./message.ts";

export interface MessageSigner {
  privateKey: CryptoKey;
  certificate: x509.X509Certificate;
  chain?: readonly x509.X509Certificate[];
}

/** The message with `signature` set (signing time: the message's date unless given). */
export async function signMessage(
  message: GatewayMessage,
  signer: MessageSigner,
  signingTime: Date = new Date(message.messageDate),
): Promise<GatewayMessage> {
  const der = await signCms(canonicalBody(message), signer.privateKey, signer.certificate, {
    signingTime,
    ...(signer.chain ? { chain: signer.chain } : {}),
  });
  return { ...message, signature: Buffer.from(der).toString("base64") };
}

/** Verifies a message's signature; throws `GATEWAY_UNSIGNED` without one, the EDS_* error when it fails. */
export async function verifyMessage(
  message: GatewayMessage,
  options: VerifyOptions,
): Promise<VerifiedSignature> {
  if (message.signature === undefined)
    throw new QyzmetError(
      "GATEWAY_UNSIGNED",
      {
        kk: `${message.messageId} хабарламасына ЭЦҚ қойылмаған`,
        ru: `Сообщение ${message.messageId} не подписано ЭЦП`,
        en: `Message ${message.messageId} carries no EDS signature`,
      },
      { messageId: message.messageId },
      400,
    );
  return verifyCms(new Uint8Array(Buffer.from(message.signature, "base64")), canonicalBody(message), options);
}

/** A `verifySignature` for `receiveMessage`/`localInbox`. */
export function signatureVerifier(options: VerifyOptions): (message: GatewayMessage) => Promise<void> {
  return async (message) => {
    await verifyMessage(message, options);
  };
}
