/**
 * The `qyzmet` command. Each sub-command lives in its own module; this one
 * dispatches and turns typed errors into a message and exit code 2.
 */
import { isQyzmetError } from "../core/errors.ts";
import { catalogCommand } from "./catalog-command.ts";
import { EXIT, type Io, processIo } from "./io.ts";

const HELP = `qyzmet — Kazakhstan state services, executable

Usage:
  qyzmet serve [--port 8080] [--host 127.0.0.1] [--memory] [--data-dir ./data/pglite]
                                                 the API and its docs (/docs); PostgreSQL when DATABASE_URL
                                                 is set (--memory, --data-dir: PGlite); an empty database
                                                 gets the demo; Ctrl-C stops; request logs with
                                                 QYZMET_LOG_LEVEL=info
  qyzmet start                                   the same as serve
  qyzmet db migrate [--memory] [--data-dir <dir>]
                                                 bring the database schema up to date
  qyzmet db seed --demo [--memory] [--data-dir <dir>]
                                                 migrate, then load the demo organisation (idempotent)
  qyzmet audit verify [--case <id>] [--json]      walk every case's hash-chained history; exit 1 on a break
  qyzmet population generate [--size 100000] [--seed 1] [--as-of 2026-01-01] [--json]
                                                 write the synthetic population the bundled state databases
                                                 answer from (persons, АХАЖ, ЕНИС, guardianship, …)
  qyzmet pki init [--dir ./data/pki]             create the test certification authority (NCA RK profile);
                                                 QYZMET_PKI_DIR, QYZMET_PKI_PASSWORD
  qyzmet pki issue --iin <iin> --name "<SURNAME Name [Patronymic]>" --out <key file>
        [--bin <bin> --org "<name>" --role head|signer|employee] [--usage signing|auth]
        [--days 365] [--password <pw>] [--format p12|pem] [--dir <dir>]
                                                 issue a certificate and write its key file
                                                 (PKCS#12 for .p12/.pfx, else a PEM bundle)
  qyzmet pki revoke <serial> [--reason keyCompromise] [--dir <dir>]
                                                 revoke a certificate (goes into the next CRL)
  qyzmet pki crl --out <file> [--pem] [--dir <dir>]
                                                 write a CRL signed now
  qyzmet case submit --as <login> --file <request.json>
  qyzmet case show <case-id> --as <login>
  qyzmet case act <case-id> steps|preliminary-refusal|hearing|decision|extension --as <login> --json '<body>'
  qyzmet case inbox --as <login>                 scripted intake and actions as a staff member
  qyzmet catalog list [--lang kk|ru|en]          the services: code, title, versions, channels
  qyzmet catalog show <code> [--version <id>] [--lang kk|ru|en]
                                                 the standard and the procedures of a version
  qyzmet catalog export --format json            the whole catalogue as JSON (docs/catalog.schema.json)
  qyzmet catalog export --format bpmn <code> [--version <id>]
                                                 BPMN 2.0 XML with diagram interchange
  qyzmet catalog lint                            check every version against its act
  qyzmet catalog resolve <code> <region> <YYYY-MM-DD>
                                                 the version in force in a region on a date
  qyzmet payments run --month YYYY-MM [--json] [--lang kk|ru|en]
                                                 the monthly accrual run (idempotent): accruals, arrears,
                                                 recoveries, unconfigured types, assignments pending data
  qyzmet payments register --month YYYY-MM --bic <BIC> [--format csv|xml] [--out <file>]
                                                 the run's payment register for one bank
  qyzmet payments coefficient --as <admin login> --type <type> --from YYYY-MM-DD --value <n> --source "<text>"
  qyzmet payments coefficients                   set / list the coefficients (МРП multiples) per payment type
  qyzmet payments assignments --as <login> [--type <type>] [--pending] [--json]
  qyzmet payments complete <id> --as <login> [--bic <BIC> --account <IBAN>] [--child-birth-date <date>
        [--child-iin <iin>]] [--term-ends-on <date>]      give what an assignment waits for
  qyzmet payments report --as <login> [--from YYYY-MM] [--to YYYY-MM] [--json]
                                                 payments per type and month
  qyzmet calendar add <start> <value> <unit> [--schedule provider|state-corporation|portal]
  qyzmet calendar year <YYYY>

Exit codes: 0 done, 1 problems found (lint errors), 2 wrong input.`;

type Command = (args: string[], io: Io) => Promise<number>;

async function calendar(args: string[], io: Io): Promise<number> {
  const { calendarCommand } = await import("./calendar-command.ts");
  return calendarCommand(args, io);
}

async function serve(args: string[], io: Io): Promise<number> {
  const { serveCommand } = await import("./serve-command.ts");
  return serveCommand(args, io);
}

async function db(args: string[], io: Io): Promise<number> {
  const { dbCommand } = await import("./db-command.ts");
  return dbCommand(args, io);
}

async function audit(args: string[], io: Io): Promise<number> {
  const { auditCommand } = await import("./audit-command.ts");
  return auditCommand(args, io);
}

async function population(args: string[], io: Io): Promise<number> {
  const { populationCommand } = await import("./population-command.ts");
  return populationCommand(args, io);
}

async function pki(args: string[], io: Io): Promise<number> {
  const { pkiCommand } = await import("./pki-command.ts");
  return pkiCommand(args, io);
}

async function caseCmd(args: string[], io: Io): Promise<number> {
  const { caseCommand } = await import("./case-command.ts");
  return caseCommand(args, io);
}

async function payments(args: string[], io: Io): Promise<number> {
  const { paymentsCommand } = await import("./payments-command.ts");
  return paymentsCommand(args, io);
}

const COMMANDS: Record<string, Command> = {
  payments,
  serve,
  audit,
  population,
  pki,
  case: caseCmd,
  start: serve,
  db,
  catalog: catalogCommand,
  calendar,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`qyzmet: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (isQyzmetError(error)) {
      io.err(`qyzmet: ${error.messages.en} [${error.code}]`);
      return EXIT.usage;
    }
    throw error;
  }
}
