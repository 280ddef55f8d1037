/** The complaint capability's typed errors. */
import { type Messages, QyzmetError } from "../core/errors.ts";

export type ComplaintErrorCode = "COMPLAINT_BAD_INPUT" | "COMPLAINT_NOT_FOUND" | "COMPLAINT_WRONG_STATE";

/** 400: the input names the field and what is wrong with it. */
export function badInput(field: string, reason: Messages): QyzmetError {
  return new QyzmetError(
    "COMPLAINT_BAD_INPUT",
    {
      kk: `Шағым деректері қате (${field}): ${reason.kk}`,
      ru: `Неверные данные жалобы (${field}): ${reason.ru}`,
      en: `Bad complaint input (${field}): ${reason.en}`,
    },
    { field },
    400,
  );
}

export function notFound(id: string): QyzmetError {
  return new QyzmetError(
    "COMPLAINT_NOT_FOUND",
    {
      kk: `Шағым табылмады: ${id}`,
      ru: `Жалоба не найдена: ${id}`,
      en: `No such complaint: ${id}`,
    },
    { id },
    404,
  );
}

/** 409: the action does not fit the complaint's state; `reason` says why. */
export function wrongState(
  id: string,
  action: "forward" | "decide",
  status: string,
  reason: Messages,
  source?: string,
): QyzmetError {
  return new QyzmetError(
    "COMPLAINT_WRONG_STATE",
    {
      kk: `Шағым ${id} (${status}): ${reason.kk}`,
      ru: `Жалоба ${id} (${status}): ${reason.ru}`,
      en: `Complaint ${id} (${status}): ${reason.en}`,
    },
    source === undefined ? { id, action, status } : { id, action, status, source },
    409,
  );
}
