/** The desk workspace's dictionary in ru, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { deskKk } from "./kk.ts";

export const deskRu: Widen<typeof deskKk> = {
  desk: {
    title: "Стол приёма Государственной корпорации",
  },
};
