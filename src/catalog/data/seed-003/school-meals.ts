/**
 * Free and discounted meals for certain categories of pupils of general-education schools — order No. 414
 * (2022), list item 3 (rules pp. 3, 7, 9-1, lines 648–705) and list annex 17 (standard, rules annex 2,
 * lines 4229–4643).
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
  rowTen,
  s,
  schoolLeg,
  statusDocuments,
} from "./common-b.ts";
import { ifNoRecord, NEVER_MARRIED } from "./waivers.ts";

const HEARING: HearingRule = {
  para: "Rules p. 7",
  preliminary: { from: 676, to: 684, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 685, to: 685, article: "73" },
  after: { from: 686, to: 688, quote: "1 (бір) жұмыс күні", days: 1 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті беруші 1 (бір) жұмыс күні ішінде анықтаманы немесе " +
      "мемлекеттік қызметті көрсетуден дәлелді бас тартуды көрсетілетін қызметті алушыға жолдайды.",
    "По результатам заслушивания услугодатель в течение 1 (одного) рабочего дня направляет справку или " +
      "мотивированный отказ услугополучателю.",
    "After the hearing, the provider sends the certificate or a reasoned refusal to the applicant within 1 " +
      "working day.",
  ),
  to: t("көрсетілетін қызметті алушыға", "услугополучателю", "to the applicant"),
};

const CERTIFICATE = t(
  "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және " +
    "жеңілдікпен тамақтандыруды ұсыну туралы анықтама",
  "Справка о предоставлении бесплатного и льготного питания отдельным категориям обучающихся и воспитанников в " +
    "общеобразовательных школах",
  "Certificate granting free and discounted meals to certain categories of pupils of general-education schools",
);

const RULE: ProviderRule = {
  lines: [648, 705],
  submit: { para: "Rules p. 3", from: 652, to: 669 },
  prepare: {
    para: "Rules p. 7, part 1",
    from: 671,
    to: 675,
    quote: "3 (үш ) жұмыс күні",
    days: 3,
    action: t(
      "Құжаттарды тексеру қорытындысы бойынша 3 (үш) жұмыс күні ішінде Қағидаларға 3-қосымшаға сәйкес нысан " +
        "бойынша жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына " +
        "тегін және жеңілдікпен тамақтандыруды ұсыну туралы анықтама дайындайды.",
      "По итогам проверки документов в течение 3 (трех) рабочих дней готовит справку о предоставлении " +
        "бесплатного и льготного питания по форме приложения 3 к Правилам.",
      "After checking the documents, within 3 working days prepares the certificate granting free and discounted " +
        "meals, on the form of rules annex 3.",
    ),
    output: CERTIFICATE,
    doc: "certificate",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 1 (бір) жұмыс күні ішінде анықтаманы көрсетілетін қызметті алушыға жолдайды.",
      "По результатам заслушивания в течение 1 (одного) рабочего дня направляет справку услугополучателю.",
      "After the hearing, within 1 working day, sends the certificate to the applicant.",
    ),
    output: CERTIFICATE,
    doc: "certificate",
  },
};

const PAPER = ["provider_office", "educational_organisation"] as const;
const PORTAL = ["portal"] as const;
const QUEUE_QUOTE =
  "уақыты - 15 минут; 3) көрсетілетін қызметті алушыға қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты - 30 минут";

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 7, 9-1: lines 648–705); list annex 17 (standard)",
    4229,
    4643,
  ),
  titleInAct: t(
    "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және " +
      "жеңілдетілген тамақтандыруды ұсыну",
    "Предоставление бесплатного и льготного питания отдельным категориям обучающихся и воспитанников в " +
      "общеобразовательных школах",
    "Free and discounted meals for certain categories of pupils of general-education schools",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(
        "Standard p. 8 (portal), sub-p. 1",
        4460,
        4470,
        "бір рет пайдаланатын құпия сөзбен куәландырылған",
      ),
    },
    provider: {
      kinds: [
        "local_executive_body",
        "regional_education_department",
        "district_education_department",
        "education_organisation",
      ],
      description: t(
        "Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының, аудандар мен облыстық маңызы бар қалалардың " +
          "жергілікті атқарушы органдары, республикалық маңызы бар қалалардың және астананың білім басқармалары, " +
          "аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері, білім беру ұйымдары",
        "Местные исполнительные органы областей, городов Нур-Султана, Алматы и Шымкента, районов и городов " +
          "областного значения, управления образования городов республиканского значения и столицы, отделы " +
          "образования районов и городов областного значения, организации образования",
        "Local executive bodies of the regions, of Nur-Sultan, Almaty and Shymkent, of districts and cities of " +
          "regional significance; education departments of the cities of republican significance and the capital; " +
          "education divisions of districts and cities of regional significance; educational organisations",
      ),
      source: s("Standard p. 1", 4254, 4268),
    },
    channels: [
      { channel: "provider_office", source: s("Standard p. 2, sub-p. 1", 4274, 4278) },
      { channel: "educational_organisation", source: s("Standard p. 2, sub-p. 2", 4279) },
      { channel: "portal", source: s("Standard p. 2, sub-p. 3", 4280, 4283) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіге құжаттарды тапсырған сәттен бастап, сондай-ақ портал арқылы өтініш берген кезде",
          "С момента сдачи документов услугодателю, а также при обращении через портал",
          "From the moment the documents are handed to the provider (including an educational organisation), and " +
            "when applying through the portal",
        ),
        source: s("Standard p. 3, sub-p. 1", 4289, 4293, "5 (бес) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s("Standard p. 3, sub-pp. 2–3", 4294, 4301, QUEUE_QUOTE),
      },
      {
        channel: "educational_organisation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3 (the provider includes educational organisations)",
          4294,
          4301,
          QUEUE_QUOTE,
        ),
      },
    ],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: s("Standard p. 4", 4303, 4306),
    },
    results: [
      {
        id: "meals-certificate",
        kind: "certificate",
        title: t(
          "Жалпы білім беретін мектепте тегін және жеңілдетілген тамақтандыруды ұсыну туралы анықтама",
          "Справка о предоставлении бесплатного и льготного питания в общеобразовательной школе",
          "Certificate granting free and discounted meals at a general-education school",
        ),
        form: "Rules annex 3",
        source: s("Standard p. 5; rules p. 7", 4308, 4311),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 4311, 4322),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтініштерді қабылдау және нәтижелерді беру көрсетілетін қызметті берушінің кеңсесі, білім беру ұйымдары " +
            "немесе портал арқылы жүзеге асырылады.",
          "Прием заявлений и выдача результатов осуществляются через канцелярию услугодателя, организации " +
            "образования или портал.",
          "Applications are accepted, and results issued, through the provider's office, educational organisations " +
            "or the portal.",
        ),
        source: s("Standard p. 2", 4274, 4283),
      },
      {
        text: t(
          'Порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to, and stored in, the applicant's personal cabinet.",
        ),
        source: s("Standard p. 5", 4323, 4327),
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 7, part 4", 686, 688),
      },
    ],
    fee: free(4340),
    schedules: [
      providerSchedule(s("Standard p. 7, sub-p. 1", 4349, 4357)),
      portalSchedule(s("Standard p. 7, sub-p. 2", 4358, 4370)),
    ],
    documents: [
      doc(
        "application",
        t("Өтініш", "Заявление", "Application"),
        [...PAPER],
        s("Standard p. 8 (provider), sub-p. 1", 4379, 4380),
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
        s("Standard p. 8 (provider), sub-p. 2", 4381, 4388),
        { presentation: "original_for_check" },
      ),
      doc(
        "birth-certificate",
        t(
          "Баланың (балалардың) туу туралы куәлігі электрондық нысанда немесе оның қағаз жеткізгіштегі көшірмесі",
          "Свидетельство о рождении ребенка (детей) в электронной форме или его копия на бумажном носителе",
          "Birth certificate of the child (children) in electronic form, or its paper copy",
        ),
        [...PAPER],
        s("Standard p. 8 (provider), sub-p. 3", 4389, 4397),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (provider), sub-p. 3",
            [4389, 4397],
            "АХАЖ АЖ) мәліметтер болмаған кезде не Қазақстан Республикасынан тыс жерде туған",
            { unlessAbroad: true },
          ),
          condition: t(
            '"АХАЖ тіркеу пункті" АЖ-де мәліметтер болмаған кезде не бала Қазақстан Республикасынан тыс жерде туғанда',
            "При отсутствии сведений в ИС «Регистрационный пункт ЗАГС» либо при рождении ребенка за пределами " +
              "Республики Казахстан",
            "Only if the civil-registry system (АХАЖ АЖ) has no record, or the child was born abroad",
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
        s("Standard p. 8 (provider), sub-p. 4", 4398, 4401),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (provider), sub-p. 4",
            [4398, 4401],
            "АХАЖ АЖ-да мәліметтер болмаған жағдайда",
            { declarable: NEVER_MARRIED },
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған жағдайда",
            "При отсутствии сведений в ИС ЗАГС",
            "Only if the civil-registry system has no record",
          ),
          presentation: "original_for_check",
        },
      ),
      ...statusDocuments(
        "Standard p. 8 (provider), sub-p. 5 (copy of the status document)",
        [...PAPER],
        { tsa: [4402, 4412], income: [4413, 4428], guardianship: [4429, 4438], collegial: [4439, 4455] },
        "",
        "original_for_check",
      ),
      doc(
        "application-portal",
        t(
          "ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөзбен куәландырылған электрондық құжат нысанындағы өтініш",
          "Заявление в форме электронного документа, удостоверенного ЭЦП или одноразовым паролем",
          "Application as an electronic document certified with an EDS or a one-time password",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 1", 4460, 4470),
      ),
      doc(
        "birth-certificate-portal",
        t(
          "Баланың туу туралы куәлігінің электрондық көшірмесі",
          "Электронная копия свидетельства о рождении ребенка",
          "Electronic copy of the child's birth certificate",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 2", 4471, 4476),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (portal), sub-p. 2",
            [4471, 4476],
            "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған жағдайда",
            { unlessAbroad: true },
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған жағдайда не бала Қазақстан Республикасынан тыс жерде туылған жағдайда",
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
        s("Standard p. 8 (portal), sub-p. 3", 4477, 4480),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (portal), sub-p. 3",
            [4477, 4480],
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
      ...statusDocuments(
        "Standard p. 8 (portal), sub-p. 4 (electronic copy of the status document)",
        [...PORTAL],
        { tsa: [4481, 4491], income: [4492, 4510], guardianship: [4511, 4520], collegial: [4521, 4532] },
        "-portal",
        "electronic_copy",
      ),
    ],
    documentsRef: null,
    refusalGrounds: genericGrounds(
      1,
      [
        [4534, 4539],
        [4540, 4579],
        [4580, 4586],
        [4587, 4593],
        [4594, 4601],
        [4602, 4612],
      ],
      { 1: GROUND2_DECREE_64, 4: GROUND5_COURT_DECISION },
    ),
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Құжаттар салыстыру үшін түпнұсқада ұсынылады, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады.",
          "Документы представляются в подлинниках для сверки, после чего подлинники возвращаются услугополучателю.",
          "Documents are presented in the original for comparison; the originals are then returned to the applicant.",
        ),
        source: s("Standard p. 8", 4456, 4459),
      },
      addresses(s("Standard p. 7", 4371, 4377)),
      ...rowTen(
        s("Standard p. 10", 4614, 4624),
        s("Standard p. 10", 4625, 4630),
        s("Standard p. 10", 4631, 4642),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 9-1", 690, 703),
    ],
  },
  procedures: [
    buildProcedure(RULE, officeLeg(s("Standard p. 2, sub-p. 1", 4274, 4278))),
    buildProcedure(RULE, schoolLeg(s("Standard p. 2, sub-p. 2", 4274, 4279))),
    buildProcedure(RULE, portalLeg(s("Standard p. 5", 4323, 4327))),
  ],
  contradictions: [
    {
      id: "hearing-article",
      kind: "other",
      text: t(
        "Қағидалардың 7-тармағы тыңдау рәсімін ҚР АӨК-нің 73-бабына сәйкес жүргізуді айтады, ал осы бұйрықтағы " +
          "басқа қызметтердің қағидалары тыңдау үшін 74-бапқа сілтейді (73-бап алдын ала шешім үшін келтірілген).",
        "Пункт 7 Правил предусматривает проведение заслушивания по статье 73 АППК, тогда как правила других услуг " +
          "в этом приказе ссылаются для заслушивания на статью 74 (статья 73 приводится для предварительного решения).",
        "Rules p. 7 has the hearing held under APPC art. 73, whereas the other services' rules in this order cite " +
          "art. 74 for the hearing (and art. 73 for the preliminary decision).",
      ),
      sources: [
        s("Rules p. 7, part 3", 685),
        s("Rules p. 7, part 2", 679),
        s("Camp rules p. 10, part 3", 744),
      ],
    },
    {
      id: "title-wording",
      kind: "other",
      text: t(
        'Қызмет атауында "тегін және жеңілдетілген тамақтандыру" және "тегін және жеңілдікпен тамақтандыру" ' +
          "кезектесіп қолданылады.",
        "В названии услуги чередуются «жеңілдетілген» и «жеңілдікпен» (льготное питание).",
        'The service title alternates between "жеңілдетілген" and "жеңілдікпен" (discounted) meals — same meaning, ' +
          "different wording.",
      ),
      sources: [s("Rules p. 3", 652, 653), s("Rules p. 3", 661, 663), s("Standard title", 4250, 4252)],
    },
  ],
};
