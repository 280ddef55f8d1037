/** Seed 002, regulation 4 (lines 385–475): certificates of the guardianship body for transactions with property owned by minors. */
import { t, type VersionInput } from "../build.ts";
import {
  ACT,
  consentRequirement,
  documentsRefP9,
  EFFECTIVE,
  educationProvider,
  handbookRequirement,
  ISSUER,
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
  scChain,
  scPortalChannels,
  standard198,
  standardAnnexForm,
} from "./common-a.ts";

const R = 4;

const TITLE = t(
  "Кәмелетке толмаған балаларға меншік құқығында тиесілі мүлікпен жасалатын мәмілелерді ресімдеу үшін қорғаншылық немесе қамқоршылық бойынша функцияларды жүзеге асыратын органдардың анықтамаларын беру",
  "Выдача справок органов, осуществляющих функции по опеке или попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности несовершеннолетним детям",
  "Issuing certificates of the bodies performing guardianship or trusteeship functions for transactions with property owned by minors",
);

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 401, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 385, 475),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 391),
    channels: scPortalChannels(R, 395, 397),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 399),
    results: [
      {
        id: "minor-property-transaction-certificate",
        kind: "certificate",
        title: t(
          "Кәмелетке толмаған балаларға меншік құқығында тиесілі мүлікпен жасалатын мәмілелерді ресімдеу үшін қорғаншылық немесе қамқоршылық бойынша функцияларды жүзеге асыратын органдардың беретін анықтамасы",
          "Справка органа, осуществляющего функции по опеке или попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности несовершеннолетним детям",
          "Certificate of the guardianship/trusteeship body for transactions with property owned by minors",
        ),
        form: "Standard annex 1",
        source: s(ref(R, "p. 3"), 401, 401, "функцияларды жүзеге асыратын органдардың беретін анықтамасы"),
      },
      reasonedRefusalResult(R, 401, 10),
    ],
    delivery: [paperCopyDelivery(R, 403), portalDelivery(R, 405, false), presentationForm(R, 407, false)],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 410, "sc"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 401, 10),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 416, "sc", 4),
      consentRequirement(R, "p. 6, sub-p. 2", 418, "sc"),
      {
        text: t(
          "Портал арқылы электрондық сұраныс стандарттың 2, 3-қосымшаларына сәйкес жолданады.",
          "Электронный запрос через портал направляется согласно приложениям 2, 3 к стандарту.",
          "On the portal the e-request follows annexes 2 and 3 to the standard.",
        ),
        source: s(ref(R, "p. 9, sub-p. 1"), 454, 454, "стандарттың 2, 3 - қосымшаларына сәйкес"),
      },
      handbookRequirement(R, 447, 449),
    ],
  },
  procedures: [
    {
      id: "minor-property-transactions-certificate-sc",
      channel: "state_corporation",
      title: procTitle("sc"),
      source: s(ref(R, "section 2, pp. 5–6"), 408, 432),
      steps: scChain(
        R,
        {
          submit: 414,
          accept: 416,
          consent: 418,
          transfer: 420,
          register: 422,
          assign: 424,
          prepare: 426,
          sign: 428,
          send: 430,
          issue: 432,
        },
        "certificate",
        "wd3",
        4,
      ),
    },
    {
      id: "minor-property-transactions-certificate-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 450, 466),
      steps: portalChain(
        R,
        { submit: 454, register: 456, assign: 458, prepare: 460, sign: 462, send: 464 },
        standardAnnexForm("2, 3 - қосымшаларына", "2, 3"),
        "certificate",
        "wd3",
        "min15",
      ),
    },
  ],
  contradictions: [],
};
