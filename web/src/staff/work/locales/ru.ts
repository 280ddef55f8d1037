/** The work workspace's dictionary in ru, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { workKk } from "./kk.ts";

export const workRu: Widen<typeof workKk> = {
  work: {
    title: "Рабочее место",
  },
};
