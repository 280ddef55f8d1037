/**
 * `qyzmet population generate --size 100000 --seed 1 [--as-of YYYY-MM-DD] [--memory | --data-dir <dir>]`:
 * writes the synthetic population the bundled state databases answer from
 * (src/statedb), replacing an earlier run's, and prints the counts.
 */
import { DEFAULT_AS_OF, DEFAULT_SEED, generatePopulation } from "../statedb/population.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";
import { DATABASE_FLAGS, describeDatabase, openMigrated, storeOptionsFromFlags } from "./serve-command.ts";

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw usageError(
      `--${name} must be a whole number, not "${value}"`,
      `--${name} должно быть целым числом, а не "${value}"`,
      `--${name} бүтін сан болуы керек, "${value}" емес`,
    );
  return n;
}

export async function populationCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "generate")
    throw usageError(
      `Unknown population command "${sub ?? ""}" (use: population generate)`,
      `Неизвестная команда population "${sub ?? ""}" (есть: population generate)`,
      `"${sub ?? ""}" population командасы белгісіз (бар: population generate)`,
    );
  const { values } = parse(rest, {
    ...DATABASE_FLAGS,
    size: { type: "string" },
    seed: { type: "string" },
    "as-of": { type: "string" },
    json: { type: "boolean" },
  });
  const size = positiveInt("size", values.size, 100_000);
  const seed = positiveInt("seed", values.seed, DEFAULT_SEED);
  const asOf = values["as-of"] ?? DEFAULT_AS_OF;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw usageError(
      `--as-of must be YYYY-MM-DD, not "${asOf}"`,
      `--as-of должно быть ГГГГ-ММ-ДД, а не "${asOf}"`,
      `--as-of ЖЖЖЖ-АА-КК болуы керек, "${asOf}" емес`,
    );
  const options = storeOptionsFromFlags(values);
  const { store } = await openMigrated(options);
  try {
    const started = performance.now();
    const counts = await generatePopulation(store.db, { size, seed, asOf });
    const seconds = (performance.now() - started) / 1000;
    if (values.json) io.out(JSON.stringify({ ...counts, seconds }));
    else {
      io.out(
        `${describeDatabase(options)}: population of seed ${seed} as of ${asOf} in ${seconds.toFixed(1)} s`,
      );
      io.out(`  persons (ГБД ФЛ)            ${counts.citizens}`);
      io.out(`  births (АХАЖ)               ${counts.births}`);
      io.out(`  marriages (АХАЖ)            ${counts.marriages}`);
      io.out(`  deaths (АХАЖ)               ${counts.deaths}`);
      io.out(`  guardianships               ${counts.guardianships}`);
      io.out(`  powers of attorney (ЕНИС)   ${counts.powersOfAttorney}`);
      io.out(`  criminal records            ${counts.criminalRecords}`);
      io.out(`  dispensary registrations    ${counts.dispensaryRegistrations}`);
      io.out(`  кандас (Оралман)            ${counts.oralman}`);
      io.out(`  enrolments (НОБД)           ${counts.educationRecords}`);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
