/** The regulations browser's dictionary in English, key for key as kk.ts. */
import type { Widen } from "../../locales/types.ts";
import type { regulationsKk } from "./kk.ts";

export const regulationsEn: Widen<typeof regulationsKk> = {
  regulations: {
    title: "Regulations and standards",
  },
};
