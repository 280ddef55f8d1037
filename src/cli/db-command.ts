/**
 * `qyzmet db migrate` and `qyzmet db seed --demo`, on the database `serve`
 * would use (DATABASE_URL, else PGlite; --memory / --data-dir choose PGlite).
 */
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { demoSigning, ensureCa } from "../demo/key-files.ts";
import { pkiDir } from "../pki/store.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";
import {
  DATABASE_FLAGS,
  DEMO_SEEDERS,
  describeDatabase,
  openMigrated,
  runSeeders,
  storeOptionsFromFlags,
} from "./serve-command.ts";

function unknownSubcommand(name: string | undefined) {
  const shown = name ?? "";
  return usageError(
    `Unknown db command "${shown}" (use: db migrate, db seed --demo)`,
    `Неизвестная команда db "${shown}" (есть: db migrate, db seed --demo)`,
    `"${shown}" db командасы белгісіз (бар: db migrate, db seed --demo)`,
  );
}

export async function dbCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "migrate" && sub !== "seed") throw unknownSubcommand(sub);
  const { values, positionals } = parse(rest, { ...DATABASE_FLAGS, demo: { type: "boolean" } });
  if (positionals.length > 0) {
    throw usageError(
      `Unexpected argument "${positionals[0]}"`,
      `Лишний аргумент "${positionals[0]}"`,
      `Артық аргумент "${positionals[0]}"`,
    );
  }
  if (sub === "seed" && !values.demo) {
    throw usageError(
      "Only the demo can be seeded: qyzmet db seed --demo",
      "Можно загрузить только демо-данные: qyzmet db seed --demo",
      "Тек демо деректерді жүктеуге болады: qyzmet db seed --demo",
    );
  }
  if (sub === "migrate" && values.demo) {
    throw usageError("--demo belongs to db seed", "--demo относится к db seed", "--demo тек db seed үшін");
  }
  const options = storeOptionsFromFlags(values);
  const { store, applied } = await openMigrated(options);
  try {
    io.out(
      applied.length === 0
        ? `${describeDatabase(options)}: the schema is up to date`
        : `${describeDatabase(options)}: applied ${applied.join(", ")}`,
    );
    if (sub === "seed") {
      // The demo's results are signed under the test CA of QYZMET_PKI_DIR (./data/pki), created if absent.
      const dir = pkiDir({});
      await ensureCa({ dir });
      const signing = await demoSigning(dir);
      const context = {
        store,
        catalog: loadCatalog(),
        calendar: defaultCalendar(),
        now: new Date(),
        signing,
      };
      await runSeeders(DEMO_SEEDERS, context, io);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
