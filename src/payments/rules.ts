/**
 * What each paying service's decision assigns: data keyed by the service code
 * (= the payment type), each entry with the legal source of the decision that
 * assigns the money (`payments.test.ts` checks every quote is in its lines).
 * The engine's afterClose hook (`assignFromCase`) and the monthly run read this
 * table; no code branches on a service code.
 *
 * Our acts name the decision and its result, never an amount, a period or a
 * start: so `starts` and `term` are our reading, said in each entry's `note`
 * and in README.md, and every amount is a coefficient an administrator sets.
 */
import type { Source } from "../catalog/schema.ts";

export const PAYMENT_TYPES = [
  "guardian-allowance",
  "patronage-payment",
  "foster-family-placement",
  "adoption-one-time-payment",
  "child-benefit-under-18",
  "targeted-social-assistance",
  "rural-specialist-fuel-assistance",
  "disabled-child-home-education",
  "nuclear-test-victims",
] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

export function isPaymentType(value: unknown): value is PaymentType {
  return typeof value === "string" && (PAYMENT_TYPES as readonly string[]).includes(value);
}

export interface PaymentRule {
  /** `once`: paid in the month of `starts_on` only; `monthly`: every month the ground holds. */
  schedule: "once" | "monthly";
  /** One assignment per child of the case (the child's IIN and birth date from the case's `children`). */
  perChild: boolean;
  /** The ground ends on the child's birthday of this age (null: not by age). */
  untilAge: 18 | null;
  /** The first day paid: the day the application was registered, or the day of the decision. */
  starts: "application" | "decision";
  /**
   * `decision`: the ground holds for a term the decision sets and our acts do not state — the
   * assignment waits (`pending: ["term"]`) until staff enter the term's end. `none`: no term.
   */
  term: "none" | "decision";
  /** The catalogue's document that evidences the bank account, where the act lists one. */
  accountDocument: { id: string; source: Source } | null;
  /** The decision (result) that assigns the payment, per act that regulates the service. */
  sources: readonly Source[];
  /** Our reading where the act is silent. */
  note: string;
}

const ACCOUNT_CONTRACT: PaymentRule["accountDocument"] = {
  id: "bank-account-contract",
  source: {
    seed: "003",
    ref: "Foster family standard p. 8 (provider), sub-p. 9",
    lines: [3290, 3292],
    quote: "екінші деңгейдегі банкте ағымдағы шотты ашу туралы шарттың көшірмесі",
  },
};

const CHILD_MONTHLY = {
  schedule: "monthly",
  perChild: true,
  untilAge: 18,
  starts: "application",
  term: "none",
  accountDocument: null,
} as const;

const TERM_OF_DECISION = {
  schedule: "monthly",
  perChild: false,
  untilAge: null,
  starts: "application",
  term: "decision",
  accountDocument: null,
  note: "the act states no period: the decision's term is entered by staff before anything is paid",
} as const;

export const PAYMENT_RULES: Readonly<Record<PaymentType, PaymentRule>> = {
  "guardian-allowance": {
    ...CHILD_MONTHLY,
    sources: [
      {
        seed: "002",
        ref: "Regulation 5 (Kyzylorda resolution No. 1114), p. 3",
        lines: [492, 492],
        quote: "асырап-бағуға жәрдемақы тағайындау туралы шешім",
      },
    ],
    note: "a child is a person under 18; paid from the application's month (our reading)",
  },
  "patronage-payment": {
    ...CHILD_MONTHLY,
    sources: [
      {
        seed: "002",
        ref: "Regulation 7 (Kyzylorda resolution No. 1114), p. 3",
        lines: [668, 668],
        quote: "ақша қаражатын тағайындау туралы шешім",
      },
    ],
    note: "a child is a person under 18; paid from the application's month (our reading)",
  },
  "foster-family-placement": {
    ...CHILD_MONTHLY,
    accountDocument: ACCOUNT_CONTRACT,
    sources: [
      {
        seed: "000",
        ref: "Akmola regulation (foster family), p. 3",
        lines: [68, 69],
        quote: "оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім",
      },
      {
        seed: "002",
        ref: "Regulation 11 (Kyzylorda resolution No. 1114), p. 3",
        lines: [988, 988],
        quote: "оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім",
      },
      {
        seed: "003",
        ref: "Foster family standard p. 5",
        lines: [3147, 3149],
        quote: "оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім",
      },
    ],
    note: "the maintenance payment of the decision; a child is a person under 18 (our reading)",
  },
  "adoption-one-time-payment": {
    schedule: "once",
    perChild: true,
    untilAge: null,
    starts: "decision",
    term: "none",
    accountDocument: null,
    sources: [
      {
        seed: "002",
        ref: "Regulation 9 (Kyzylorda resolution No. 1114), p. 3",
        lines: [831, 831],
        quote: "асырап алуға байланысты біржолғы ақшалай төлемді тағайындау туралы шешім",
      },
    ],
    note: "one-time (біржолғы), per adopted child, paid in the month of the decision",
  },
  "child-benefit-under-18": {
    ...CHILD_MONTHLY,
    sources: [
      {
        seed: "001",
        ref: "West Kazakhstan resolution No. 122, Annex 4, p. 3",
        lines: [902, 903],
        quote: "он сегіз жасқа дейінгі балаларға мемлекеттік жәрдемақы тағайындау туралы хабарлама",
      },
    ],
    note: "the act itself limits it to children under eighteen; paid from the application's month (our reading)",
  },
  "targeted-social-assistance": {
    ...TERM_OF_DECISION,
    sources: [
      {
        seed: "001",
        ref: "West Kazakhstan resolution No. 122, Annex 5, p. 3",
        lines: [1192, 1193],
        quote: "мемлекеттік атаулы әлеуметтік көмек тағайындау",
      },
    ],
  },
  "rural-specialist-fuel-assistance": {
    ...TERM_OF_DECISION,
    sources: [
      {
        seed: "001",
        ref: "West Kazakhstan resolution No. 122, Annex 7, p. 3",
        lines: [1759, 1762],
        quote: "отын сатып алу бойынша әлеуметтік көмек тағайындау туралы хабарлама",
      },
    ],
  },
  "disabled-child-home-education": {
    ...CHILD_MONTHLY,
    sources: [
      {
        seed: "001",
        ref: "West Kazakhstan resolution No. 122, Annex 6, p. 3",
        lines: [1483, 1484],
        quote: "жәрдемақы тағайындау туралы хабарлама",
      },
    ],
    note: "compensation of the costs of a disabled child's home education: a child is a person under 18 (our reading)",
  },
  "nuclear-test-victims": {
    schedule: "once",
    perChild: false,
    untilAge: null,
    starts: "decision",
    term: "none",
    accountDocument: null,
    sources: [
      {
        seed: "001",
        ref: "West Kazakhstan resolution No. 122, Annex 2, p. 3 (State Corporation), sub-p. 3)",
        lines: [372, 373],
        quote: "дербес шотына аудару арқылы өтемақы төлеу",
      },
    ],
    note: "the compensation transferred to the applicant's personal account, once, in the month of the decision",
  },
};

/**
 * The payment rule of a service, when its decision assigns a payment (which is paid to the
 * applicant's bank account, `form.bankAccount`); null otherwise. What the portal's form asks by.
 */
export function paymentRuleOf(serviceCode: string): PaymentRule | null {
  return isPaymentType(serviceCode) ? PAYMENT_RULES[serviceCode] : null;
}
