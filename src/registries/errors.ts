/** The registries' typed errors: a stable code, kk/ru/en, an HTTP status. */
import { type ErrorStatus, type Messages, QyzmetError } from "../core/errors.ts";

export type RegistryErrorCode =
  | "REGISTRY_BAD_INPUT"
  | "REGISTRY_NOT_FOUND"
  | "REGISTRY_FORBIDDEN"
  | "REGISTRY_NO_CONCLUSION"
  | "REGISTRY_WRONG_STATE"
  | "REGISTRY_RULE";

export const m = (kk: string, ru: string, en: string): Messages => ({ kk, ru, en });

/** 400: the field and what is wrong with it. */
export function badInput(field: string, reason: Messages): QyzmetError {
  return new QyzmetError(
    "REGISTRY_BAD_INPUT",
    {
      kk: `Тізілім деректері қате (${field}): ${reason.kk}`,
      ru: `Неверные данные реестра (${field}): ${reason.ru}`,
      en: `Bad registry input (${field}): ${reason.en}`,
    },
    { field },
    400,
  );
}

export function notFound(what: string, id: string): QyzmetError {
  return new QyzmetError(
    "REGISTRY_NOT_FOUND",
    {
      kk: `Тізілімде табылмады (${what}): ${id}`,
      ru: `Не найдено в реестре (${what}): ${id}`,
      en: `Not in the register (${what}): ${id}`,
    },
    { what, id },
    404,
  );
}

export function forbidden(what: string, id: string): QyzmetError {
  return new QyzmetError(
    "REGISTRY_FORBIDDEN",
    {
      kk: `Бұл жазбаны көруге құқығыңыз жоқ (${what})`,
      ru: `Нет права на доступ к этой записи (${what})`,
      en: `You may not see this record (${what})`,
    },
    { what, id },
    403,
  );
}

/**
 * 403: a citizen without a positive conclusion in force (none, negative or expired) may not see
 * the data bank's children (`details.source`: Rules of registering persons wishing to adopt p. 11).
 */
export function noConclusion(source: string): QyzmetError {
  return new QyzmetError(
    "REGISTRY_NO_CONCLUSION",
    {
      kk: "Деректер банкіндегі балаларды тек күшіндегі оң қорытынды алғаннан кейін көруге болады",
      ru: "Детей банка данных можно просматривать только при действующем положительном заключении",
      en: "The data bank's children may be seen only with a positive conclusion in force",
    },
    { source },
    403,
  );
}

function withReason(code: RegistryErrorCode, status: ErrorStatus) {
  return (reason: Messages, details: Record<string, unknown> = {}): QyzmetError =>
    new QyzmetError(
      code,
      {
        kk: `Тізілім: ${reason.kk}`,
        ru: `Реестр: ${reason.ru}`,
        en: `Register: ${reason.en}`,
      },
      details,
      status,
    );
}

/** 409: the record's state does not allow the action. */
export const wrongState = withReason("REGISTRY_WRONG_STATE", 409);
/** 422: a rule of the law refuses it; `details.source` names the rule. */
export const ruleRefuses = withReason("REGISTRY_RULE", 422);
