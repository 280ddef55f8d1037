/**
 * Regulation 11 of Kyzylorda akimat resolution No. 1114 (14.05.2018): placement of a child (children) in a
 * foster family and assignment of payment of funds for their maintenance. Seed 002, lines 976–1031.
 * Provider office only; nine steps including the home inspection, the RDB entry and the child selection.
 */
import { calendarDays, hours, minutes, t, type VersionInput } from "../build.ts";
import {
  acceptStep,
  assignStep,
  completenessCheck,
  documentsRef,
  handbook,
  ONE_HOUR_QUOTE,
  order198,
  reasonedRefusalResult,
  ref,
  refusalRef,
  refuseStep,
  resultForm,
  s,
  submitStep,
  THIRTY_MIN_QUOTE,
  task,
  versionHead,
} from "./common-b.ts";

const REG = 11;
const r = (sub: number) => ref(REG, 6, sub);

const title = t(
  "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру және оларды асырауға ақшалай қаражат төлеуді тағайындау",
  "Передача ребенка (детей) на воспитание в приемную семью и назначение выплаты денежных средств на их содержание",
  "Placement of a child (children) in a foster family for upbringing and assignment of payment of funds for their maintenance",
);

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 988, title, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  source: s("Regulation 11 (whole)", 976, 1031),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_education_department"],
      description: t(
        "Облыстық маңызы бар қаланың және аудандардың білім бөлімдері",
        "Отделы образования города областного значения и районов",
        "Education departments of the city of regional significance and of the districts",
      ),
      source: s(ref(REG, 1), 982),
    },
    channels: [{ channel: "provider_office", source: s(ref(REG, 1), 984) }],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(ref(REG, 2), 986) },
    results: [
      {
        id: "foster-contract",
        kind: "contract",
        title: t(
          "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру туралы шарт",
          "Договор о передаче ребенка (детей) на воспитание в приемную семью",
          "Contract on placing the child (children) in a foster family for upbringing",
        ),
        source: s(
          ref(REG, 3),
          988,
          988,
          "баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру туралы шарт (бұдан әрі – шарт)",
        ),
      },
      {
        id: "payment-decision",
        kind: "decision",
        title: t(
          "Оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім",
          "Решение о назначении выплаты денежных средств на их содержание",
          "Decision assigning payment of funds for the children's maintenance",
        ),
        form: "Standard annex 1",
        source: s(
          ref(REG, 3),
          988,
          988,
          "1-қосымшасына сәйкес нысан бойынша оларды асырауға ақшалай қаражат төлеуді",
        ),
      },
      reasonedRefusalResult(
        REG,
        988,
        "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
      ),
    ],
    delivery: [resultForm(REG, 990, "paper")],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 993, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      988,
      "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [handbook(REG, 8, 1024, 1026)],
  },
  procedures: [
    {
      id: "provider-office",
      channel: "provider_office",
      title: t(
        "Көрсетілетін қызметті берушінің кеңсесіне жүгіну",
        "Обращение в канцелярию услугодателя",
        "Application at the provider's office",
      ),
      source: s(ref(REG, 6), 995, 1013),
      steps: [
        submitStep("s1-submit", "1", "provider", r(1), 997),
        completenessCheck("s2-check", "2", "office_clerk", "s2-refuse", r(2), 999),
        acceptStep(
          "s2-accept",
          "2",
          "office_clerk",
          r(2),
          { line: 999, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
          t(
            "Құжаттарды тіркеу және көрсетілетін қызметті берушінің басшысына ұсыну",
            "Регистрация документов и передача их руководителю услугодателя",
            "Documents registered and passed to the head",
          ),
        ),
        assignStep("s3-assign", "3", "head", r(3), { line: 1001, quote: ONE_HOUR_QUOTE, duration: hours(1) }),
        task(
          "s4-inspection-conclusion",
          "4",
          "responsible_executor",
          r(4),
          { line: 1003, quote: "күнтізбелік он күн ішінде", duration: calendarDays(10) },
          t(
            "Құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайын тексеріп-қарауды жүргізеді, стандарттың 3-қосымшасына сәйкес нысан бойынша тексеру актісін жасайды, баланы қабылдайтын ата-ана болуға үміткер болу мүмкіндігі (мүмкін еместігі) туралы қорытынды дайындайды",
            "Рассматривает документы, проводит обследование жилищно-бытовых условий услугополучателя, составляет акт обследования по форме согласно приложению 3 к стандарту, готовит заключение о возможности (невозможности) быть кандидатом в приемные родители",
            "Reviews the documents, inspects the applicant's housing and living conditions, draws up the inspection act on the form of standard annex 3 and prepares the conclusion on whether the applicant may (may not) be a candidate foster parent",
          ),
          t(
            "Тексеру актісін жасау және қорытынды дайындау",
            "Составление акта обследования и подготовка заключения",
            "Inspection act drawn up and conclusion prepared",
          ),
          "conclusion",
        ),
        task(
          "s5-conclusion-rdb",
          "5",
          "responsible_executor",
          r(5),
          { line: 1005, quote: "күнтізбелік бес күн ішінде", duration: calendarDays(5) },
          t(
            "Қорытындыға қол қойылғаннан кейін көрсетілетін қызметті алушыға қорытынды беруді қамтамасыз етеді және оң қорытынды алған көрсетілетін қызметті алушының деректерін жетім балалардың, ата-аналарының қамқорлығынсыз қалған балалардың республикалық деректер банкіне (РДБ) енгізеді",
            "После подписания заключения обеспечивает его выдачу услугополучателю и вносит данные услугополучателя, получившего положительное заключение, в республиканский банк данных детей-сирот и детей, оставшихся без попечения родителей (РБД)",
            "Once the conclusion is signed, ensures it is given to the applicant and enters the data of an applicant with a positive conclusion into the Republican Data Bank of orphans and children left without parental care (RDB)",
          ),
          t(
            "Қорытындыны көрсетілетін қызметті алушыға беру және деректерді РДБ-не енгізу",
            "Выдача заключения услугополучателю и внесение данных в РБД",
            "Conclusion given to the applicant and data entered into the RDB",
          ),
          "data_bank_entry",
        ),
        {
          id: "conclusion-positive",
          kind: "decision",
          actor: "responsible_executor",
          action: t(
            "Қорытынды оң ба (көрсетілетін қызметті алушының деректері РДБ-не енгізілді ме)?",
            "Заключение положительное (данные услугополучателя внесены в РБД)?",
            "Is the conclusion positive (the applicant's data entered into the RDB)?",
          ),
          duration: null,
          output: null,
          ifNo: "negative-conclusion",
          source: s(r(5), 1005, 1005, "оң қорытынды алған көрсетілетін қызметті алушының деректерін"),
        },
        task(
          "s6-selection",
          "6",
          "applicant",
          r(6),
          { line: 1007, quote: "күнтізбелік бес күн ішінде", duration: calendarDays(5) },
          t(
            "РДБ-нен балаларды іріктеуді жүргізеді",
            "Проводит подбор детей из РБД",
            "Selects children from the RDB",
          ),
          t("РДБ-нен балаларды іріктеу", "Подбор детей из РБД", "Children selected from the RDB"),
        ),
        task(
          "s7-prepare",
          "7",
          "responsible_executor",
          r(7),
          { line: 1009, quote: "күнтізбелік сегіз күн ішінде", duration: calendarDays(8) },
          t(
            "Іріктеудің оң нәтижелері болған кезде баланы қабылдайтын отбасын құру туралы бұйрық нысанында шешімнің жобасын, шарттың және шешімнің жобасын немесе дәлелді бас тартуды дайындайды",
            "При положительных результатах подбора готовит проект решения в форме приказа о создании приемной семьи, проекты договора и решения либо мотивированный отказ",
            "If the selection is successful, prepares the draft decision in the form of an order on creating the foster family, the draft contract and the draft decision, or a reasoned refusal",
          ),
          t(
            "Көрсетілетін қызметті берушінің басшысына бұйрықтың, шарттың және шешімнің жобасын немесе дәлелді бас тартуды ұсыну",
            "Представление руководителю услугодателя проектов приказа, договора и решения либо мотивированного отказа",
            "Draft order, contract and decision, or reasoned refusal, submitted to the head",
          ),
          "order",
        ),
        task(
          "s8-sign",
          "8",
          "head",
          r(8),
          { line: 1011, quote: ONE_HOUR_QUOTE, duration: hours(1) },
          t(
            "Бұйрыққа, шартқа және шешімге немесе дәлелді бас тартуға қол қояды",
            "Подписывает приказ, договор и решение либо мотивированный отказ",
            "Signs the order, the contract and the decision, or the reasoned refusal",
          ),
          t(
            "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің кеңсе қызметкеріне жолдау",
            "Направление результата государственной услуги сотруднику канцелярии услугодателя",
            "Result passed to the provider's office clerk",
          ),
          "contract",
        ),
        {
          ...task(
            "s9-issue",
            "9",
            "office_clerk",
            r(9),
            { line: 1013, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
            t(
              "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға береді",
              "Регистрирует результат государственной услуги и выдает его услугополучателю",
              "Registers the result and issues it to the applicant",
            ),
            t(
              "Мемлекеттік көрсетілетін қызмет нәтижесін беру",
              "Выдача результата государственной услуги",
              "Result issued",
            ),
          ),
          next: "end",
        },
        {
          id: "negative-conclusion",
          kind: "task",
          actor: "responsible_executor",
          action: t(
            "Теріс қорытынды көрсетілетін қызметті алушыға берілді; оның деректері РДБ-не енгізілмейді (актіде бұдан әрі рәсімдер көрсетілмеген)",
            "Отрицательное заключение выдано услугополучателю; его данные в РБД не вносятся (дальнейших процедур акт не устанавливает)",
            "The negative conclusion has been given to the applicant; the data are not entered into the RDB (the act states no further steps)",
          ),
          duration: null,
          output: null,
          next: "end",
          source: s(r(5), 1005),
        },
        refuseStep("s2-refuse", "2", "office_clerk", r(2), {
          line: 999,
          quote: THIRTY_MIN_QUOTE,
          duration: minutes(30),
        }),
      ],
    },
  ],
  contradictions: [
    {
      id: "order-not-in-result",
      kind: "other",
      text: t(
        '3-тармақ нәтиже ретінде тек шарт пен шешімді (не дәлелді бас тартуды) атайды, ал 6-тармақтың 7), 8) тармақшаларында бұйрық (баланы қабылдайтын отбасын құру туралы) да дайындалып, қол қойылады; 7) тармақшаның мәтіні бұзылған ("бұйрық нысанында шешімнің жобасын, шарттың және шешімнің жобасын")',
        'Пункт 3 называет результатом только договор и решение (либо мотивированный отказ), тогда как в подпунктах 7), 8) пункта 6 готовится и подписывается также приказ о создании приемной семьи; текст подпункта 7) искажен ("проект решения в форме приказа, проект договора и решения")',
        'P. 3 names only the contract and the decision (or a reasoned refusal) as the result, while p. 6 sub-ps. 7) and 8) also prepare and sign an order on creating the foster family; sub-p. 7) is garbled ("draft decision in the form of an order, draft of the contract and of the decision")',
      ),
      sources: [s(ref(REG, 3), 988), s(r(7), 1009), s(r(8), 1011)],
    },
    {
      id: "conclusion-signer-missing",
      kind: "other",
      text: t(
        '6-тармақтың 5) тармақшасы "қорытындыға қол қойылғаннан кейін" дейді, бірақ қорытындыға кім қол қоятыны және оның мерзімі ешбір рәсімде көрсетілмеген',
        'Подпункт 5) пункта 6 говорит "после подписания заключения", но кто подписывает заключение и в какой срок, ни в одной процедуре не указано',
        'P. 6 sub-p. 5) says "after the conclusion is signed", but no step says who signs the conclusion or within what time',
      ),
      sources: [s(r(4), 1003), s(r(5), 1005, 1005, "қорытындыға қол қойылғаннан кейін")],
    },
    {
      id: "negative-conclusion-path",
      kind: "other",
      text: t(
        "Актіде теріс қорытынды алған көрсетілетін қызметті алушы үшін рәсім көрсетілмеген: тек оң қорытынды алғандардың деректері РДБ-не енгізіледі; каталогта бұл жол қорытынды берілгеннен кейін аяқталады",
        "Акт не описывает процедуру для услугополучателя с отрицательным заключением: в РБД вносятся только получившие положительное заключение; в каталоге этот путь завершается после выдачи заключения",
        "The act gives no procedure for an applicant with a negative conclusion: only applicants with a positive conclusion are entered into the RDB; the catalogue ends that path once the conclusion is given",
      ),
      sources: [s(r(5), 1005)],
    },
  ],
};
