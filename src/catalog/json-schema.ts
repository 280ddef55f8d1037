/** The JSON Schema of `catalog export --format json`, generated from the zod schemas. */
import { z } from "zod";
import { Catalog } from "./schema.ts";

export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Catalog, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $id: "https://qyzmet.kz/schemas/catalog.schema.json",
    title: "Qyzmet catalogue",
    description:
      "Every state service with its regulation versions (standard and procedures), as exported by " +
      "`qyzmet catalog export --format json`. Every number, document and ground carries its source in the acts.",
    ...schema,
  };
}
