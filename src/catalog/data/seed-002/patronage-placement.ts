/** Seed 002, regulation 6 (lines 567–651): placing a child (children) in patronage upbringing. */
import { calendarDays, t, type VersionInput } from "../build.ts";
import {
  ACT,
  consentRequirement,
  decision,
  documentsRefP9,
  EFFECTIVE,
  educationProvider,
  handbookRequirement,
  headAssign,
  headSign,
  ISSUER,
  officeAccept,
  officeCheckPackage,
  officeConsent,
  officeIssue,
  officePortalChannels,
  officeRefuse,
  officeSubmit,
  partiallyAutomatedForms,
  portalAssign,
  portalRegister,
  portalSendResult,
  portalSign,
  portalSubmit,
  presentationForm,
  procTitle,
  REASONED_REFUSAL_TITLE,
  ref,
  refusalGroundsRef,
  refusalToAcceptRequirement,
  type StepIn,
  s,
  standard198,
  step,
} from "./common-a.ts";

const R = 6;

const TITLE = t(
  "Баланы (балаларды) патронаттық тәрбиелеуге беру",
  "Передача ребенка (детей) на патронатное воспитание",
  "Placing a child (children) in patronage upbringing",
);

const CONTRACT_OR_REFUSAL = t(
  "шартқа немесе дәлелді бас тартуға",
  "договор или мотивированный отказ",
  "the contract or the reasoned refusal",
);

/**
 * The executor's sub-paragraph: inspection and its act (10 cd), then either the draft contract (18 cd) or the
 * reasoned refusal (4 cd). `signId` is the head's signature step that both branches lead to.
 */
function executorSteps(
  prefix: "s" | "p",
  n: string,
  line: number,
  rest: string,
  annexNote: boolean,
  signId: string,
): StepIn[] {
  const src = (quote?: string) => s(ref(R, rest), line, line, quote);
  return [
    step(
      `${prefix}${n}-inspect`,
      n,
      "responsible_executor",
      annexNote
        ? t(
            "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайын тексеріп-қарауды жүргізеді және стандарттың 2-қосымшасына сәйкес нысан бойынша тексеру актісін жасайды",
            "Исполнитель услугодателя рассматривает документы, проводит обследование жилищно-бытовых условий услугополучателя и составляет акт обследования по форме согласно приложению 2 к стандарту",
            "The provider's executor reviews the documents, inspects the applicant's housing and living conditions and draws up the inspection act on the form of annex 2 to the standard",
          )
        : t(
            "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайын тексеріп-қарауды жүргізеді және тексеру актісін жасайды",
            "Исполнитель услугодателя рассматривает документы, проводит обследование жилищно-бытовых условий услугополучателя и составляет акт обследования",
            "The provider's executor reviews the documents, inspects the applicant's housing and living conditions and draws up the inspection act",
          ),
      calendarDays(10),
      t("Тексеру актісі", "Акт обследования", "Inspection act drawn up"),
      src("тексеру актісін жасау - күнтізбелік он күн ішінде"),
      { outputDocument: "inspection_act" },
    ),
    decision(
      `${prefix}${n}-grounds`,
      n,
      "responsible_executor",
      t(
        "Шарт жобасы дайындала ма (стандарттың 10-тармағындағы бас тарту негіздері жоқ па)?",
        "Готовится проект договора (нет оснований для отказа по пункту 10 стандарта)?",
        "Is a draft contract to be prepared (no grounds for refusal under standard paragraph 10)?",
      ),
      `${prefix}${n}-refusal`,
      src(),
    ),
    step(
      `${prefix}${n}-contract`,
      n,
      "responsible_executor",
      t(
        "Көрсетілетін қызметті берушінің орындаушысы шарт жобасын дайындайды",
        "Исполнитель услугодателя готовит проект договора",
        "The provider's executor prepares the draft contract",
      ),
      calendarDays(18),
      t(
        "Көрсетілетін қызметті берушінің басшысына шарт жобасын ұсыну",
        "Передача проекта договора руководителю услугодателя",
        "Draft contract passed to the provider's head",
      ),
      src("шарт жобасын дайындау - күнтізбелік он сегіз күн ішінде"),
      { outputDocument: "contract", next: signId },
    ),
    step(
      `${prefix}${n}-refusal`,
      n,
      "responsible_executor",
      t(
        "Көрсетілетін қызметті берушінің орындаушысы дәлелді бас тартуды дайындайды",
        "Исполнитель услугодателя готовит мотивированный отказ",
        "The provider's executor prepares the reasoned refusal",
      ),
      calendarDays(4),
      t(
        "Көрсетілетін қызметті берушінің басшысына дәлелді бас тартуды ұсыну",
        "Передача мотивированного отказа руководителю услугодателя",
        "Reasoned refusal passed to the provider's head",
      ),
      src("дәлелді бас тартуды дайындау - күнтізбелік төрт күн ішінде"),
      { outputDocument: "reasoned_refusal" },
    ),
  ];
}

const officeSteps: StepIn[] = [
  officeSubmit(R, 598),
  officeCheckPackage(R, 600),
  officeAccept(R, 600),
  officeConsent(R, 602),
  headAssign(R, "3", 604),
  ...executorSteps("s", "4", 606, "p. 6, sub-p. 4", true, "s5-sign"),
  headSign(R, "5", 608, CONTRACT_OR_REFUSAL, "clerk"),
  { ...officeIssue(R, "6", 610), next: "end" },
  officeRefuse(R, 600),
];

const portalSteps: StepIn[] = [
  portalSubmit(R, 628, null),
  portalRegister(R, "2", 630, "min30"),
  portalAssign(R, "3", 632),
  ...executorSteps("p", "4", 634, "p. 9, sub-p. 4", false, "p5-sign"),
  portalSign(R, "5", 636, CONTRACT_OR_REFUSAL),
  {
    ...portalSendResult(
      R,
      "6",
      638,
      "min30",
      t(
        "шарт жасасу туралы хабарламаны немесе дәлелді бас тартуды",
        "уведомление о заключении договора или мотивированный отказ",
        "the notification on concluding the contract or the reasoned refusal",
      ),
    ),
    outputDocument: "notification",
  },
  decision(
    "p6-is-notification",
    "6",
    "responsible_executor",
    t(
      "Көрсетілетін қызметті алушыға шарт жасасу туралы хабарлама жолданды ма (дәлелді бас тарту емес)?",
      "Услугополучателю направлено уведомление о заключении договора (а не мотивированный отказ)?",
      "Was the notification on concluding the contract sent (rather than a reasoned refusal)?",
    ),
    "end",
    s(ref(R, "p. 9, sub-pp. 6–7"), 638, 640),
  ),
  step(
    "p7-sign-contract",
    "7",
    "applicant",
    t(
      "Көрсетілетін қызметті алушы шарт жасасу туралы хабарламаны алғаннан кейін хабарламада көрсетілген мекенжай бойынша шартқа қол қояды және көрсетілетін қызметті берушінің орындаушысынан алады",
      "Услугополучатель после получения уведомления о заключении договора подписывает договор по указанному в уведомлении адресу и получает его у исполнителя услугодателя",
      "Having received the notification, the applicant signs the contract at the address given in it and collects it from the provider's executor",
    ),
    null,
    t(
      "Баланы (балаларды) патронаттық тәрбиеге беру туралы шарт",
      "Договор о передаче ребенка (детей) на патронатное воспитание",
      "Patronage upbringing contract signed and collected",
    ),
    s(ref(R, "p. 9, sub-p. 7"), 640),
    { outputDocument: "contract", next: "end" },
  ),
];

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 585, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 567, 651),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 573),
    channels: officePortalChannels(R, 577, 579),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 581),
    results: [
      {
        id: "patronage-contract",
        kind: "contract",
        title: t(
          "Баланы (балаларды) патронаттық тәрбиеге беру туралы шарт (көрсетілетін қызметті берушіге жүгінген кезде)",
          "Договор о передаче ребенка (детей) на патронатное воспитание (при обращении к услугодателю)",
          "Contract placing the child (children) in patronage upbringing (when applying to the provider)",
        ),
        source: s(ref(R, "p. 3"), 585, 585, "баланы (балаларды) патронаттық тәрбиеге беру туралы шарт"),
      },
      {
        id: "contract-notification",
        kind: "notification",
        title: t(
          "Баланы (балаларды) патронаттық тәрбиеге беру туралы шарт жасасу туралы хабарлама (порталда)",
          "Уведомление о заключении договора о передаче ребенка (детей) на патронатное воспитание (на портале)",
          "Notification on concluding the patronage upbringing contract (on the portal)",
        ),
        form: "Standard annex 1",
        source: s(ref(R, "p. 3"), 587, 587, "шарт жасасу туралы хабарлама"),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: REASONED_REFUSAL_TITLE,
        source: s(ref(R, "p. 3"), 585, 587, "10-тармағында көрсетілген"),
      },
    ],
    delivery: [
      {
        text: t(
          "Көрсетілетін қызметті алушы шарт жасасу туралы хабарламаны алғаннан кейін баланы (балаларды) патронаттық тәрбиелеуге беру туралы шарт жасасу үшін хабарламада көрсетілген мекенжай бойынша хабарласуы қажет.",
          "После получения уведомления о заключении договора услугополучатель должен обратиться по указанному в уведомлении адресу для заключения договора о передаче ребенка (детей) на патронатное воспитание.",
          "After receiving the notification the applicant must come to the address given in it to conclude the patronage upbringing contract.",
        ),
        source: s(ref(R, "p. 3"), 589, 589, "хабарламада көрсетілген мекенжай бойынша хабарласуы қажет"),
      },
      presentationForm(R, 591, true),
    ],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 594, "office"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 585, 10),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 600, "office", null),
      consentRequirement(R, "p. 6, sub-p. 2", 602, "office"),
      {
        text: t(
          "Тұрғын үй-тұрмыстық жағдайын тексеріп-қарау актісі стандарттың 2-қосымшасына сәйкес нысан бойынша жасалады.",
          "Акт обследования жилищно-бытовых условий составляется по форме согласно приложению 2 к стандарту.",
          "The act of inspection of housing and living conditions is drawn up on the form of annex 2 to the standard.",
        ),
        source: s(ref(R, "p. 6, sub-p. 4"), 606, 606, "стандарттың 2-қосымшасына сәйкес нысан бойынша"),
      },
      handbookRequirement(R, 621, 623),
    ],
  },
  procedures: [
    {
      id: "patronage-placement-office",
      channel: "provider_office",
      title: procTitle("office"),
      source: s(ref(R, "section 2, pp. 5–6"), 592, 610),
      steps: officeSteps,
    },
    {
      id: "patronage-placement-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 624, 642),
      steps: portalSteps,
    },
  ],
  contradictions: [
    {
      id: "paper-only-vs-portal",
      kind: "internal",
      text: t(
        "4-тармақта нәтижені ұсыну нысаны тек «қағаз түрінде» делінген, ал 2-тармақта қызмет нысаны электрондық (ішінара автоматтандырылған) және порталда нәтиже (шарт жасасу туралы хабарлама не дәлелді бас тарту) көрсетілетін қызметті алушының «жеке кабинетіне» жолданады.",
        "В пункте 4 форма предоставления результата – только «бумажная», тогда как по пункту 2 форма услуги электронная (частично автоматизированная), а на портале результат (уведомление о заключении договора либо мотивированный отказ) направляется в «личный кабинет» услугополучателя.",
        "P. 4 says the result is presented only on paper, while p. 2 makes the service electronic (partially automated) and on the portal the result (the notification on concluding the contract, or the reasoned refusal) is sent to the applicant's personal account.",
      ),
      sources: [
        s(ref(R, "p. 4"), 591, 591, "нәтижесін ұсыну нысаны – қағаз түрінде"),
        s(ref(R, "p. 2"), 581, 581, "электрондық (ішінара автоматтандырылған)"),
        s(ref(R, "p. 3; p. 9, sub-p. 6"), 587, 638),
      ],
    },
  ],
};
