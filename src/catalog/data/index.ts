/** Every regulation version of every seed act. Each seed folder owns its data files. */
import type { SeedVersion } from "./build.ts";
import { versions as seed000 } from "./seed-000/index.ts";
import { versions as seed001 } from "./seed-001/index.ts";
import { versions as seed002a } from "./seed-002/part-a.ts";
import { versions as seed002b } from "./seed-002/part-b.ts";
import { versions as seed003a } from "./seed-003/part-a.ts";
import { versions as seed003b } from "./seed-003/part-b.ts";
import { versions as seed004 } from "./seed-004/index.ts";

export const ALL_VERSIONS: readonly SeedVersion[] = [
  ...seed000,
  ...seed001,
  ...seed002a,
  ...seed002b,
  ...seed003a,
  ...seed003b,
  ...seed004,
];
