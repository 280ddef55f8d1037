/** Seed 002, regulation 2 (lines 190–287): establishing guardianship or trusteeship over an orphan / a child left without parental care. */
import { calendarDays, t, type VersionInput } from "../build.ts";
import {
  ACT,
  clerkRegister,
  clerkSendToSc,
  consentRequirement,
  D,
  decision,
  documentsRefP9,
  EFFECTIVE,
  educationProvider,
  handbookRequirement,
  headAssign,
  ISSUER,
  paperCopyDelivery,
  partiallyAutomatedForms,
  portalAssign,
  portalDelivery,
  portalRegister,
  portalSendResult,
  portalSubmit,
  presentationForm,
  procTitle,
  Q,
  reasonedRefusalResult,
  ref,
  refusalGroundsRef,
  refusalToAcceptRequirement,
  type StepIn,
  s,
  scAccept,
  scCheckPackage,
  scConsent,
  scIssue,
  scPortalChannels,
  scRefuse,
  scSubmit,
  scTransfer,
  standard198,
  standardAnnexForm,
  step,
} from "./common-a.ts";

const R = 2;

const TITLE = t(
  "Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу",
  "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей",
  "Establishing guardianship or trusteeship over an orphan (orphans) and a child (children) left without parental care",
);

/** Executor: inspection of living conditions and its act (10 cd), then the draft resolution or refusal (5 cd). */
function executorSteps(
  prefix: "s" | "p",
  n: string,
  line: number,
  rest: string,
  annexNote: boolean,
): StepIn[] {
  return [
    step(
      `${prefix}${n}-inspect`,
      n,
      "responsible_executor",
      annexNote
        ? t(
            "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайын тексеріп-қарауды жүргізеді және стандарттың 3-қосымшасына сәйкес нысан бойынша тексеру актісін жасайды",
            "Исполнитель услугодателя рассматривает документы, проводит обследование жилищно-бытовых условий услугополучателя и составляет акт обследования по форме согласно приложению 3 к стандарту",
            "The provider's executor reviews the documents, inspects the applicant's housing and living conditions and draws up the inspection act on the form of annex 3 to the standard",
          )
        : t(
            "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайын тексеріп-қарауды жүргізеді және тексеру актісін жасайды",
            "Исполнитель услугодателя рассматривает документы, проводит обследование жилищно-бытовых условий услугополучателя и составляет акт обследования",
            "The provider's executor reviews the documents, inspects the applicant's housing and living conditions and draws up the inspection act",
          ),
      calendarDays(10),
      t("Тексеру актісі", "Акт обследования", "Inspection act drawn up"),
      s(ref(R, rest), line, line, "тексеру актісін жасау - күнтізбелік он күн ішінде"),
      { outputDocument: "inspection_act" },
    ),
    step(
      `${prefix}${n}-draft`,
      n,
      "responsible_executor",
      t(
        "Көрсетілетін қызметті берушінің орындаушысы қаулының жобасын немесе дәлелді бас тартуды дайындайды",
        "Исполнитель услугодателя готовит проект постановления или мотивированный отказ",
        "The provider's executor prepares the draft resolution or a reasoned refusal",
      ),
      calendarDays(5),
      t(
        "Көрсетілетін қызметті берушінің басшысына қаулының жобасын немесе дәлелді бас тартуды ұсыну",
        "Передача руководителю услугодателя проекта постановления или мотивированного отказа",
        "Draft resolution or reasoned refusal passed to the provider's head",
      ),
      s(
        ref(R, rest),
        line,
        line,
        "қаулының жобасын немесе дәлелді бас тартуды дайындау - күнтізбелік бес күн ішінде",
      ),
      { outputDocument: "akimat_resolution" },
    ),
  ];
}

/** Head: endorses the draft resolution or signs the refusal (1 wd); then the branch to the akimat. */
function headEndorse(
  prefix: "s" | "p",
  n: string,
  line: number,
  rest: string,
  refusalTo: "clerk" | "executor",
  ifNo: string,
): StepIn[] {
  const to =
    refusalTo === "clerk"
      ? t("кеңсе қызметкеріне", "сотруднику канцелярии", "office clerk")
      : t("орындаушысына", "исполнителю", "executor");
  return [
    step(
      `${prefix}${n}-endorse`,
      n,
      "head",
      t(
        "Көрсетілетін қызметті берушінің басшысы қаулының жобасымен келіседі немесе дәлелді бас тартуға қол қояды",
        "Руководитель услугодателя согласовывает проект постановления или подписывает мотивированный отказ",
        "The provider's head endorses the draft resolution or signs the reasoned refusal",
      ),
      D.wd1,
      t(
        `Қаулының жобасын әкімдікке бекіту үшін ұсыну немесе дәлелді бас тартуды көрсетілетін қызметті берушінің ${to.kk} жолдау`,
        `Внесение проекта постановления на утверждение в акимат либо направление мотивированного отказа ${to.ru} услугодателя`,
        `Draft resolution submitted to the akimat for approval, or the reasoned refusal sent to the provider's ${to.en}`,
      ),
      s(ref(R, rest), line, line, Q.wd1),
    ),
    decision(
      `${prefix}${n}-is-draft`,
      n,
      "head",
      t(
        "Басшы қаулының жобасымен келісті ме (дәлелді бас тартуға қол қойылмады ма)?",
        "Руководитель согласовал проект постановления (а не подписал мотивированный отказ)?",
        "Did the head endorse a draft resolution (rather than sign a reasoned refusal)?",
      ),
      ifNo,
      s(ref(R, rest), line),
    ),
  ];
}

function akimatApproves(prefix: "s" | "p", n: string, line: number, rest: string): StepIn {
  return step(
    `${prefix}${n}-akimat`,
    n,
    "akimat",
    t(
      "Әкімдік қаулыны бекітеді және тіркейді",
      "Акимат утверждает и регистрирует постановление",
      "The akimat approves and registers the resolution",
    ),
    calendarDays(12),
    t(
      "Қаулының көшірмесін көрсетілетін қызметті берушіге жолдау",
      "Направление копии постановления услугодателю",
      "Copy of the resolution sent to the provider",
    ),
    s(ref(R, rest), line, line, "күнтізбелік он екі күн ішінде"),
    { outputDocument: "akimat_resolution" },
  );
}

const scSteps: StepIn[] = [
  scSubmit(R, 219),
  scCheckPackage(R, 221),
  scAccept(R, 221, 221),
  scConsent(R, 223),
  scTransfer(R, 225),
  clerkRegister(R, "4", 227),
  headAssign(R, "5", 229),
  ...executorSteps("s", "6", 231, "p. 6, sub-p. 6", true),
  ...headEndorse("s", "7", 233, "p. 6, sub-p. 7", "clerk", "s9-send-to-sc"),
  akimatApproves("s", "8", 235, "p. 6, sub-p. 8"),
  clerkSendToSc(R, "9", 237),
  scIssue(R, "10", 239),
  scRefuse(R, 221, 4),
];

const portalSteps: StepIn[] = [
  portalSubmit(R, 263, standardAnnexForm("2-қосымшасына", "2")),
  portalRegister(R, "2", 265, "min15"),
  portalAssign(R, "3", 267),
  ...executorSteps("p", "4", 269, "p. 9, sub-p. 4", false),
  ...headEndorse("p", "5", 271, "p. 9, sub-p. 5", "executor", "p7-send-result"),
  akimatApproves("p", "6", 273, "p. 9, sub-p. 6"),
  { ...portalSendResult(R, "7", 275, "min15"), next: "end" },
];

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 206, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 190, 287),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 196),
    channels: scPortalChannels(R, 200, 202),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 204),
    results: [
      {
        id: "guardianship-resolution",
        kind: "akimat_resolution",
        title: t(
          "Қамқоршылық немесе қорғаншылық белгілеу туралы аудан және (немесе) облыстық маңызы бар қала әкімдігінің қаулысы",
          "Постановление акимата района и (или) города областного значения об установлении опеки или попечительства",
          "Resolution of the district and/or regional-city akimat establishing guardianship or trusteeship",
        ),
        form: "Standard annex 1",
        source: s(ref(R, "p. 3"), 206, 206, "облыстық маңызы бар қала әкімдігінің қаулысы"),
      },
      reasonedRefusalResult(R, 206, 10),
    ],
    delivery: [paperCopyDelivery(R, 208), portalDelivery(R, 210, true), presentationForm(R, 212, false)],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 215, "sc"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 206, 10),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 221, "sc", 4),
      consentRequirement(R, "p. 6, sub-p. 2", 223, "sc"),
      {
        text: t(
          "Тұрғын үй-тұрмыстық жағдайын тексеріп-қарау актісі стандарттың 3-қосымшасына сәйкес нысан бойынша жасалады.",
          "Акт обследования жилищно-бытовых условий составляется по форме согласно приложению 3 к стандарту.",
          "The act of inspection of housing and living conditions is drawn up on the form of annex 3 to the standard.",
        ),
        source: s(ref(R, "p. 6, sub-p. 6"), 231, 231, "стандарттың 3-қосымшасына сәйкес нысан бойынша"),
      },
      handbookRequirement(R, 256, 258),
    ],
  },
  procedures: [
    {
      id: "guardianship-establishment-sc",
      channel: "state_corporation",
      title: procTitle("sc"),
      source: s(ref(R, "section 2, pp. 5–6"), 213, 239),
      steps: scSteps,
    },
    {
      id: "guardianship-establishment-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 259, 277),
      steps: portalSteps,
    },
  ],
  contradictions: [],
};
