/** Payments: assignments (from the paying services' decisions), coefficients, the МРП table, the monthly run and the bank registers. See README.md. */
export { inScope, type PaymentAction, type PaymentScope, paymentScope } from "./access.ts";
export {
  paymentBadInput,
  paymentForbidden,
  paymentNotFound,
  paymentWrongState,
} from "./errors.ts";
export { applicantName, assignFromCase } from "./from-case.ts";
export { type IndexRow, MRP_BY_YEAR, mrpOf } from "./index-table.ts";
export * from "./payments.ts";
export { isPaymentType, PAYMENT_RULES, type PaymentRule, paymentRuleOf } from "./rules.ts";
export * from "./staff.ts";
