/** The regulations browser's dictionary in Russian, key for key as kk.ts. */
import type { Widen } from "../../locales/types.ts";
import type { regulationsKk } from "./kk.ts";

export const regulationsRu: Widen<typeof regulationsKk> = {
  regulations: {
    title: "Регламенты и стандарты",
  },
};
