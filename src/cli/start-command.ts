/**
 * `qyzmet start`. Until the API server exists (issue 4), starting Qyzmet
 * validates the catalogue and prints its summary.
 */
import { loadCatalog } from "../catalog/catalog.ts";
import { EXIT, type Io } from "./io.ts";

export async function startCommand(_args: string[], io: Io): Promise<number> {
  const catalog = loadCatalog();
  const versions = catalog.reduce((n, s) => n + s.versions.length, 0);
  io.out(`Qyzmet — ${catalog.length} state services, ${versions} regulation versions in the catalogue.`);
  for (const s of catalog) io.out(`  ${s.code.padEnd(42)} ${s.versions.map((v) => v.id).join(", ")}`);
  io.out("");
  io.out(
    'Try: node bin/qyzmet.js catalog show guardianship-establishment   ·   "node bin/qyzmet.js help" for all commands',
  );
  return EXIT.ok;
}
