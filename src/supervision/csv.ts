/**
 * CSV for the supervisor's tables: RFC 4180 (comma, CRLF, a field quoted when it holds a comma, a quote,
 * CR or LF, quotes doubled), a UTF-8 byte-order mark so spreadsheet programs read Cyrillic, and text
 * that a spreadsheet would take for a formula (=, +, -, @ first) prefixed with an apostrophe.
 */
export type Cell = string | number | boolean | null | undefined | Date;

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: Cell): string {
  const s = text(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
