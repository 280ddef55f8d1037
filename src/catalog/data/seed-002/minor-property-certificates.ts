/** Seed 002, regulation 3 (lines 288–384): certificates for disposing of minors' property and for inheritance by minors. */
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

const R = 3;

const TITLE = t(
  "Кәмелетке толмаған балалардың мүлкіне иелік ету және кәмелетке толмаған балаларға мұра ресімдеу үшін анықтамалар беру",
  "Выдача справок для распоряжения имуществом несовершеннолетних детей и оформления наследства несовершеннолетним детям",
  "Issuing certificates for disposing of the property of minors and for registering an inheritance to minors",
);

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 306, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 288, 384),
  titleInAct: TITLE,
  variants: [
    {
      id: "inheritance",
      title: t(
        "Кәмелетке толмаған балаларға мұрагерлік құқығы бойынша тиесілі мүлікке иелік ету туралы анықтама",
        "Справка о распоряжении имуществом, принадлежащим несовершеннолетним детям по праву наследования",
        "Certificate on disposing of property that belongs to minors by right of inheritance",
      ),
    },
    {
      id: "internal-affairs",
      title: t(
        "Ішкі істер органдарына кәмелетке толмаған балалардың мүліктеріне иелік ету үшін берілетін анықтама",
        "Справка в органы внутренних дел для распоряжения имуществом несовершеннолетних детей",
        "Certificate to the internal affairs bodies for disposing of minors' property",
      ),
    },
    {
      id: "owned-property",
      title: t(
        "Меншік құқығы бар кәмелетке толмаған балалардың мүліктеріне иелік ету үшін берілетін анықтама",
        "Справка для распоряжения имуществом несовершеннолетних детей, принадлежащим им на праве собственности",
        "Certificate for disposing of property owned by minors",
      ),
    },
  ],
  standard: {
    provider: educationProvider(R, 294),
    channels: scPortalChannels(R, 298, 300),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 302),
    results: [
      {
        id: "inheritance-property-certificate",
        kind: "certificate",
        variant: "inheritance",
        title: t(
          "Кәмелетке толмаған балаларға мұрагерлік құқығы бойынша тиесілі мүлікке иелік ету туралы анықтама",
          "Справка о распоряжении имуществом, принадлежащим несовершеннолетним детям по праву наследования",
          "Certificate on disposing of property that belongs to minors by right of inheritance",
        ),
        form: "Standard annex 1",
        source: s(
          ref(R, "p. 3, sub-p. 1"),
          306,
          306,
          "мұрагерлік құқығы бойынша тиесілі мүлікке иелік ету туралы анықтама",
        ),
      },
      {
        id: "internal-affairs-certificate",
        kind: "certificate",
        variant: "internal-affairs",
        title: t(
          "Ішкі істер органдарына кәмелетке толмаған балалардың мүліктеріне иелік ету үшін берілетін анықтама",
          "Справка в органы внутренних дел для распоряжения имуществом несовершеннолетних детей",
          "Certificate to the internal affairs bodies for disposing of minors' property",
        ),
        form: "Standard annex 2",
        source: s(
          ref(R, "p. 3, sub-p. 2"),
          308,
          308,
          "ішкі істер органдарына кәмелетке толмаған балалардың мүліктеріне",
        ),
      },
      {
        id: "owned-property-certificate",
        kind: "certificate",
        variant: "owned-property",
        title: t(
          "Меншік құқығы бар кәмелетке толмаған балалардың мүліктеріне иелік ету үшін берілетін анықтама",
          "Справка для распоряжения имуществом несовершеннолетних детей, принадлежащим им на праве собственности",
          "Certificate for disposing of property owned by minors",
        ),
        form: "Standard annex 3",
        source: s(
          ref(R, "p. 3, sub-p. 3"),
          310,
          310,
          "меншік құқығы бар кәмелетке толмаған балалардың мүліктеріне",
        ),
      },
      reasonedRefusalResult(R, 310, 11),
    ],
    delivery: [paperCopyDelivery(R, 312), portalDelivery(R, 314, false), presentationForm(R, 316, false)],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 319, "sc"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 310, 11),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 325, "sc", 7),
      consentRequirement(R, "p. 6, sub-p. 2", 327, "sc"),
      {
        text: t(
          "Портал арқылы электрондық сұраныс стандарттың 4, 5, 6-қосымшаларына сәйкес жолданады (қай нысан қай анықтамаға арналғаны регламентте көрсетілмеген).",
          "Электронный запрос через портал направляется согласно приложениям 4, 5, 6 к стандарту (какая форма относится к какой справке, в регламенте не указано).",
          "On the portal the e-request follows annexes 4, 5 and 6 to the standard (the regulation does not say which form belongs to which certificate).",
        ),
        source: s(ref(R, "p. 9, sub-p. 1"), 363, 363, "стандарттың 4, 5, 6 - қосымшаларына сәйкес"),
      },
      handbookRequirement(R, 356, 358),
    ],
  },
  procedures: [
    {
      id: "minor-property-certificates-sc",
      channel: "state_corporation",
      title: procTitle("sc"),
      source: s(ref(R, "section 2, pp. 5–6"), 317, 341),
      steps: scChain(
        R,
        {
          submit: 323,
          accept: 325,
          consent: 327,
          transfer: 329,
          register: 331,
          assign: 333,
          prepare: 335,
          sign: 337,
          send: 339,
          issue: 341,
        },
        "certificate",
        "wd3",
        7,
      ),
    },
    {
      id: "minor-property-certificates-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 359, 375),
      steps: portalChain(
        R,
        { submit: 363, register: 365, assign: 367, prepare: 369, sign: 371, send: 373 },
        standardAnnexForm("4, 5, 6 - қосымшаларына", "4, 5, 6"),
        "certificate",
        "wd3",
        "min15",
      ),
    },
  ],
  contradictions: [],
};
