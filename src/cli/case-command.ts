/**
 * `qyzmet case …`: scripted intake and actions for a staff member, straight
 * on the database (the operator of the server is trusted; over the network use
 * the API, which signs staff in).
 *
 *   qyzmet case submit --as <login> --file <request.json>      (or --json '<request>')
 *   qyzmet case show <case-id> --as <login>
 *   qyzmet case act <case-id> steps|preliminary-refusal|hearing|decision|extension --as <login> --json '<body>'
 *   qyzmet case inbox --as <login>
 *   qyzmet case document <case-id> --as <login> --json '{"purpose":"result"}'   (prepare the result for signing)
 *   qyzmet case sign <document-id> --as <login> --key <file.p12> [--password <p>]  (sign it with EDS)
 *
 * Results are issued signed or not at all: the engine's issuer checks signatures against the test
 * CA of QYZMET_PKI_DIR (./data/pki).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { staffActorById } from "../auth/index.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { QyzmetError } from "../core/errors.ts";
import { DEMO_KEY_PASSWORD } from "../demo/key-files.ts";
import { signBase64 } from "../demo/staff-keys.ts";
import {
  caSealKeys,
  type DocumentsDeps,
  documentIssuer,
  documentsError,
  prepareDocument,
  signDocument,
} from "../documents/index.ts";
import {
  completeStep,
  decideAfterHearing,
  type EngineDeps,
  extendTerm,
  getCase,
  inbox,
  PASSING_AUTOMATION,
  recordHearing,
  sendPreliminaryRefusal,
  submitApplication,
} from "../engine/index.ts";
import { loadCa, loadKeyFile } from "../pki/index.ts";
import { pkiDir } from "../pki/store.ts";
import { trustFromPkiDir } from "../portal/trust.ts";
import { registryAfterClose } from "../registries/engine-link.ts";
import { localStateDatabases } from "../statedb/local.ts";
import type { Database } from "../store/tables.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";
import { DATABASE_FLAGS, openMigrated, storeOptionsFromFlags } from "./serve-command.ts";

const ACTIONS = {
  steps: completeStep,
  "preliminary-refusal": sendPreliminaryRefusal,
  hearing: recordHearing,
  decision: decideAfterHearing,
  extension: extendTerm,
} as const;

function readBody(values: { file?: string | undefined; json?: string | undefined }): unknown {
  const text = values.file !== undefined ? readFileSync(values.file, "utf8") : values.json;
  if (text === undefined)
    throw usageError(
      "Give the body with --file or --json",
      "Укажите тело через --file или --json",
      "Денені --file не --json арқылы беріңіз",
    );
  try {
    return JSON.parse(text);
  } catch {
    throw usageError("The body is not valid JSON", "Тело — не JSON", "Дене JSON емес");
  }
}

/** The documents capability over the CLI's database, trusting the CA of QYZMET_PKI_DIR when there is one. */
async function cliDocumentsDeps(db: Kysely<Database>): Promise<DocumentsDeps> {
  const dir = pkiDir({});
  const ca = existsSync(join(dir, "ca.pem")) ? await loadCa({ dir }) : null;
  return {
    db,
    catalog: loadCatalog(),
    now: () => new Date(),
    trust: ca ? await trustFromPkiDir(dir) : null,
    seals: ca ? caSealKeys(ca) : null,
    publicUrl: process.env.QYZMET_PUBLIC_URL ?? "http://127.0.0.1:8080",
  };
}

export async function caseCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    ...DATABASE_FLAGS,
    as: { type: "string" },
    file: { type: "string" },
    json: { type: "string" },
    key: { type: "string" },
    password: { type: "string" },
  });
  if (!sub || !["submit", "show", "act", "inbox", "document", "sign"].includes(sub))
    throw usageError(
      `Unknown case command "${sub ?? ""}" (use: submit, show, act, inbox, document, sign)`,
      `Неизвестная команда case "${sub ?? ""}" (есть: submit, show, act, inbox, document, sign)`,
      `"${sub ?? ""}" case командасы белгісіз (бар: submit, show, act, inbox, document, sign)`,
    );
  if (!values.as) throw usageError("--as <login> is required", "Нужен --as <логин>", "--as <логин> қажет");
  const options = storeOptionsFromFlags(values);
  const { store } = await openMigrated(options);
  try {
    const actor = await staffActorById(store.db, values.as);
    if (!actor)
      throw new QyzmetError(
        "STAFF_NOT_FOUND",
        { kk: "Қызметкер табылмады", ru: "Сотрудник не найден", en: "Staff member not found" },
        { login: values.as },
        404,
      );
    const documents = await cliDocumentsDeps(store.db);
    const deps: EngineDeps = {
      db: store.db,
      calendar: defaultCalendar(),
      catalog: documents.catalog,
      now: () => new Date(),
      automation: PASSING_AUTOMATION,
      stateDatabases: (db) => localStateDatabases(db),
      issuer: documentIssuer(documents),
      afterClose: [registryAfterClose],
    };
    let out: unknown;
    if (sub === "submit") {
      const r = await submitApplication(deps, actor, readBody(values));
      out = {
        created: r.created,
        case: {
          id: r.case.id,
          incomingNumber: r.case.incoming_number,
          status: r.case.status,
          currentStep: r.case.cursor,
          deadline: r.case.deadline,
        },
        receipt: r.receipt,
      };
    } else if (sub === "show") {
      const id = positionals[0];
      if (!id) throw usageError("case show <case-id>", "case show <id дела>", "case show <іс id>");
      out = await getCase(deps, actor, id);
    } else if (sub === "inbox") {
      out = await inbox(deps, actor);
    } else if (sub === "document") {
      const id = positionals[0];
      if (!id)
        throw usageError("case document <case-id>", "case document <id дела>", "case document <іс id>");
      const d = await prepareDocument(documents, actor, id, readBody(values));
      out = { id: d.id, number: d.number, kind: d.kind, status: d.status, sha256: d.sha256 };
    } else if (sub === "sign") {
      const id = positionals[0];
      if (!id || !values.key)
        throw usageError(
          "case sign <document-id> --key <file.p12>",
          "case sign <id документа> --key <файл.p12>",
          "case sign <құжат id> --key <файл.p12>",
        );
      const key = await loadKeyFile(readFileSync(values.key), values.password ?? DEMO_KEY_PASSWORD);
      const row = await store.db
        .selectFrom("documents")
        .select("pdf")
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) throw documentsError("DOCUMENT_NOT_FOUND", { documentId: id });
      const signature = await signBase64(key, row.pdf, new Date());
      const d = await signDocument(documents, actor, id, { signature });
      out = { id: d.id, number: d.number, status: d.status, signedAt: d.signed_at };
    } else {
      const [id, action] = positionals;
      const run = action ? ACTIONS[action as keyof typeof ACTIONS] : undefined;
      if (!id || !run)
        throw usageError(
          `case act <case-id> ${Object.keys(ACTIONS).join("|")}`,
          `case act <id дела> ${Object.keys(ACTIONS).join("|")}`,
          `case act <іс id> ${Object.keys(ACTIONS).join("|")}`,
        );
      const c = await run(deps, actor, id, readBody(values));
      out = { id: c.id, status: c.status, currentStep: c.cursor, deadline: c.deadline, outcome: c.outcome };
    }
    io.out(JSON.stringify(out, null, 2));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
