/**
 * `qyzmet case …`: scripted intake and actions for a staff member, straight
 * on the database (the operator of the server is trusted; over the network use
 * the API, which signs staff in).
 *
 *   qyzmet case submit --as <login> --file <request.json>      (or --json '<request>')
 *   qyzmet case show <case-id> --as <login>
 *   qyzmet case act <case-id> steps|preliminary-refusal|hearing|decision|extension --as <login> --json '<body>'
 *   qyzmet case inbox --as <login>
 */
import { readFileSync } from "node:fs";
import { staffActorById } from "../auth/index.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { QyzmetError } from "../core/errors.ts";
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

export async function caseCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    ...DATABASE_FLAGS,
    as: { type: "string" },
    file: { type: "string" },
    json: { type: "string" },
  });
  if (!sub || !["submit", "show", "act", "inbox"].includes(sub))
    throw usageError(
      `Unknown case command "${sub ?? ""}" (use: submit, show, act, inbox)`,
      `Неизвестная команда case "${sub ?? ""}" (есть: submit, show, act, inbox)`,
      `"${sub ?? ""}" case командасы белгісіз (бар: submit, show, act, inbox)`,
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
    const deps: EngineDeps = {
      db: store.db,
      calendar: defaultCalendar(),
      catalog: loadCatalog(),
      now: () => new Date(),
      automation: PASSING_AUTOMATION,
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
