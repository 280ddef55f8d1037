/** The work workspace's dictionary in en, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { workKk } from "./kk.ts";

export const workEn: Widen<typeof workKk> = {
  work: {
    title: "Workstation",
  },
};
