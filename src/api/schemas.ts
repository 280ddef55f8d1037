/** zod schemas shared by several routes (their `id`s name the OpenAPI components). */
import { z } from "zod";
import { Lang } from "../catalog/vocabulary.ts";
import { StaffRole } from "../core/actor.ts";

export const StaffActorSchema = z
  .object({
    kind: z.literal("staff"),
    staffId: z.string(),
    login: z.string(),
    fullName: z.string(),
    iin: z.string(),
    roles: z.array(StaffRole).readonly(),
    providerId: z.string().nullable(),
    regionCode: z.string().nullable(),
  })
  .meta({ id: "StaffActor", description: "A signed-in staff member" });

/** `?lang=kk|ru|en`; absent: the Accept-Language choice (see lang.ts). */
export const LangQuery = Lang.optional().describe("kk, ru or en; default from Accept-Language, else kk");
