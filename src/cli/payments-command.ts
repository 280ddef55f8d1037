/**
 * `qyzmet payments …`, straight on the database (the operator of the server is
 * trusted with the monthly batch; what records a person's act names a staff
 * login with --as and is checked against that person's scope):
 *
 *   qyzmet payments run --month YYYY-MM [--json] [--lang kk|ru|en]
 *   qyzmet payments register --month YYYY-MM --bic <BIC> [--format csv|xml] [--out <file>]
 *   qyzmet payments coefficient --as <login> --type <type> --from YYYY-MM-DD --value <n> --source "<text>"
 *   qyzmet payments coefficients
 *   qyzmet payments assignments --as <login> [--type <type>] [--pending] [--json]
 *   qyzmet payments complete <assignment-id> --as <login> [--bic <BIC> --account <IBAN>]
 *        [--child-birth-date YYYY-MM-DD [--child-iin <iin>]] [--term-ends-on YYYY-MM-DD]
 *   qyzmet payments report --as <login> [--from YYYY-MM] [--to YYYY-MM] [--json]
 */
import { writeFileSync } from "node:fs";
import { staffActorById } from "../auth/index.ts";
import type { Lang } from "../catalog/vocabulary.ts";
import type { StaffActor } from "../core/actor.ts";
import { QyzmetError } from "../core/errors.ts";
import {
  assignmentsFor,
  checkMonth,
  completeAs,
  isPaymentType,
  listCoefficients,
  PAYMENT_TYPES,
  type RunResult,
  registerCsv,
  registerLines,
  registerXml,
  reportFor,
  runMonth,
  setCoefficientAs,
} from "../payments/index.ts";
import type { Store } from "../store/index.ts";
import { EXIT, type Io, langOption, parse, usageError } from "./io.ts";
import { DATABASE_FLAGS, openMigrated, storeOptionsFromFlags } from "./serve-command.ts";

const SUBS = ["run", "register", "coefficient", "coefficients", "assignments", "complete", "report"];

const LABELS = {
  run: { kk: "Есептеу айы", ru: "Месяц начисления", en: "Accrual run for" },
  accrued: { kk: "есептелді", ru: "начислено", en: "accruals" },
  arrears: { kk: "оның ішінде берешек", ru: "из них задолженность", en: "of which arrears" },
  recovered: { kk: "өндіріп алу", ru: "удержания", en: "recoveries" },
  total: { kk: "барлығы, теңге", ru: "итого, тенге", en: "total, KZT" },
  unconfigured: {
    kk: "коэффициенті белгіленбеген",
    ru: "без установленного коэффициента",
    en: "unconfigured (no coefficient)",
  },
  pending: {
    kk: "деректерді күтуде (шот, бала, мерзім)",
    ru: "ожидают данных (счёт, ребёнок, срок)",
    en: "pending (account, child, term)",
  },
} satisfies Record<string, Record<Lang, string>>;

const tenge = (tiyn: number) => (tiyn / 100).toFixed(2);

export function runSummary(r: RunResult, lang: Lang): string[] {
  const L = (k: keyof typeof LABELS) => LABELS[k][lang];
  return [
    `${L("run")} ${r.month}`,
    `  ${L("accrued")}: ${r.accrued}`,
    `  ${L("arrears")}: ${r.arrears}`,
    `  ${L("recovered")}: ${r.recovered}`,
    `  ${L("total")}: ${tenge(r.totalTiyn)}`,
    `  ${L("unconfigured")}: ${r.unconfigured.length}`,
    ...r.unconfigured.map((id) => `    ${id}`),
    `  ${L("pending")}: ${r.pending.length}`,
    ...r.pending.map((p) => `    ${p.id} (${p.missing.join(", ")})`),
  ];
}

function need(value: string | undefined, flag: string): string {
  if (value === undefined || value === "")
    throw usageError(`${flag} is required`, `Нужен ${flag}`, `${flag} қажет`, { flag });
  return value;
}

async function staffOf(store: Store, login: string | undefined): Promise<StaffActor> {
  const id = need(login, "--as <login>");
  const actor = await staffActorById(store.db, id);
  if (!actor)
    throw new QyzmetError(
      "STAFF_NOT_FOUND",
      { kk: "Қызметкер табылмады", ru: "Сотрудник не найден", en: "Staff member not found" },
      { login: id },
      404,
    );
  return actor;
}

export async function paymentsCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || !SUBS.includes(sub))
    throw usageError(
      `Unknown payments command "${sub ?? ""}" (use: ${SUBS.join(", ")})`,
      `Неизвестная команда payments "${sub ?? ""}" (есть: ${SUBS.join(", ")})`,
      `"${sub ?? ""}" payments командасы белгісіз (бар: ${SUBS.join(", ")})`,
    );
  const { values, positionals } = parse(rest, {
    ...DATABASE_FLAGS,
    month: { type: "string" },
    bic: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    as: { type: "string" },
    type: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    value: { type: "string" },
    source: { type: "string" },
    pending: { type: "boolean" },
    account: { type: "string" },
    "child-birth-date": { type: "string" },
    "child-iin": { type: "string" },
    "term-ends-on": { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const lang = langOption(values.lang);
  const format = values.format ?? "csv";
  if (format !== "csv" && format !== "xml")
    throw usageError(
      `Unknown format "${format}" (use csv or xml)`,
      `Неизвестный формат "${format}" (csv или xml)`,
      `"${format}" пішімі белгісіз (csv немесе xml)`,
    );
  if (values.type !== undefined && !isPaymentType(values.type))
    throw usageError(
      `Unknown payment type "${values.type}" (use: ${PAYMENT_TYPES.join(", ")})`,
      `Неизвестный вид выплаты "${values.type}" (есть: ${PAYMENT_TYPES.join(", ")})`,
      `"${values.type}" төлем түрі белгісіз (бар: ${PAYMENT_TYPES.join(", ")})`,
    );
  // Checked before the database opens: bad input changes nothing.
  if (sub === "run" || sub === "register") checkMonth(need(values.month, "--month"));
  if (sub === "register") need(values.bic, "--bic");
  const { store } = await openMigrated(storeOptionsFromFlags(values));
  const now = new Date();
  try {
    switch (sub) {
      case "run": {
        const r = await runMonth(store.db, values.month as string, now);
        if (values.json) io.out(JSON.stringify(r));
        else for (const line of runSummary(r, lang)) io.out(line);
        return EXIT.ok;
      }
      case "register": {
        const month = values.month as string;
        const bic = values.bic as string;
        const lines = await registerLines(store.db, month, bic);
        const text = format === "xml" ? registerXml(month, bic, lines) : registerCsv(lines);
        if (values.out) writeFileSync(values.out, text);
        else io.out(text.trimEnd());
        return EXIT.ok;
      }
      case "coefficient": {
        const actor = await staffOf(store, values.as);
        const type = need(values.type, "--type");
        const coefficient = Number(need(values.value, "--value"));
        await setCoefficientAs(
          store.db,
          actor,
          {
            type: type as (typeof PAYMENT_TYPES)[number],
            effectiveFrom: need(values.from, "--from"),
            coefficient,
            source: need(values.source, "--source"),
          },
          now,
        );
        io.out(`${type} ${values.from}: ${coefficient} × МРП (${values.source})`);
        return EXIT.ok;
      }
      case "coefficients": {
        for (const c of await listCoefficients(store.db))
          io.out(`${c.type}\t${c.effectiveFrom}\t${c.coefficient}\t${c.source}\t${c.setBy}`);
        return EXIT.ok;
      }
      case "assignments": {
        const actor = await staffOf(store, values.as);
        const rows = await assignmentsFor(
          store.db,
          actor,
          {
            ...(values.type ? { type: values.type as (typeof PAYMENT_TYPES)[number] } : {}),
            ...(values.pending ? { pending: true } : {}),
          },
          now,
        );
        if (values.json) io.out(JSON.stringify(rows));
        else
          for (const a of rows)
            io.out(
              `${a.id}\t${a.payment_type}\t${a.recipient_iin}\t${a.starts_on}\t${(a.pending as string[]).join(",") || "-"}`,
            );
        return EXIT.ok;
      }
      case "complete": {
        const actor = await staffOf(store, values.as);
        const id = need(positionals[0], "<assignment-id>");
        const row = await completeAs(
          store.db,
          actor,
          id,
          {
            ...(values.bic !== undefined ? { bankBic: values.bic } : {}),
            ...(values.account !== undefined ? { account: values.account } : {}),
            ...(values["child-birth-date"] !== undefined
              ? { childBirthDate: values["child-birth-date"] }
              : {}),
            ...(values["child-iin"] !== undefined ? { childIin: values["child-iin"] } : {}),
            ...(values["term-ends-on"] !== undefined ? { termEndsOn: values["term-ends-on"] } : {}),
          },
          now,
        );
        io.out(JSON.stringify(row));
        return EXIT.ok;
      }
      default: {
        const actor = await staffOf(store, values.as);
        const rows = await reportFor(store.db, actor, {
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
        });
        if (values.json) io.out(JSON.stringify(rows));
        else
          for (const r of rows)
            io.out(`${r.type}\t${r.month}\t${r.payments}\t${tenge(r.paidTiyn)}\t${tenge(r.recoveredTiyn)}`);
        return EXIT.ok;
      }
    }
  } finally {
    await store.close();
  }
}
