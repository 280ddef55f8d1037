/**
 * Portal applications certified with a one-time password by SMS (src/portal/otp-request.ts):
 * - one_time_passwords.bound_sha256: the SHA-256 of the exact request bytes a `sign_request` code was
 *   issued for; the code certifies that request only;
 * - signed_requests.certified_by ('eds' | 'otp') and otp_id (the code used); an OTP-certified request
 *   has no CMS, so the signature columns and the certificate's serial may be null.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE one_time_passwords ADD COLUMN bound_sha256 text`.execute(db);
  await sql`ALTER TABLE signed_requests ADD COLUMN certified_by text NOT NULL DEFAULT 'eds'`.execute(db);
  await sql`ALTER TABLE signed_requests ADD CONSTRAINT signed_requests_certified_by CHECK (certified_by IN ('eds', 'otp'))`.execute(
    db,
  );
  await sql`ALTER TABLE signed_requests ADD COLUMN otp_id bigint REFERENCES one_time_passwords (id)`.execute(
    db,
  );
  await sql`ALTER TABLE signed_requests ALTER COLUMN signature_sha256 DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE signed_requests ALTER COLUMN signature_base64 DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE signed_requests ALTER COLUMN signer_serial DROP NOT NULL`.execute(db);
  // Either a CMS or a used code certifies the request.
  await sql`ALTER TABLE signed_requests ADD CONSTRAINT signed_requests_certificate CHECK (
    (certified_by = 'eds' AND signature_base64 IS NOT NULL AND signature_sha256 IS NOT NULL AND signer_serial IS NOT NULL)
    OR (certified_by = 'otp' AND otp_id IS NOT NULL AND signature_base64 IS NULL))`.execute(db);
}
