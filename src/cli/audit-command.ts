/**
 * `qyzmet audit verify [--case <id>] [--memory | --data-dir <dir>]`: walks
 * every case's hash-chained history (or one case's) and reports each break.
 * Exit 0: every chain is intact; 1: a break was found.
 */
import { verifyGatewayLog } from "../gateway/index.ts";
import { verifyChains } from "../history/index.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";
import { DATABASE_FLAGS, describeDatabase, openMigrated, storeOptionsFromFlags } from "./serve-command.ts";

export async function auditCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "verify")
    throw usageError(
      `Unknown audit command "${sub ?? ""}" (use: audit verify)`,
      `Неизвестная команда audit "${sub ?? ""}" (есть: audit verify)`,
      `"${sub ?? ""}" audit командасы белгісіз (бар: audit verify)`,
    );
  const { values } = parse(rest, { ...DATABASE_FLAGS, case: { type: "string" }, json: { type: "boolean" } });
  const options = storeOptionsFromFlags(values);
  const { store } = await openMigrated(options);
  try {
    const report = await verifyChains(store.db, values.case);
    // The gateway's message log is a chain of its own (src/gateway/log.ts).
    const gateway = values.case === undefined ? await verifyGatewayLog(store.db) : null;
    const broken = report.breaks.length + (gateway?.breaks.length ?? 0);
    if (values.json) io.out(JSON.stringify({ ...report, gateway }));
    else {
      io.out(`${describeDatabase(options)}: ${report.cases} case histories, ${report.events} events`);
      for (const b of report.breaks) io.out(`  BROKEN case ${b.caseId} at event ${b.seq}: ${b.reason}`);
      if (gateway) {
        io.out(`gateway message log: ${gateway.entries} entries`);
        for (const b of gateway.breaks) io.out(`  BROKEN gateway log at entry ${b.seq}: ${b.reason}`);
      }
      io.out(broken === 0 ? "every chain is intact" : `${broken} break(s) found`);
    }
    return broken === 0 ? EXIT.ok : EXIT.problems;
  } finally {
    await store.close();
  }
}
