/** Output channels and argument errors shared by the CLI commands. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Lang } from "../catalog/vocabulary.ts";
import { QyzmetError } from "../core/errors.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 done, 1 the command found problems (lint errors), 2 bad input. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function usageError(
  en: string,
  ru: string,
  kk: string,
  details: Record<string, unknown> = {},
): QyzmetError {
  return new QyzmetError("CLI_USAGE", { kk, ru, en }, details);
}

/** parseArgs that turns its own errors into a typed usage error. */
export function parse<T extends ParseArgsConfig["options"]>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw usageError(message, `Неверные аргументы: ${message}`, `Аргументтер дұрыс емес: ${message}`);
  }
}

export function langOption(value: string | boolean | undefined): Lang {
  if (value === undefined) return "en";
  if (value === "kk" || value === "ru" || value === "en") return value;
  throw usageError(
    `Unknown language "${String(value)}" (use kk, ru or en)`,
    `Неизвестный язык "${String(value)}" (kk, ru или en)`,
    `"${String(value)}" тілі белгісіз (kk, ru немесе en)`,
  );
}
