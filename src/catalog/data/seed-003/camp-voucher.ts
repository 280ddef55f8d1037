/**
 * Acceptance of documents and issue of vouchers for rest in out-of-town and school camps to certain categories
 * of pupils of state educational institutions — order No. 414 (2022), list item 3 (rules pp. 3, 10, 13-1,
 * lines 709–767), list annex 18 (standard, rules annex 2, lines 4645–5093) and list annex 19 (refusal receipt,
 * rules annex 3, lines 5095–5140).
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
  GROUND2_DECREE_64,
  GROUND5_COURT_DECISION,
  genericGrounds,
  type HearingRule,
  hearingRequirements,
  ISSUER,
  monitoringRequirement,
  officeLeg,
  type ProviderRule,
  portalLeg,
  portalSchedule,
  providerSchedule,
  refusalReceiptRequirement,
  rowTen,
  s,
  schoolLeg,
  scLeg,
  scSchedule,
  statusDocuments,
} from "./common-b.ts";
import { ifNoRecord, NEVER_MARRIED } from "./waivers.ts";

const RECEIPT = {
  ref: "List annex 19 (rules annex 3), receipt of refusal to accept documents",
  from: 5118,
  to: 5140,
};

const HEARING: HearingRule = {
  para: "Rules p. 10",
  preliminary: { from: 735, to: 743, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 744, to: 744, article: "74" },
  after: { from: 745, to: 747, quote: "1 (бір) жұмыс күні", days: 1 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті беруші 1 (бір) жұмыс күні ішінде жолдаманы не мемлекеттік " +
      "қызметті көрсетуден дәлелді бас тартуды көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға жолдайды.",
    "По результатам заслушивания услугодатель в течение 1 (одного) рабочего дня направляет путевку либо " +
      "мотивированный отказ услугополучателю или в Государственную корпорацию.",
    "After the hearing, the provider sends the voucher or a reasoned refusal to the applicant or to the State " +
      "Corporation within 1 working day.",
  ),
  to: t(
    "көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға",
    "услугополучателю или в Государственную корпорацию",
    "to the applicant or to the State Corporation",
  ),
};

const VOUCHER = t(
  "Қала сыртындағы және мектеп жанындағы лагерьлерге жолдама",
  "Путевка в загородные и пришкольные лагеря",
  "Voucher for out-of-town and school camps",
);

const RULE: ProviderRule = {
  lines: [709, 767],
  submit: { para: "Rules p. 3", from: 714, to: 729 },
  prepare: {
    para: "Rules p. 10, part 1",
    from: 731,
    to: 734,
    quote: "3 ( үш) жұмыс күні",
    days: 3,
    action: t(
      "Құжаттарды тексеру қорытындысы бойынша 3 (үш) жұмыс күні ішінде қала сыртындағы және мектеп жанындағы " +
        "лагерьлерге жолдама (не мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап) дайындайды.",
      "По итогам проверки документов в течение 3 (трех) рабочих дней готовит путевку в загородные и пришкольные " +
        "лагеря (либо мотивированный ответ об отказе в оказании услуги).",
      "After checking the documents, within 3 working days prepares the voucher for out-of-town and school camps " +
        "(or a reasoned answer refusing the service).",
    ),
    output: VOUCHER,
    doc: "voucher",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 1 (бір) жұмыс күні ішінде жолдаманы көрсетілетін қызметті алушыға немесе " +
        "Мемлекеттік корпорацияға жолдайды.",
      "По результатам заслушивания в течение 1 (одного) рабочего дня направляет путевку услугополучателю или в " +
        "Государственную корпорацию.",
      "After the hearing, within 1 working day, sends the voucher to the applicant or to the State Corporation.",
    ),
    output: VOUCHER,
    doc: "voucher",
  },
};

const PAPER = ["provider_office", "state_corporation", "educational_organisation"] as const;
const PORTAL = ["portal"] as const;
const QUEUE_QUOTE =
  "уақыты – 15 минут; 3) көрсетілетін қызметті берушіде қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты – 30 минут";
const HEALTH_CAMP = t(
  "Сауықтыру лагеріне баратын оқушы үшін",
  "Для обучающегося, направляемого в оздоровительный лагерь",
  "Only for a pupil going to a health camp",
);

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 10, 13-1: lines 709–767); list annexes 18–19 (standard and refusal receipt)",
    4645,
    5140,
  ),
  titleInAct: t(
    "Мемлекеттік білім беру мекемелеріндегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына қала " +
      "сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін құжаттар қабылдау және жолдама беру",
    "Прием документов и выдача путевок в загородные и пришкольные лагеря для отдыха отдельным категориям " +
      "обучающихся и воспитанников государственных учреждений образования",
    "Acceptance of documents and issue of vouchers for rest in out-of-town and school camps to certain categories " +
      "of pupils of state educational institutions",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(
        "Standard p. 8 (portal), sub-p. 1",
        4902,
        4912,
        "бір рет пайдаланатын құпия сөзбен куәландырылған",
      ),
    },
    provider: {
      kinds: ["regional_education_department", "district_education_department", "education_organisation"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар " +
          "қалалардағы білім бөлімдері, білім беру ұйымдары",
        "Управления образования городов республиканского значения и столицы, отделы образования районов и городов " +
          "областного значения, организации образования",
        "Education departments of the cities of republican significance and the capital; education divisions of " +
          "districts and cities of regional significance; educational organisations (rules p. 3 also names the " +
          "regions' education departments)",
      ),
      source: s("Standard p. 1", 4671, 4679),
    },
    channels: [
      { channel: "provider_office", source: s("Standard p. 2, sub-p. 1", 4681, 4685) },
      { channel: "state_corporation", source: s("Standard p. 2, sub-p. 2", 4692, 4696) },
      { channel: "educational_organisation", source: s("Standard p. 2, sub-p. 3", 4697) },
      { channel: "portal", source: s("Standard p. 2, sub-p. 4", 4698, 4701) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіге, Мемлекеттік корпорацияға құжаттарды тапсырған сәттен бастап, сондай-ақ " +
            "портал арқылы өтініш берген кезде",
          "С момента сдачи документов услугодателю, в Государственную корпорацию, а также при обращении через портал",
          "From the moment the documents are handed to the provider (including an educational organisation) or the " +
            "State Corporation, and when applying through the portal",
        ),
        source: s("Standard p. 3, sub-p. 1", 4707, 4712, "5 (бес) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s("Standard p. 3, sub-pp. 2–3", 4713, 4722, QUEUE_QUOTE),
      },
      {
        channel: "educational_organisation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3 (the provider includes educational organisations)",
          4713,
          4722,
          QUEUE_QUOTE,
        ),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 15,
        source: s("Standard p. 3, sub-pp. 2–3", 4713, 4722, "Мемлекеттік корпорацияда – 15 минут"),
      },
    ],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: s("Standard p. 4", 4724, 4727),
    },
    results: [
      {
        id: "camp-voucher",
        kind: "voucher",
        title: VOUCHER,
        source: s("Standard p. 5; rules p. 10", 4732, 4734),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 4734, 4739),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтінішті қабылдау және нәтижені беру көрсетілетін қызметті берушінің кеңсесі, Мемлекеттік корпорация, " +
            "білім беру ұйымдары немесе портал арқылы жүзеге асырылады.",
          "Прием заявления и выдача результата осуществляются через канцелярию услугодателя, Государственную " +
            "корпорацию, организации образования или портал.",
          "The application is accepted, and the result issued, through the provider's office, the State " +
            "Corporation, educational organisations or the portal.",
        ),
        source: s("Standard p. 2", 4681, 4701),
      },
      {
        text: t(
          'Порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to, and stored in, the applicant's personal cabinet.",
        ),
        source: s("Standard p. 5", 4740, 4744),
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 10, part 4", 745, 747),
      },
    ],
    fee: free(4757),
    schedules: [
      providerSchedule(s("Standard p. 7, sub-p. 1", 4759, 4772)),
      scSchedule(s("Standard p. 7, sub-p. 2", 4773, 4786)),
      portalSchedule(s("Standard p. 7, sub-p. 3", 4787, 4799)),
    ],
    documents: [
      doc(
        "application",
        t("Өтініш", "Заявление", "Application"),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 1", 4808, 4811),
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
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 2", 4812, 4816),
      ),
      doc(
        "birth-certificate",
        t(
          "Электрондық нысандағы баланың (балалардың) туу туралы куәлігі немесе оның қағаз жеткізгіштегі көшірмесі",
          "Свидетельство о рождении ребенка (детей) в электронной форме или его копия на бумажном носителе",
          "Birth certificate of the child (children) in electronic form, or its paper copy",
        ),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 3", 4817, 4826),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (provider and State Corporation), sub-p. 3",
            [4817, 4826],
            "АХАЖ АЖ) мәліметтер болмаған кезде",
          ),
          condition: t(
            '"АХАЖ тіркеу пункті" АЖ-де мәліметтер болмаған кезде',
            "При отсутствии сведений в ИС «Регистрационный пункт ЗАГС»",
            "Only if the civil-registry system (АХАЖ АЖ) has no record",
          ),
        },
      ),
      doc(
        "marriage-or-divorce-certificate",
        t(
          "Неке қию немесе некені бұзу туралы куәліктің көшірмесі",
          "Копия свидетельства о заключении или расторжении брака",
          "Copy of the marriage or divorce certificate",
        ),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 4", 4827, 4830),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (provider and State Corporation), sub-p. 4",
            [4827, 4830],
            "АХАЖ АЖ-да мәліметтер болмаған кезде",
            { declarable: NEVER_MARRIED },
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған кезде",
            "При отсутствии сведений в ИС ЗАГС",
            "Only if the civil-registry system has no record",
          ),
          presentation: "copy",
        },
      ),
      doc(
        "medical-certificate-071u",
        t(
          "№ ҚР ДСМ-175/2020 бұйрығымен бекітілген 071/у нысанына сәйкес сауықтыру лагеріне баратын оқушыға " +
            "берілетін медициналық анықтама",
          "Медицинская справка на обучающегося, направляемого в оздоровительный лагерь, по форме 071/у, " +
            "утвержденной приказом № ҚР ДСМ-175/2020 (30.10.2020)",
          "Medical certificate for a pupil going to a health camp, form 071/у approved by order No. ҚР ДСМ-175/2020 " +
            "of 30.10.2020",
        ),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 5", 4831, 4847),
        { condition: HEALTH_CAMP },
      ),
      ...statusDocuments(
        "Standard p. 8 (provider and State Corporation), sub-p. 6 (copy of the status document)",
        [...PAPER],
        { tsa: [4848, 4858], income: [4859, 4874], guardianship: [4875, 4889], collegial: [4890, 4901] },
        "",
        "copy",
      ),
      doc(
        "application-portal",
        t(
          "ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөзбен куәландырылған электрондық құжат нысанындағы өтініш",
          "Заявление в форме электронного документа, удостоверенного ЭЦП или одноразовым паролем",
          "Application as an electronic document certified with an EDS or a one-time password",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 1", 4902, 4912),
      ),
      doc(
        "birth-certificate-portal",
        t(
          "Баланың туу туралы куәлігінің электрондық көшірмесі",
          "Электронная копия свидетельства о рождении ребенка",
          "Electronic copy of the child's birth certificate",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 2", 4913, 4920),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (portal), sub-p. 2",
            [4913, 4920],
            "ақпараттық жүйесінде мәліметтер болмаған жағдайда (бұдан әрі - АХАЖ АЖ) не Қазақстан Республикасынан тыс жерде туылған жағдайда",
            { unlessAbroad: true },
          ),
          condition: t(
            "АХАЖ АЖ-де мәліметтер болмаған жағдайда не бала Қазақстан Республикасынан тыс жерде туылған жағдайда",
            "При отсутствии сведений в ИС ЗАГС либо при рождении ребенка за пределами Республики Казахстан",
            "Only if the civil-registry system has no record, or the child was born abroad",
          ),
          presentation: "electronic_copy",
        },
      ),
      doc(
        "marriage-or-divorce-certificate-portal",
        t(
          "Неке қию немесе некені бұзу туралы куәліктің электрондық көшірмесі",
          "Электронная копия свидетельства о заключении или расторжении брака",
          "Electronic copy of the marriage or divorce certificate",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 3", 4921, 4924),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (portal), sub-p. 3",
            [4921, 4924],
            "АХАЖ АЖ-да мәліметтер болмаған кезде",
            { declarable: NEVER_MARRIED },
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған кезде",
            "При отсутствии сведений в ИС ЗАГС",
            "Only if the civil-registry system has no record",
          ),
          presentation: "electronic_copy",
        },
      ),
      doc(
        "medical-certificate-071u-portal",
        t(
          "№ ҚР ДСМ-175/2020 бұйрықпен бекітілген нысанға сәйкес сауықтыру лагеріне баратын мектеп оқушысына " +
            "берілетін медициналық анықтаманың электрондық көшірмесі",
          "Электронная копия медицинской справки на школьника, направляемого в оздоровительный лагерь, по форме " +
            "приказа № ҚР ДСМ-175/2020",
          "Electronic copy of the medical certificate for a pupil going to a health camp, on the form of order " +
            "No. ҚР ДСМ-175/2020",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 4", 4925, 4930),
        { condition: HEALTH_CAMP, presentation: "electronic_copy" },
      ),
      ...statusDocuments(
        "Standard p. 8 (portal), sub-p. 5 (electronic copy of the status document)",
        [...PORTAL],
        { tsa: [4931, 4944], income: [4945, 4960], guardianship: [4961, 4970], collegial: [4971, 4982] },
        "-portal",
        "electronic_copy",
      ),
    ],
    documentsRef: null,
    refusalGrounds: genericGrounds(
      1,
      [
        [4984, 4989],
        [4990, 5025],
        [5026, 5032],
        [5033, 5039],
        [5040, 5047],
        [5048, 5061],
      ],
      { 1: GROUND2_DECREE_64, 4: GROUND5_COURT_DECISION },
    ),
    refusalGroundsRef: null,
    otherRequirements: [
      addresses(s("Standard p. 7", 4800, 4806)),
      ...rowTen(
        s("Standard p. 10", 5071, 5075),
        s("Standard p. 10", 5076, 5081),
        s("Standard p. 10", 5082, 5093),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 13-1", 752, 765),
      refusalReceiptRequirement(RECEIPT.ref, RECEIPT.from, RECEIPT.to),
    ],
  },
  procedures: [
    buildProcedure(RULE, officeLeg(s("Standard p. 2, sub-p. 1", 4681, 4685))),
    buildProcedure(RULE, scLeg(s("Standard p. 2, sub-p. 2", 4692, 4696), RECEIPT)),
    buildProcedure(RULE, schoolLeg(s("Standard p. 2, sub-p. 3", 4697))),
    buildProcedure(RULE, portalLeg(s("Standard p. 5", 4740, 4744))),
  ],
  contradictions: [
    {
      id: "provider-list",
      kind: "internal",
      text: t(
        "Қағидалардың 3-тармағы көрсетілетін қызметті берушілер қатарында облыстардың білім басқармаларын атайды, " +
          "ал стандарттың 1-тармағында олар жоқ (тек республикалық маңызы бар қалалар мен астананың басқармалары, " +
          "аудандық және қалалық бөлімдер, білім беру ұйымдары).",
        "Пункт 3 Правил называет среди услугодателей управления образования областей, а пункт 1 стандарта их не " +
          "называет (только управления городов республиканского значения и столицы, районные и городские отделы, " +
          "организации образования).",
        "Rules p. 3 lists the regions' education departments among the providers; standard p. 1 does not (only " +
          "the departments of the cities of republican significance and the capital, district and city divisions, " +
          "and educational organisations).",
      ),
      sources: [s("Rules p. 3", 718, 720), s("Standard p. 1", 4674, 4679)],
    },
    {
      id: "refusal-without-hearing",
      kind: "other",
      text: t(
        "Қағидалардың 10-тармағының бірінші бөлігі 3 жұмыс күні ішінде жолдаманы немесе бас тарту туралы дәлелді " +
          "жауапты дайындауды айтады, ал екінші–төртінші бөліктер бас тартудың алдында алдын ала шешім мен тыңдауды " +
          "талап етеді. Бас тарту тек тыңдау арқылы кодталды.",
        "Часть первая пункта 10 Правил говорит о подготовке в течение 3 рабочих дней путевки или мотивированного " +
          "ответа об отказе, а части вторая–четвертая требуют перед отказом предварительного решения и " +
          "заслушивания. Отказ закодирован только через заслушивание.",
        "Rules p. 10 part 1 has the provider prepare, within 3 working days, the voucher or a reasoned refusal, " +
          "while parts 2–4 require a preliminary decision and a hearing before any refusal. The refusal is encoded " +
          "only through the hearing branch.",
      ),
      sources: [s("Rules p. 10, part 1", 731, 734), s("Rules p. 10, parts 2–4", 735, 747)],
    },
  ],
};
