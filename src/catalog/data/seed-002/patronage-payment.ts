/** Seed 002, regulation 7 (lines 652–729): assigning the payment for the upkeep of a child placed with patronage educators. */
import { t, type VersionInput } from "../build.ts";
import {
  ACT,
  consentRequirement,
  documentsRefP9,
  EFFECTIVE,
  educationProvider,
  handbookRequirement,
  ISSUER,
  officeChain,
  officePortalChannels,
  paperCopyDelivery,
  partiallyAutomatedForms,
  portalChain,
  portalDelivery,
  presentationForm,
  procTitle,
  reasonedRefusalResult,
  ref,
  refusalGroundsRef,
  refusalToAcceptRequirement,
  s,
  standard198,
  standardAnnexForm,
} from "./common-a.ts";

const R = 7;

const TITLE = t(
  "Патронат тәрбиешiлерге берiлген баланы (балаларды) асырап-бағуға ақшалай қаражат төлеуді тағайындау",
  "Назначение выплаты денежных средств на содержание ребенка (детей), переданного патронатным воспитателям",
  "Assigning the payment of funds for the upkeep of a child (children) placed with patronage educators",
);

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 668, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 652, 729),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 658),
    channels: officePortalChannels(R, 662, 664),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 666),
    results: [
      {
        id: "patronage-payment-decision",
        kind: "decision",
        title: t(
          "Патронат тәрбиешілерге баланы (балаларды) күтіп-бағуға бөлінетін ақша қаражатын тағайындау туралы шешім",
          "Решение о назначении денежных средств, выделяемых патронатным воспитателям на содержание ребенка (детей)",
          "Decision assigning the funds allotted to patronage educators for the upkeep of the child (children)",
        ),
        form: "Standard annex 1",
        source: s(ref(R, "p. 3"), 668, 668, "ақша қаражатын тағайындау туралы шешім"),
      },
      reasonedRefusalResult(R, 668, 10),
    ],
    delivery: [paperCopyDelivery(R, 670), portalDelivery(R, 672, true), presentationForm(R, 674, false)],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 677, "office"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 668, 10),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 683, "office", null),
      consentRequirement(R, "p. 6, sub-p. 2", 685, "office"),
      handbookRequirement(R, 704, 706),
    ],
  },
  procedures: [
    {
      id: "patronage-payment-office",
      channel: "provider_office",
      title: procTitle("office"),
      source: s(ref(R, "section 2, pp. 5–6"), 675, 693),
      steps: officeChain(
        R,
        { submit: 681, accept: 683, consent: 685, assign: 687, prepare: 689, sign: 691, issue: 693 },
        "decision",
        "wd3",
      ),
    },
    {
      id: "patronage-payment-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 707, 723),
      steps: portalChain(
        R,
        { submit: 711, register: 713, assign: 715, prepare: 717, sign: 719, send: 721 },
        standardAnnexForm("2-қосымшасына", "2"),
        "decision",
        "wd3",
        "min30",
      ),
    },
  ],
  contradictions: [],
};
