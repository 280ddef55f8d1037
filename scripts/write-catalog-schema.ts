/** Regenerates docs/catalog.schema.json from the zod schemas: `npm run schema`. */
import { writeFileSync } from "node:fs";
import { catalogJsonSchema } from "../src/catalog/json-schema.ts";

writeFileSync(
  new URL("../docs/catalog.schema.json", import.meta.url),
  `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`,
);
