/**
 * Portal requests signed with an EDS (src/portal): one row per request id (the
 * request's idempotency key), the exact bytes signed and the detached CMS, their
 * SHA-256, the signer's certificate serial and the claimed signing time, and the
 * case the request made. The primary key is what stops a replayed request id.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("signed_requests")
    .addColumn("request_id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("request_sha256", "text", (c) => c.notNull())
    .addColumn("signature_sha256", "text", (c) => c.notNull())
    .addColumn("request_base64", "text", (c) => c.notNull())
    .addColumn("signature_base64", "text", (c) => c.notNull())
    .addColumn("signer_serial", "text", (c) => c.notNull())
    .addColumn("signer_common_name", "text", (c) => c.notNull())
    .addColumn("signing_time", "timestamptz")
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .execute();
  await db.schema.createIndex("signed_requests_case").on("signed_requests").column("case_id").execute();
  await db.schema.createIndex("signed_requests_iin").on("signed_requests").column("iin").execute();
}
