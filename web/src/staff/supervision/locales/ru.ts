/** The supervision workspace's dictionary in ru, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { supervisionKk } from "./kk.ts";

export const supervisionRu: Widen<typeof supervisionKk> = {
  supervision: {
    title: "Контроль",
  },
};
