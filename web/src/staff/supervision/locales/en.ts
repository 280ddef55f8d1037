/** The supervision workspace's dictionary in en, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { supervisionKk } from "./kk.ts";

export const supervisionEn: Widen<typeof supervisionKk> = {
  supervision: {
    title: "Supervision",
  },
};
