/** Seed 002, regulation 8 (lines 730–814): registering persons who wish to adopt a child. */
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
  reasonedRefusalResult,
  ref,
  refusalGroundsRef,
  refusalToAcceptRequirement,
  type StepIn,
  s,
  standard198,
  step,
} from "./common-a.ts";

const R = 8;

const TITLE = t(
  "Бала асырап алуға тілек білдірген адамдарды есепке алу",
  "Учет лиц, желающих усыновить детей",
  "Registering persons who wish to adopt children",
);

const CONCLUSION_OR_REFUSAL = t(
  "қорытындыға немесе дәлелді бас тартуға",
  "заключение или мотивированный отказ",
  "the conclusion or the reasoned refusal",
);

/** Executor: inspection and its act (10 cd), then the conclusion or refusal (3 cd). */
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
      `${prefix}${n}-conclusion`,
      n,
      "responsible_executor",
      t(
        "Көрсетілетін қызметті берушінің орындаушысы қорытындыны немесе дәлелді бас тартуды дайындайды",
        "Исполнитель услугодателя готовит заключение или мотивированный отказ",
        "The provider's executor prepares the conclusion or a reasoned refusal",
      ),
      calendarDays(3),
      t(
        "Көрсетілетін қызметті берушінің басшысына қорытындыны немесе дәлелді бас тартуды ұсыну",
        "Передача заключения или мотивированного отказа руководителю услугодателя",
        "Conclusion or reasoned refusal passed to the provider's head",
      ),
      s(ref(R, rest), line, line, "күнтізбелік үш күн ішінде"),
      { outputDocument: "conclusion" },
    ),
  ];
}

function positive(prefix: "s" | "p", line: number, rest: string): StepIn {
  return decision(
    `${prefix}7-is-positive`,
    "7",
    "responsible_executor",
    t(
      "Көрсетілетін қызметті алушыға оң қорытынды берілді ме?",
      "Услугополучателю выдано положительное заключение?",
      "Was the applicant given a positive conclusion?",
    ),
    "end",
    s(ref(R, rest), line),
  );
}

function register(prefix: "s" | "p", line: number, rest: string): StepIn {
  return step(
    `${prefix}7-register-candidate`,
    "7",
    "responsible_executor",
    t(
      "Көрсетілетін қызметті берушінің орындаушысы оң қорытынды берілген көрсетілетін қызметті алушыны жетім балаларға арналған республикалық деректер қорына енгізу арқылы бала асырап алуға үміткер ретінде есепке қояды",
      "Исполнитель услугодателя ставит услугополучателя, получившего положительное заключение, на учет в качестве кандидата в усыновители путем внесения в республиканскую базу данных о детях-сиротах",
      "The provider's executor registers the applicant who received a positive conclusion as a candidate adopter by entering the applicant in the republican database for orphans",
    ),
    null,
    t(
      "Бала асырап алуға үміткер ретінде есепке қою",
      "Постановка на учет в качестве кандидата в усыновители",
      "Applicant registered as a candidate adopter",
    ),
    s(ref(R, rest), line),
    { outputDocument: "data_bank_entry", next: "end" },
  );
}

const officeSteps: StepIn[] = [
  officeSubmit(R, 759),
  officeCheckPackage(R, 761),
  officeAccept(R, 761),
  officeConsent(R, 763),
  headAssign(R, "3", 765),
  ...executorSteps("s", "4", 767, "p. 6, sub-p. 4", true),
  headSign(R, "5", 769, CONCLUSION_OR_REFUSAL, "clerk"),
  officeIssue(R, "6", 771),
  positive("s", 773, "p. 6, sub-p. 7"),
  register("s", 773, "p. 6, sub-p. 7"),
  officeRefuse(R, 761),
];

const portalSteps: StepIn[] = [
  portalSubmit(R, 791, null),
  portalRegister(R, "2", 793, "min30"),
  portalAssign(R, "3", 795),
  ...executorSteps("p", "4", 797, "p. 9, sub-p. 4", false),
  portalSign(R, "5", 799, CONCLUSION_OR_REFUSAL),
  {
    ...portalSendResult(
      R,
      "6",
      801,
      "min30",
      t(
        "хабарламаны немесе дәлелді бас тартуды",
        "уведомление или мотивированный отказ",
        "the notification or the reasoned refusal",
      ),
    ),
    outputDocument: "notification",
  },
  positive("p", 803, "p. 9, sub-p. 7"),
  register("p", 803, "p. 9, sub-p. 7"),
];

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 746, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 730, 814),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 736),
    channels: officePortalChannels(R, 740, 742),
    terms: [],
    queue: [],
    forms: partiallyAutomatedForms(R, 744),
    results: [
      {
        id: "adoption-eligibility-conclusion",
        kind: "conclusion",
        title: t(
          "Бала асырап алуға үміткер(лер) болу мүмкіндігі (мүмкін еместігі) туралы қорытынды",
          "Заключение о возможности (невозможности) быть кандидатом (кандидатами) в усыновители",
          "Conclusion on the possibility (impossibility) of being a candidate (candidates) to adopt",
        ),
        form: "Standard annex 1",
        source: s(
          ref(R, "p. 3"),
          746,
          746,
          "үміткер(лер) болу мүмкіндігі (мүмкін еместігі) туралы қорытынды",
        ),
      },
      {
        id: "conclusion-ready-notification",
        kind: "notification",
        title: t(
          "Бала асырап алуға үміткер(лер) болу мүмкіндігі (мүмкін еместігі) туралы қорытындының дайындығы туралы хабарлама (порталда)",
          "Уведомление о готовности заключения о возможности (невозможности) быть кандидатом (кандидатами) в усыновители (на портале)",
          "Notification that the conclusion on eligibility to adopt is ready (on the portal)",
        ),
        form: "Standard annex 2",
        source: s(ref(R, "p. 3"), 748, 748, "қорытындының дайындығы туралы хабарлама"),
      },
      reasonedRefusalResult(R, 746, 10),
    ],
    delivery: [
      {
        text: t(
          "Көрсетілетін қызметті алушы хабарламаны алғаннан кейін бала асырап алуға үміткер(лер) болудың мүмкіндігі (мүмкін еместігі) туралы қорытындыны алу үшін хабарламада көрсетілген мекенжай бойынша хабарласуы қажет.",
          "После получения уведомления услугополучатель должен обратиться по указанному в уведомлении адресу за заключением о возможности (невозможности) быть кандидатом (кандидатами) в усыновители.",
          "After receiving the notification the applicant must come to the address given in it to collect the conclusion on eligibility to adopt.",
        ),
        source: s(ref(R, "p. 3"), 750, 750, "хабарламада көрсетілген мекенжай бойынша хабарласуы қажет"),
      },
      presentationForm(R, 752, false),
    ],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 755, "office"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 746, 10),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 761, "office", null),
      consentRequirement(R, "p. 6, sub-p. 2", 763, "office"),
      {
        text: t(
          "Тұрғын үй-тұрмыстық жағдайын тексеріп-қарау актісі стандарттың 3-қосымшасына сәйкес нысан бойынша жасалады.",
          "Акт обследования жилищно-бытовых условий составляется по форме согласно приложению 3 к стандарту.",
          "The act of inspection of housing and living conditions is drawn up on the form of annex 3 to the standard.",
        ),
        source: s(ref(R, "p. 6, sub-p. 4"), 767, 767, "стандарттың 3-қосымшасына сәйкес нысан бойынша"),
      },
      handbookRequirement(R, 784, 786),
    ],
  },
  procedures: [
    {
      id: "adoption-candidate-registration-office",
      channel: "provider_office",
      title: procTitle("office"),
      source: s(ref(R, "section 2, pp. 5–6"), 753, 773),
      steps: officeSteps,
    },
    {
      id: "adoption-candidate-registration-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 787, 805),
      steps: portalSteps,
    },
  ],
  contradictions: [
    {
      id: "title-esepke-qoyu-vs-alu",
      kind: "internal",
      text: t(
        "Қаулының 2-тармағында қызмет «Бала асырап алуға тілек білдірген адамдарды есепке қою» деп аталады, ал регламенттің атауында және 3-тармағында – «... есепке алу».",
        "В пункте 2 постановления услуга названа «Постановка на учет лиц, желающих усыновить детей» («есепке қою»), а в заголовке и пункте 3 регламента – «Учет лиц …» («есепке алу»).",
        'P. 2 of the resolution names the service "placing on the register (есепке қою) persons who wish to adopt", while the regulation\'s title and p. 3 say "registering / keeping count (есепке алу)".',
      ),
      sources: [
        s(
          "Resolution No. 1114, p. 2, sub-p. 8",
          33,
          33,
          "Бала асырап алуға тілек білдірген адамдарды есепке қою",
        ),
        s(ref(R, "title"), 733, 733, "Бала асырап алуға тілек білдірген адамдарды есепке алу"),
      ],
    },
  ],
};
