/**
 * Permission for parents deprived of parental rights who do not harm the child to meet the child —
 * order No. 414 (2022), list item 3 (rules pp. 3, 9, 12-1, lines 513–568), list annex 13 (standard, rules
 * annex 2, lines 3571–3824) and list annex 14 (refusal receipt, rules annex 3, lines 3825–3863).
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
  refusalReceiptRequirement,
  rowTen,
  s,
  scLeg,
  scSchedule,
} from "./common-b.ts";

const RECEIPT = {
  ref: "List annex 14 (rules annex 3), receipt of refusal to accept documents",
  from: 3841,
  to: 3863,
};

const HEARING: HearingRule = {
  para: "Rules p. 9",
  preliminary: { from: 539, to: 547, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 548, to: 548, article: "74" },
  after: { from: 549, to: 551, quote: "1 (бір) жұмыс күні", days: 1 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті беруші 1 (бір) жұмыс күні ішінде рұқсатты немесе мемлекеттік " +
      "қызметті көрсетуден дәлелді бас тартуды көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға жолдайды.",
    "По результатам заслушивания услугодатель в течение 1 (одного) рабочего дня направляет разрешение или " +
      "мотивированный отказ услугополучателю или в Государственную корпорацию.",
    "After the hearing, the provider sends the permission or a reasoned refusal to the applicant or to the State " +
      "Corporation within 1 working day.",
  ),
  to: t(
    "көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға",
    "услугополучателю или в Государственную корпорацию",
    "to the applicant or to the State Corporation",
  ),
};

const RULE: ProviderRule = {
  lines: [513, 568],
  submit: { para: "Rules p. 3", from: 518, to: 530 },
  prepare: {
    para: "Rules p. 9, part 1",
    from: 535,
    to: 538,
    quote: "3 (үш ) жұмыс күні",
    days: 3,
    action: t(
      "Құжаттарды тексеру қорытындысы бойынша 3 (үш) жұмыс күні ішінде қорғаншы және қамқоршы органның балаға теріс " +
        "әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне рұқсатын Қағидаларға " +
        "4-қосымшаға сәйкес нысан бойынша дайындайды.",
      "По итогам проверки документов в течение 3 (трех) рабочих дней готовит разрешение органа опеки и " +
        "попечительства на свидание с ребенком родителям, лишенным родительских прав, не оказывающим на ребенка " +
        "негативного влияния, по форме приложения 4 к Правилам.",
      "After checking the documents, within 3 working days prepares the guardianship body's permission for the " +
        "parents deprived of parental rights who do not harm the child to meet the child, on the form of rules " +
        "annex 4.",
    ),
    output: t("Рұқсат", "Разрешение", "Permission"),
    doc: "permission",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 1 (бір) жұмыс күні ішінде рұқсатты көрсетілетін қызметті алушыға немесе " +
        "Мемлекеттік корпорацияға жолдайды.",
      "По результатам заслушивания в течение 1 (одного) рабочего дня направляет разрешение услугополучателю или в " +
        "Государственную корпорацию.",
      "After the hearing, within 1 working day, sends the permission to the applicant or to the State Corporation.",
    ),
    output: t("Рұқсат", "Разрешение", "Permission"),
    doc: "permission",
  },
};

const BOTH = ["provider_office", "state_corporation"] as const;
const CHANNELS_SRC = s("Standard p. 2", 3604, 3614);

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 9, 12-1: lines 513–568); list annexes 13–14 (standard and refusal receipt)",
    3571,
    3863,
  ),
  titleInAct: t(
    "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне рұқсат беру",
    "Выдача разрешения на свидание с ребенком родителям, лишенным родительских прав, не оказывающим на ребенка " +
      "негативного влияния",
    "Permission for parents deprived of parental rights who do not negatively affect the child to meet the child",
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
      source: s("Standard p. 1", 3590, 3598),
    },
    channels: [
      { channel: "provider_office", source: s("Standard p. 2, sub-p. 1", 3604, 3608) },
      { channel: "state_corporation", source: s("Standard p. 2, sub-p. 2", 3609, 3614) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(5),
        condition: t(
          "Құжаттарды көрсетілетін қызметті берушіге және Мемлекеттік корпорацияға тапсырған сәттен бастап",
          "С момента сдачи документов услугодателю и в Государственную корпорацию",
          "From the moment the documents are handed to the provider or the State Corporation",
        ),
        source: s("Standard p. 3, sub-p. 1", 3620, 3626, "5 (бес) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3",
          3627,
          3640,
          "уақыты - 15 минут; 3) көрсетілетін қызметті берушіде қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты - 30 минут",
        ),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 15,
        source: s("Standard p. 3, sub-pp. 2–3", 3627, 3640, "Мемлекеттік корпорацияда - 15 минут"),
      },
    ],
    forms: { values: ["paper"], source: s("Standard p. 4", 3642) },
    results: [
      {
        id: "meeting-permission",
        kind: "permission",
        title: t(
          "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне қорғаншылық және " +
            "қамқоршылық органының рұқсаты",
          "Разрешение органа опеки и попечительства на свидание с ребенком родителям, лишенным родительских прав, " +
            "не оказывающим на ребенка негативного влияния",
          "Permission of the guardianship and trusteeship body for parents deprived of parental rights who do not " +
            "negatively affect the child to meet the child",
        ),
        form: "Rules annex 4",
        source: s("Standard p. 5; rules p. 9", 3648, 3652),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 3652, 3658),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтінішті қабылдау және нәтижені беру көрсетілетін қызметті берушінің кеңсесі немесе Мемлекеттік корпорация " +
            "арқылы жүзеге асырылады.",
          "Прием заявления и выдача результата осуществляются через канцелярию услугодателя или Государственную " +
            "корпорацию.",
          "The application is accepted, and the result issued, through the provider's office or the State " +
            "Corporation.",
        ),
        source: CHANNELS_SRC,
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 9, part 4", 549, 551),
      },
    ],
    fee: free(3671),
    schedules: [
      providerSchedule(s("Standard p. 7, sub-p. 1", 3680, 3686), false),
      scSchedule(s("Standard p. 7, sub-p. 2", 3687, 3700)),
    ],
    documents: [
      doc(
        "application",
        t("Өтініш", "Заявление", "Application"),
        [...BOTH],
        s("Standard p. 8, sub-p. 1", 3719, 3722),
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
        [...BOTH],
        s("Standard p. 8, sub-p. 2", 3723, 3727),
      ),
      doc(
        "deprivation-court-decision",
        t(
          "Ата-ана құқықтарынан айыру туралы сот шешімі",
          "Решение суда о лишении родительских прав",
          "Court decision depriving the applicant of parental rights",
        ),
        [...BOTH],
        s("Standard p. 8, sub-p. 3", 3728, 3729),
      ),
      doc(
        "police-character-reference",
        t(
          "Ішкі істер органның мінездемесі",
          "Характеристика органа внутренних дел",
          "Character reference from the internal affairs body",
        ),
        [...BOTH],
        s("Standard p. 8, sub-p. 4", 3730, 3731),
      ),
    ],
    documentsRef: null,
    refusalGrounds: genericGrounds(1, [
      [3740, 3745],
      [3746, 3755],
      [3756, 3762],
      [3763, 3769],
      [3770, 3780],
      [3781, 3791],
    ]),
    refusalGroundsRef: null,
    otherRequirements: [
      addresses(s("Standard p. 7", 3701, 3710)),
      ...rowTen(
        s("Standard p. 10", 3801, 3805),
        s("Standard p. 10", 3806, 3811),
        s("Standard p. 10", 3812, 3823),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 12-1", 553, 566),
      refusalReceiptRequirement(RECEIPT.ref, RECEIPT.from, RECEIPT.to),
    ],
  },
  procedures: [
    buildProcedure(RULE, officeLeg(s("Standard p. 2, sub-p. 1", 3604, 3608))),
    buildProcedure(RULE, scLeg(s("Standard p. 2, sub-p. 2", 3604, 3614), RECEIPT)),
  ],
  contradictions: [
    {
      id: "portal-not-a-channel",
      kind: "internal",
      text: t(
        "Стандарттың 10-тармағы ЭЦҚ болса қызметті портал арқылы электрондық нысанда алуға болатынын айтады, ал " +
          "2-тармақ (және Қағидалардың 3-тармағы) тек көрсетілетін қызметті берушінің кеңсесі мен Мемлекеттік " +
          "корпорацияны атайды, көрсету нысаны — тек қағаз жүзінде.",
        "Пункт 10 стандарта говорит, что при наличии ЭЦП услугу можно получить в электронной форме через портал, " +
          "а пункт 2 (и пункт 3 Правил) называет только канцелярию услугодателя и Государственную корпорацию; " +
          "форма оказания — только бумажная.",
        "Standard p. 10 says an applicant with an EDS can obtain the service electronically through the portal, but " +
          "p. 2 (and rules p. 3) name only the provider's office and the State Corporation, and p. 4 gives the " +
          "form as paper only. The portal is not encoded as a channel.",
      ),
      sources: [s("Standard p. 10", 3801, 3805), s("Standard p. 2", 3604, 3614), s("Standard p. 4", 3642)],
    },
    {
      id: "title-wording",
      kind: "other",
      text: t(
        'Қызмет атауында "балаға кері әсер етпейтін" және "балаға теріс әсер етпейтін" кезектесіп қолданылады.',
        "В названии услуги чередуются формулировки «кері әсер» и «теріс әсер» (негативное влияние).",
        'The service title alternates between "кері әсер" and "теріс әсер" (negative influence) — same meaning, ' +
          "different wording.",
      ),
      sources: [s("Rules p. 3", 518, 519), s("Rules p. 3", 526, 527), s("Rules p. 9", 536, 537)],
    },
    {
      id: "provider-schedule-no-days",
      kind: "other",
      text: t(
        "Көрсетілетін қызметті берушінің жұмыс кестесінде апта күндері (дүйсенбі–жұма) көрсетілмеген.",
        "В графике работы услугодателя не указаны дни недели (понедельник–пятница).",
        "The provider's schedule gives hours but no days of the week (the other standards say Monday to Friday).",
      ),
      sources: [s("Standard p. 7, sub-p. 1", 3680, 3686)],
    },
  ],
};
