/**
 * Decision of the guardianship or trusteeship body on taking into account the opinion of a child who has reached
 * ten years of age — order No. 414 (2022), list item 3 (rules pp. 3, 6, 8-1, lines 768–821) and list annex 20
 * (standard, rules annex 2, lines 5142–5400).
 */
import { t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT_414,
  AMENDED_BY,
  addresses,
  buildProcedure,
  doc,
  EFFECTIVE,
  free,
  genericGrounds,
  type HearingRule,
  hearingRequirements,
  ISSUER,
  monitoringRequirement,
  officeLeg,
  type ProviderRule,
  providerSchedule,
  rowTen,
  s,
} from "./common-b.ts";
import { ifNoRecord, NOT_MARRIED } from "./waivers.ts";

const HEARING: HearingRule = {
  para: "Rules p. 6",
  preliminary: { from: 792, to: 800, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 801, to: 801, article: "74" },
  after: { from: 802, to: 804, quote: "2 (екі) жұмыс күні", days: 2 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті беруші 2 (екі) жұмыс күні ішінде шешімді немесе мемлекеттік " +
      "қызмет көрсетуден дәлелді бас тартуды көрсетілетін қызметті алушыға жолдайды.",
    "По результатам заслушивания услугодатель в течение 2 (двух) рабочих дней направляет решение или " +
      "мотивированный отказ услугополучателю.",
    "After the hearing, the provider sends the decision or a reasoned refusal to the applicant within 2 working " +
      "days.",
  ),
  to: t("көрсетілетін қызметті алушыға", "услугополучателю", "to the applicant"),
};

const DECISION = t(
  "Он жасқа толған баланың пікірін есепке алу туралы қорғаншылық және қамқоршылық органының шешімі",
  "Решение органа опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста",
  "Decision of the guardianship and trusteeship body on taking into account the opinion of a child aged ten or over",
);

const RULE: ProviderRule = {
  lines: [768, 821],
  submit: { para: "Rules p. 3", from: 772, to: 782 },
  interview: { para: "Rules p. 6, part 1", from: 784, to: 785 },
  prepare: {
    para: "Rules p. 6, part 1",
    from: 784,
    to: 788,
    quote: "4 (төрт) жұмыс күні",
    days: 4,
    action: t(
      "Кәмелетке толмаған адаммен (балалармен) әңгімелесу өткізгеннен кейін 4 (төрт) жұмыс күні ішінде " +
        "Қағидаларға 3-қосымшаға сәйкес нысан бойынша он жасқа толған баланың пікірін есепке алу туралы " +
        "қорғаншылық және қамқоршылық органының шешімін дайындайды.",
      "В течение 4 (четырех) рабочих дней после беседы с несовершеннолетним (детьми) готовит решение органа " +
        "опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста, по форме приложения 3 " +
        "к Правилам.",
      "Within 4 working days after the interview with the minor (children), prepares the guardianship body's " +
        "decision on taking into account the opinion of the child aged ten or over, on the form of rules annex 3.",
    ),
    output: DECISION,
    doc: "decision",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 2 (екі) жұмыс күні ішінде шешімді көрсетілетін қызметті алушыға жолдайды.",
      "По результатам заслушивания в течение 2 (двух) рабочих дней направляет решение услугополучателю.",
      "After the hearing, within 2 working days, sends the decision to the applicant.",
    ),
    output: DECISION,
    doc: "decision",
  },
};

const OFFICE = ["provider_office"] as const;

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 6, 8-1: lines 768–821); list annex 20 (standard)",
    5142,
    5400,
  ),
  titleInAct: t(
    "Он жасқа толған баланың пікірін ескеру туралы қорғаншылық немесе қамқоршылық органының шешімін беру",
    "Выдача решения органа опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста",
    "Issue of the decision of the guardianship or trusteeship body on taking into account the opinion of a child " +
      "who has reached ten years of age",
  ),
  variants: [],
  standard: {
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар " +
          "қалалардағы білім бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов и городов " +
          "областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of " +
          "districts and cities of regional significance",
      ),
      source: s("Standard p. 1", 5161, 5169),
    },
    channels: [{ channel: "provider_office", source: s("Standard p. 2", 5171, 5179) }],
    terms: [
      {
        channel: null,
        duration: workingDays(10),
        condition: t(
          "Құжаттарды тапсырған сәттен бастап",
          "С момента сдачи документов",
          "From the moment the documents are handed in",
        ),
        source: s("Standard p. 3, sub-p. 1", 5185, 5186, "10 (он) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3",
          5187,
          5192,
          "уақыты - 15 минут; 3) қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты - 30 минут",
        ),
      },
    ],
    forms: { values: ["paper"], source: s("Standard p. 4", 5194) },
    results: [
      {
        id: "child-opinion-decision",
        kind: "decision",
        title: t(
          "Он жасқа толған баланың пікірін есепке алу туралы қорғаншылық және қамқоршылық органдарының шешімі",
          "Решение органов опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста",
          "Decision of the guardianship and trusteeship bodies on taking into account the opinion of a child aged " +
            "ten or over",
        ),
        form: "Rules annex 3",
        source: s("Standard p. 5; rules p. 6", 5196, 5206),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 5206, 5212),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтінішті қабылдау және нәтижені беру көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады.",
          "Прием заявления и выдача результата осуществляются через канцелярию услугодателя.",
          "The application is accepted, and the result issued, through the provider's office.",
        ),
        source: s("Standard p. 2", 5175, 5179),
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 6, part 4", 802, 804),
      },
    ],
    fee: free(5225),
    schedules: [providerSchedule(s("Standard p. 7", 5234, 5242))],
    documents: [
      doc(
        "application",
        t(
          "Баланың заңды өкілінің бірінің өтініші",
          "Заявление одного из законных представителей ребенка",
          "Application of one of the child's legal representatives",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 1", 5251, 5252),
      ),
      doc(
        "identity-document",
        t(
          "Жеке басын куәландыратын құжат немесе цифрлық құжаттар сервисінен электрондық құжат (жеке басын " +
            "сәйкестендіру үшін қажет)",
          "Документ, удостоверяющий личность, или электронный документ из сервиса цифровых документов (для " +
            "идентификации)",
          "Identity document, or an electronic document from the digital-documents service (for identification)",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 2", 5253, 5257),
      ),
      doc(
        "consent",
        t(
          "Жұбайының (зайыбының) нотариалдық келісімі не баланың (балалардың) бөлек тұратын заңды өкілінің келісімі",
          "Нотариальное согласие супруга (супруги) либо согласие законного представителя ребенка (детей), " +
            "проживающего отдельно",
          "Notarised consent of the spouse, or consent of the child's legal representative who lives separately",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 3", 5258, 5261),
      ),
      doc(
        "marriage-certificate",
        t(
          "Некеге тұру туралы куәліктің көшірмесі",
          "Копия свидетельства о заключении брака",
          "Copy of the marriage certificate",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 4", 5262, 5268),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8, sub-p. 4",
            [5262, 5268],
            "АХАЖ АЖ) мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде некеге тұрған жағдайда",
            { unlessAbroad: true, declarable: NOT_MARRIED },
          ),
          condition: t(
            '"АХАЖ тіркеу пункті" АЖ-де мәліметтер болмаған жағдайда не неке Қазақстан Республикасынан тыс жерде қиылғанда',
            "При отсутствии сведений в ИС «Регистрационный пункт ЗАГС» либо при заключении брака за пределами " +
              "Республики Казахстан",
            "Only if the civil-registry system (АХАЖ АЖ) has no record, or the marriage was registered abroad",
          ),
          presentation: "copy",
        },
      ),
      doc(
        "parental-care-absence-documents",
        t(
          "Әділет министрінің 2015 жылғы 25 ақпандағы № 112 бұйрығымен бекітілген нысан бойынша ата-анасының " +
            "біреуінің балаға қамқорлығының болмау фактісін растайтын құжаттардың электрондық көшірмесі: қайтыс болу " +
            "туралы куәлік немесе хабарлама, ата-аналарды ата-ана құқықтарынан айыру, олардың ата-ана құқықтарын " +
            "шектеу, хабарсыз кеткен, әрекетке қабілетсіз (әрекет қабілеті шектеулі) деп тану, қайтыс болды деп " +
            "жариялау туралы сот шешімі, туу туралы анықтама және т. б.",
          "Электронная копия документов, подтверждающих факт отсутствия попечения одного из родителей о ребенке, по " +
            "форме, утвержденной приказом Министра юстиции от 25 февраля 2015 года № 112: свидетельство или " +
            "извещение о смерти, решение суда о лишении или ограничении родительских прав, о признании безвестно " +
            "отсутствующими, недееспособными (ограниченно дееспособными), об объявлении умершими, справка о рождении " +
            "и т. п.",
          "Electronic copy of the documents confirming that one of the parents provides no care for the child, on " +
            "the form of Justice order No. 112 (dated 25 February 2015 here): death certificate or notice, court " +
            "decision depriving or restricting parental rights, declaring the parent missing, incapable (of limited " +
            "capacity) or dead, a birth record certificate, etc.",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 4", 5268, 5306),
        { presentation: "electronic_copy" },
      ),
      doc(
        "birth-certificate",
        t(
          "Баланың (балалардың) туу туралы куәлігі электрондық нысанда немесе оның қағаз жеткізгіштегі көшірмесі",
          "Свидетельство о рождении ребенка (детей) в электронной форме или его копия на бумажном носителе",
          "Birth certificate of the child (children) in electronic form, or its paper copy",
        ),
        [...OFFICE],
        s("Standard p. 8, sub-p. 5", 5307, 5313),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8, sub-p. 5",
            [5307, 5313],
            "АХАЖ АЖ-да мәліметтер болмаған не Қазақстан Республикасынан тыс жерде туған",
            { unlessAbroad: true },
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған не бала Қазақстан Республикасынан тыс жерде туғанда",
            "При отсутствии сведений в ИС ЗАГС либо при рождении ребенка за пределами Республики Казахстан",
            "Only if the civil-registry system has no record, or the child was born abroad",
          ),
        },
      ),
    ],
    documentsRef: null,
    refusalGrounds: genericGrounds(
      1,
      [
        [5315, 5320],
        [5321, 5330],
        [5331, 5342],
        [5343, 5349],
        [5350, 5357],
        [5358, 5368],
      ],
      {
        4: {
          text: t(
            "көрсетілетін қызметті алушыға қатысты соттың заңды күшіне енген шешімінің болуы, оның негізінде " +
              "көрсетілетін қызметті алушының мемлекеттік көрсетілетін қызметті алумен байланысты арнаулы құқығынан " +
              "айырылуы",
            "наличие в отношении услугополучателя вступившего в законную силу решения суда, на основании которого " +
              "услугополучатель лишен специального права, связанного с получением государственной услуги",
            "a court decision in force deprives the applicant of a special right connected with obtaining the service",
          ),
        },
      },
    ),
    refusalGroundsRef: null,
    otherRequirements: [
      addresses(s("Standard p. 7", 5243, 5249)),
      ...rowTen(
        s("Standard p. 10", 5378, 5382),
        s("Standard p. 10", 5383, 5388),
        s("Standard p. 10", 5389, 5400),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 8-1", 806, 819),
    ],
  },
  procedures: [buildProcedure(RULE, officeLeg(s("Standard p. 2", 5175, 5179)))],
  contradictions: [
    {
      id: "portal-not-a-channel",
      kind: "internal",
      text: t(
        "Стандарттың 10-тармағы ЭЦҚ болса қызметті портал арқылы электрондық нысанда алуға болатынын айтады, ал " +
          "2-тармақ тек көрсетілетін қызметті берушінің кеңсесін атайды, көрсету нысаны — тек қағаз жүзінде.",
        "Пункт 10 стандарта говорит, что при наличии ЭЦП услугу можно получить в электронной форме через портал, " +
          "а пункт 2 называет только канцелярию услугодателя; форма оказания — только бумажная.",
        "Standard p. 10 says an applicant with an EDS can obtain the service electronically through the portal, but " +
          "p. 2 names only the provider's office and p. 4 gives the form as paper only. The portal is not encoded " +
          "as a channel.",
      ),
      sources: [s("Standard p. 10", 5378, 5382), s("Standard p. 2", 5175, 5179), s("Standard p. 4", 5194)],
    },
    {
      id: "order-112-date",
      kind: "internal",
      text: t(
        "Әділет министрінің № 112 бұйрығы мұнда 2015 жылғы 25 ақпандағы деп көрсетілген, ал осы бұйрықтың 6-қосымшасында " +
          "(қорғаншылық белгілеу стандарты) 2015 жылғы 28 ақпандағы деп көрсетілген.",
        "Приказ Министра юстиции № 112 датирован здесь 25 февраля 2015 года, а в приложении 6 к этому же приказу " +
          "(стандарт установления опеки) — 28 февраля 2015 года.",
        "Justice order No. 112 is dated 25 February 2015 here but 28 February 2015 in list annex 6 of the same " +
          "order (guardianship-establishment standard).",
      ),
      sources: [s("Standard p. 8, sub-p. 4", 5285, 5287), s("List annex 6, standard p. 8", 2632, 2633)],
    },
    {
      id: "interview-without-deadline",
      kind: "other",
      text: t(
        "Стандарт мерзімі құжаттарды тапсырған сәттен бастап 10 жұмыс күні, ал Қағидалардың 6-тармағы шешімді " +
          "әңгімелесуден кейін 4 жұмыс күні ішінде дайындауды айтады; әңгімелесудің мерзімі көрсетілмеген, сондықтан " +
          "қадамдардың жиынтығын мерзіммен толық салыстыру мүмкін емес.",
        "Срок по стандарту — 10 рабочих дней с момента сдачи документов, а пункт 6 Правил отсчитывает 4 рабочих дня " +
          "на решение от беседы с ребенком; срок беседы не установлен, поэтому сумму шагов нельзя полностью сверить " +
          "со сроком.",
        "The standard's term is 10 working days from submission, while rules p. 6 counts the 4 working days for the " +
          "decision from the interview with the child; the act sets no deadline for the interview, so the steps " +
          "cannot be fully checked against the term (stated durations: 4 working days, or 2 after a hearing).",
      ),
      sources: [s("Standard p. 3, sub-p. 1", 5185, 5186), s("Rules p. 6, part 1", 784, 788)],
    },
  ],
};
