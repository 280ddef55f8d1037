/** The desk workspace's dictionary in en, key for key as kk.ts. */
import type { Widen } from "../../../locales/types.ts";
import type { deskKk } from "./kk.ts";

export const deskEn: Widen<typeof deskKk> = {
  desk: {
    title: "State Corporation desk",
  },
};
