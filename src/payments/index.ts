/** Payments: assignments, coefficients, the МРП table, the monthly run and the bank registers. See README.md. */
export { paymentBadInput } from "./errors.ts";
export { type IndexRow, MRP_BY_YEAR, mrpOf } from "./index-table.ts";
export * from "./payments.ts";
