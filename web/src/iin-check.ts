/** The IIN check of src/iin (structure, date of birth, two-pass check digit) for form fields. */
import { parseIin } from "../../src/iin/iin.ts";
import type { Lang } from "./i18n.ts";
import { messageOf } from "./ui.tsx";

/** null when valid; else the typed error's message (IIN_BAD_FORMAT, _DATE, _CHECKSUM) in `lang`. */
export function iinProblem(value: string, lang: Lang): string | null {
  try {
    parseIin(value.trim());
    return null;
  } catch (error) {
    return messageOf(error, lang) ?? "IIN";
  }
}
