/**
 * Outgoing documents: the executor prepares a case's result or reasoned refusal,
 * the head downloads the exact PDF and signs it with EDS (a detached CMS over
 * those bytes); the applicant downloads what was issued; anyone verifies a
 * document by its id (the QR code's link, as JSON or a page) or by uploading
 * the file; the outgoing journal per provider and year.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { citizenCaseRole } from "../../citizens/index.ts";
import type { StaffActor } from "../../core/actor.ts";
import {
  caseDocuments,
  type DocumentRow,
  type DocumentsDeps,
  documentFile,
  documentIssuer,
  documentsError,
  ISSUE_LANGS,
  type ListedDocument,
  outgoingJournal,
  PrepareInput,
  prepareDocument,
  receiptContext,
  renderDocument,
  requireTrust,
  SignInput,
  signDocument,
  type Verification,
  verifyById,
  verifyFile,
} from "../../documents/index.ts";
import { engineError, inScope } from "../../engine/index.ts";
import { logAccess } from "../../history/index.ts";
import type { DocumentSigner } from "../../store/tables.ts";
import { requireStaff } from "../auth.ts";
import { requestLang } from "../lang.ts";
import { problemResponses } from "../problems.ts";
import { requireCitizen } from "./citizens.ts";
import { verifyPage } from "./verify-page.ts";

export function documentsDeps(app: FastifyInstance): DocumentsDeps {
  const { store, catalog, now, trust, seals, publicUrl } = app.deps;
  return { db: store.db, catalog, now, trust, seals, publicUrl };
}

/** The engine's issuer for this server: results are issued signed or not at all. */
export const issuerOf = (app: FastifyInstance) => documentIssuer(documentsDeps(app));

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const DocumentDto = z
  .object({
    id: z.string(),
    caseId: z.string(),
    purpose: z.enum(["result", "refusal"]),
    kind: z.string(),
    lang: z.string(),
    number: z.string(),
    title: Text3,
    status: z.enum(["prepared", "signed", "cancelled"]),
    sha256: z.string(),
    sealed: z.boolean(),
    preparedAt: z.string(),
    signedAt: z.string().nullable(),
    signer: z.object({ name: z.string(), position: Text3, organisation: z.string().nullable() }).nullable(),
    /** Prepared documents: who is to sign (staff id). */
    signerStaffId: z.string().nullable(),
  })
  .meta({ id: "Document" });

function documentDto(d: ListedDocument | DocumentRow): z.infer<typeof DocumentDto> {
  const signer = d.signer as DocumentSigner | null;
  const facts = (
    "facts" in d ? d.facts : { signerStaffId: "signer_staff_id" in d ? d.signer_staff_id : null }
  ) as { signerStaffId?: string | null };
  return {
    id: d.id,
    caseId: d.case_id,
    purpose: d.purpose,
    kind: d.kind,
    lang: d.lang,
    number: d.number,
    title: d.title,
    status: d.status,
    sha256: d.sha256,
    sealed: d.sealed,
    preparedAt: d.prepared_at.toISOString(),
    signedAt: d.signed_at ? d.signed_at.toISOString() : null,
    signer: signer
      ? { name: signer.name, position: signer.position, organisation: signer.organisation }
      : null,
    signerStaffId: facts.signerStaffId ?? null,
  };
}

const VerificationDto = z
  .object({
    verdict: z.enum(["genuine", "changed", "foreign-signature", "unknown"]),
    reason: z.string().nullable(),
    document: z
      .object({
        id: z.string(),
        kind: z.string(),
        number: z.string(),
        title: Text3,
        lang: z.string(),
        issuedAt: z.string(),
        provider: z.object({ id: z.string(), name: Text3, bin: z.string() }),
        caseNumber: z.string().nullable(),
        applicantIin: z.string(),
        signer: z.object({
          name: z.string(),
          position: Text3,
          organisation: z.string().nullable(),
          sealed: z.boolean(),
          certificate: z.string(),
        }),
        signedAt: z.string(),
        sha256: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "Verification" });

const IdParams = z.object({ id: z.uuid() });

/**
 * The case, if in the actor's scope. A read of a case holding a child's data (its documents, its
 * receipt, a document's PDF) is logged, as `getCase` logs reading the case itself (DESIGN principle 5).
 */
async function staffCase(app: FastifyInstance, actor: StaffActor, caseId: string, action: string) {
  const c = await app.deps.store.db
    .selectFrom("cases")
    .selectAll()
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!c) throw engineError("CASE_NOT_FOUND", { caseId });
  if (!inScope(actor, c)) throw engineError("FORBIDDEN_SCOPE", { caseId });
  if (c.has_child_data)
    await logAccess(app.deps.store.db, {
      at: app.deps.now(),
      staffId: actor.staffId,
      caseId,
      action,
      allowed: true,
      detail: { childData: true },
    });
  return c;
}

/** Staff in the case's scope, or the applicant (or the representative who filed the case) for a signed document. */
async function mayRead(request: FastifyRequest, doc: Awaited<ReturnType<typeof documentFile>>) {
  if (request.actor) {
    await staffCase(request.server, request.actor, doc.case_id, "document.read");
    return;
  }
  const citizen = await requireCitizen(request);
  const party =
    citizen.iin === doc.applicant_iin ||
    (await citizenCaseRole(request.server.deps.store.db, citizen, doc.case_id)) !== null;
  if (!party || doc.status !== "signed") throw documentsError("DOCUMENT_NOT_FOUND", { documentId: doc.id });
}

/** A file answer that no cache keeps (documents carry personal data). */
function sendFile(
  reply: FastifyReply,
  type: string,
  name: string,
  bytes: Uint8Array,
  disposition: "attachment" | "inline" = "attachment",
): Buffer {
  reply
    .type(type)
    .header("content-disposition", `${disposition}; filename="${name}"`)
    .header("cache-control", "no-store");
  return Buffer.from(bytes);
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    "application/pdf",
    { parseAs: "buffer", bodyLimit: 20 * 1024 * 1024 },
    (_r, body, done) => done(null, body),
  );

  app.post(
    "/api/v1/cases/:id/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Prepare the case's result or reasoned refusal for signing (executor, head)",
        params: IdParams,
        body: PrepareInput,
        response: {
          201: z.object({ document: DocumentDto }),
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const doc = await prepareDocument(documentsDeps(app), actor, request.params.id, request.body);
      reply.code(201);
      return { document: documentDto(doc) };
    },
  );

  app.get(
    "/api/v1/cases/:id/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "The outgoing documents of a case (every version, cancelled drafts included)",
        params: IdParams,
        response: { 200: z.object({ items: z.array(DocumentDto) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      await staffCase(app, actor, request.params.id, "case.documents");
      return { items: (await caseDocuments(app.deps.store.db, request.params.id)).map(documentDto) };
    },
  );

  app.get(
    "/api/v1/cases/:id/receipt.pdf",
    {
      schema: {
        tags: ["documents"],
        summary:
          "The intake receipt (or refusal-to-accept receipt, 003 annex 7) to print, as recorded in the case",
        params: IdParams,
        querystring: z.object({ lang: z.enum(ISSUE_LANGS).default("kk") }),
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const c = await staffCase(app, actor, request.params.id, "case.receipt");
      const ctx = await receiptContext(app.deps.store.db, app.deps.catalog, c);
      if (!ctx) throw documentsError("DOCUMENT_NOT_FOUND", { caseId: c.id, kind: "receipt" });
      const pdf = await renderDocument(ctx, request.query.lang);
      return sendFile(reply, "application/pdf", `${ctx.number}.pdf`, pdf, "inline");
    },
  );

  app.get(
    "/api/v1/citizen/cases/:id/documents",
    {
      schema: {
        tags: ["citizens"],
        summary: "The signed documents issued on my case",
        params: IdParams,
        response: { 200: z.object({ items: z.array(DocumentDto) }), ...problemResponses(401, 404) },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request);
      if ((await citizenCaseRole(app.deps.store.db, citizen, request.params.id)) === null)
        throw engineError("CASE_NOT_FOUND", { caseId: request.params.id });
      return { items: (await caseDocuments(app.deps.store.db, request.params.id, true)).map(documentDto) };
    },
  );

  app.get(
    "/api/v1/documents/:id/pdf",
    {
      schema: {
        tags: ["documents"],
        summary: "The document's PDF: the exact bytes that are (to be) signed",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const doc = await documentFile(app.deps.store.db, request.params.id);
      await mayRead(request, doc);
      return sendFile(reply, "application/pdf", `${doc.number}.pdf`, doc.pdf);
    },
  );

  app.get(
    "/api/v1/documents/:id/signature",
    {
      schema: {
        tags: ["documents"],
        summary: "The detached CMS signature (.p7s) of a signed document",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const doc = await documentFile(app.deps.store.db, request.params.id);
      await mayRead(request, doc);
      if (doc.status !== "signed" || !doc.signature)
        throw documentsError("DOCUMENT_NOT_FOUND", { documentId: doc.id });
      return sendFile(reply, "application/pkcs7-signature", `${doc.number}.pdf.p7s`, doc.signature);
    },
  );

  app.post(
    "/api/v1/documents/:id/signature",
    {
      schema: {
        tags: ["documents"],
        summary: "Sign the prepared document with EDS: a detached CMS (base64) over its PDF bytes (head)",
        params: IdParams,
        body: SignInput,
        response: {
          200: z.object({ document: DocumentDto }),
          ...problemResponses(400, 401, 403, 404, 409, 422, 503),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return {
        document: documentDto(await signDocument(documentsDeps(app), actor, request.params.id, request.body)),
      };
    },
  );

  app.get(
    "/api/v1/journal/outgoing",
    {
      schema: {
        tags: ["documents"],
        summary: "The registration journal of outgoing documents, gap-free by number",
        querystring: z.object({
          provider: z.string().min(1).max(60).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: {
          200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const provider = request.query.provider ?? actor.providerId;
      if (!provider) throw engineError("FORBIDDEN_SCOPE", { provider: null });
      const row = await app.deps.store.db
        .selectFrom("providers")
        .select(["id", "region_code"])
        .where("id", "=", provider)
        .executeTakeFirst();
      if (!row) throw engineError("PROVIDER_NOT_FOUND", { provider });
      if (!inScope(actor, { provider_id: row.id, intake_office_id: null, region_code: row.region_code }))
        throw engineError("FORBIDDEN_SCOPE", { provider });
      const year = request.query.year ?? Number(app.deps.now().toISOString().slice(0, 4));
      const rows = await outgoingJournal(app.deps.store.db, provider, year);
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          number: r.number,
          id: r.id,
          kind: r.kind,
          purpose: r.purpose,
          title: r.title,
          status: r.status,
          sealed: r.sealed,
          signer: (r.signer as DocumentSigner | null)?.name ?? null,
          signedAt: r.signed_at ? r.signed_at.toISOString() : null,
          preparedAt: r.prepared_at.toISOString(),
          caseNumber: r.incoming_number,
          serviceCode: r.service_code,
        })),
      };
    },
  );

  app.get(
    "/api/v1/verify/:id",
    {
      schema: {
        tags: ["verification"],
        summary: "Is the document with this id genuine? (public; the applicant's IIN is masked)",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: VerificationDto, ...problemResponses(503) },
      },
    },
    async (request) => verifyById(app.deps.store.db, requireTrust(app.deps), request.params.id),
  );

  app.post(
    "/api/v1/verify",
    {
      config: { csrf: false },
      schema: {
        tags: ["verification"],
        summary:
          "Verify a file: the PDF as the body (application/pdf), or JSON {pdf, signature?} in base64 (public)",
        response: { 200: VerificationDto, ...problemResponses(400, 413, 415, 503) },
      },
    },
    async (request): Promise<Verification> => {
      const trust = requireTrust(app.deps);
      const body = request.body as unknown;
      if (Buffer.isBuffer(body)) return verifyFile(app.deps.store.db, trust, body);
      const parsed = z
        .object({ pdf: z.base64().min(8), signature: z.base64().min(8).optional() })
        .safeParse(body);
      if (!parsed.success) throw documentsError("VERIFY_INPUT_INVALID");
      return verifyFile(
        app.deps.store.db,
        trust,
        Buffer.from(parsed.data.pdf, "base64"),
        parsed.data.signature ? Buffer.from(parsed.data.signature, "base64") : undefined,
      );
    },
  );

  app.get(
    "/verify/:id",
    {
      schema: {
        tags: ["verification"],
        summary: "The public verification page of a document (the QR code's link)",
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({ lang: z.enum(["kk", "ru", "en"]).optional() }),
      },
    },
    async (request, reply) => {
      const v = await verifyById(app.deps.store.db, requireTrust(app.deps), request.params.id);
      reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
      return verifyPage(v, requestLang(request));
    },
  );
};
