/**
 * Certificates for disposing of minors' property — Rules of MES order No. 158 of 24 April 2020 as amended by
 * order No. 414 (list item 3, pp. 3, 7 and 8-1, lines 347–399) and their annex 2 restated by list annex 5
 * (lines 2073–2370).
 */
import type { VersionInput } from "../build.ts";
import { t, workingDays } from "../build.ts";
import {
  contactAndDigitalDocuments,
  doc,
  effective414,
  genericGround,
  hearingBranch,
  ISSUER,
  KK_GENERIC,
  monitoringRequirement,
  NOTE_188,
  noRefusalGroundsDecision,
  ORDER_188,
  ORDER_414,
  portalSchedule,
  preliminaryRefusalRequirement,
  providerSchedule,
  s,
  serviceAddresses,
} from "./common-a.ts";
import { ifNoRecord } from "./waivers.ts";

const A5 = "List annex 5 (Property-certificate Rules annex 2)";
const R8 = `${A5}, row 8`;
const R9 = `${A5}, row 9`;
const RULES = "Property-certificate Rules";

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ORDER_414,
  amendedBy: [ORDER_188],
  implementsStandard: null,
  effective: effective414(
    "This version is the Rules of the service approved by MES order No. 158 of 24 April 2020 (reg. No. 20478) as " +
      `amended by order 414 (list item 3: pp. 3, 7 and 8-1, Rules annex 2 restated by list annex 5). ${NOTE_188}`,
  ),
  source: s(
    "List item 3, property-certificate Rules (lines 347–399), and list annex 5 (lines 2073–2370)",
    347,
    2370,
  ),
  titleInAct: t(
    "Кәмелетке толмағандардың мүлкіне иелік ету үшін анықтамалар беру",
    "Выдача справок для распоряжения имуществом несовершеннолетних",
    "Issuance of certificates for disposing of minors' property",
  ),
  variants: [],
  standard: {
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов, городов областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of districts and cities of regional significance",
      ),
      source: s(`${A5}, row 1`, 2089, 2097),
    },
    channels: [{ channel: "portal", source: s(`${A5}, row 2`, 2099, 2108) }],
    terms: [
      {
        channel: "portal",
        duration: workingDays(3),
        source: s(`${A5}, row 3`, 2110, 2113, "3 (үш) жұмыс күні"),
      },
    ],
    queue: [],
    forms: { values: ["electronic_fully_automated"], source: s(`${A5}, row 4`, 2115, 2117) },
    results: [
      {
        id: "property-disposal-certificate",
        kind: "certificate",
        title: t(
          "Кәмелетке толмаған балалардың мүлкіне иелік ету үшін анықтама",
          "Справка для распоряжения имуществом несовершеннолетних детей",
          "Certificate for disposing of the property of minor children",
        ),
        form: "Property-certificate Rules annex 3 (Rules p. 7)",
        source: s(`${A5}, row 5`, 2123, 2125),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Талаптардың 9-тармағында көзделген жағдайларда және негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом 9 Требований",
          "Reasoned answer refusing the service in the cases and on the grounds of p. 9 of the requirements",
        ),
        source: s(`${A5}, row 5`, 2125, 2131),
      },
    ],
    delivery: [
      {
        text: t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" жолданады және сақталады.',
          "На портале результат оказания государственной услуги направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet.",
        ),
        source: s(`${A5}, row 5`, 2132, 2136),
      },
      {
        text: t(
          'Анықтама не дәлелді жауап көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ қойылған электрондық құжат нысанында көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі.',
          "Справка либо мотивированный ответ направляется в «личный кабинет» услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя.",
          "The certificate or the reasoned answer goes to the recipient's personal cabinet as an electronic document signed with the EDS of the provider's authorised person.",
        ),
        source: s(`${RULES} p. 7, part 1`, 359, 368),
      },
    ],
    fee: {
      free: true,
      text: t("Тегін", "Бесплатно", "Free of charge"),
      source: s(`${A5}, row 6`, 2137, 2146),
    },
    schedules: [
      providerSchedule(s(`${A5}, row 7, sub-p. 1`, 2155, 2163)),
      portalSchedule(s(`${A5}, row 7, sub-p. 2`, 2164, 2177)),
    ],
    documents: [
      doc(
        "application",
        ["portal"],
        t(
          "Баланың (балалардың) заңды өкілінің біреуінің кәмелетке толмағандардың мүлкіне иелік етуге арналған электрондық құжат нысанындағы өтініші",
          "Заявление одного из законных представителей ребенка (детей) на распоряжение имуществом несовершеннолетних в форме электронного документа",
          "Application of one of the child's (children's) legal representatives to dispose of minors' property, as an electronic document",
        ),
        s(`${R8}, sub-p. 1`, 2186, 2190),
      ),
      doc(
        "child-birth-certificate",
        ["portal"],
        t(
          "Баланың туу туралы куәлігінің электрондық көшірмесі",
          "Электронная копия свидетельства о рождении ребенка",
          "Electronic copy of the child's birth certificate",
        ),
        s(`${R8}, sub-p. 2`, 2191, 2198),
        {
          presentation: "electronic_copy",
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            `${R8}, sub-p. 2`,
            [2191, 2198],
            "АХАЖ АЖ) мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған жағдайда",
            { unlessAbroad: true },
          ),
          condition: t(
            '"АХАЖ тіркеу пункті" ақпараттық жүйесінде (АХАЖ АЖ) мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған жағдайда',
            "При отсутствии сведений в информационной системе «Регистрационный пункт ЗАГС» (ИС ЗАГС) либо при рождении за пределами Республики Казахстан",
            "Only if the civil-registry system (IS ZAGS) has no record or the child was born outside the Republic of Kazakhstan",
          ),
        },
      ),
      doc(
        "consent-or-no-care-proof",
        ["portal"],
        t(
          "Жұбайының (зайыбының) нотариус куәландырған келісімінің электрондық көшірмесі не баланың (балалардың) жеке тұратын заңды өкілінің келісімі (ата-анасының біреуінің балаға қамқорлығының болмау фактісін растайтын құжаттардың электрондық көшірмесі: қайтыс болу туралы куәлік немесе хабарлама, ата-аналарды ата-ана құқықтарынан айыру, олардың ата-ана құқықтарын шектеу, ата-аналарды хабарсыз кеткен, әрекетке қабілетсіз (әрекет қабілеті шектеулі) деп тану, оларды қайтыс болды деп жариялау туралы сот шешімі, Әділет министрінің 2015 жылғы 25 ақпандағы № 112 бұйрығымен (№ 10764) бекітілген нысан бойынша туу туралы анықтама және т. б.)",
          "Электронная копия нотариально засвидетельствованного согласия супруга (супруги) либо согласие отдельно проживающего законного представителя ребенка (детей) (электронные копии документов, подтверждающих отсутствие попечения одного из родителей: свидетельство или извещение о смерти, решение суда о лишении родителей родительских прав, об ограничении их в родительских правах, о признании родителей безвестно отсутствующими, недееспособными (ограниченно дееспособными), об объявлении их умершими, справка о рождении по форме, утвержденной приказом Министра юстиции от 25 февраля 2015 года № 112 (№ 10764), и т. д.)",
          "Electronic copy of the spouse's notarised consent, or the consent of the separately living legal representative of the child (or electronic copies of documents proving that one parent provides no care: death certificate or notice; court decision depriving or restricting parental rights, declaring the parents missing, incapable (of limited capacity) or dead; birth record in the form of MoJ order No. 112 of 25 February 2015 (reg. No. 10764), etc.)",
        ),
        s(`${R8}, sub-p. 3`, 2199, 2238),
        {
          presentation: "electronic_copy",
          waivedIfRecord: ifNoRecord(
            "death",
            "other_parent",
            `${R8}, sub-p. 3`,
            [2199, 2238],
            "туу туралы анықтама және т. б. (АХАЖ АЖ-да мәліметтер болмаған жағдайда)",
          ),
          condition: t(
            "АХАЖ АЖ-да мәліметтер болмаған жағдайда",
            "При отсутствии сведений в ИС ЗАГС",
            "When the civil-registry system has no record",
          ),
        },
      ),
      doc(
        "inheritance-certificate",
        ["portal"],
        t(
          "Заң бойынша мұрагерлікке құқығы туралы куәліктің электрондық көшірмесі (нотариустен)",
          "Электронная копия свидетельства о праве на наследство по закону (от нотариуса)",
          "Electronic copy of the certificate of the right to inherit by law (from the notary)",
        ),
        s(`${R8}, sub-p. 4`, 2239, 2244),
        {
          presentation: "electronic_copy",
          condition: t(
            "Заң бойынша мұрагерлікке құқық алған жағдайда",
            "В случае получения права на наследство по закону",
            "Only if a right to inherit by law has been obtained",
          ),
        },
      ),
      doc(
        "property-documents",
        ["portal"],
        t(
          "Мүліктің болуын растайтын құжаттардың электрондық көшірмесі",
          "Электронная копия документов, подтверждающих наличие имущества",
          "Electronic copy of the documents proving the property",
        ),
        s(`${R8}, sub-p. 5`, 2245, 2249),
        {
          presentation: "electronic_copy",
          condition: t(
            "Тиісті ақпараттық жүйелерде мәліметтер болмаған жағдайда",
            "При отсутствии сведений в соответствующих информационных системах",
            "Only if the relevant information systems have no record",
          ),
        },
      ),
      doc(
        "child-opinion",
        ["portal"],
        t(
          "Отбасы және балалар саласында мемлекеттік қызметті көрсету қағидаларына 12-қосымшаға сәйкес бала (балалар) пікірінің электрондық көшірмесі",
          "Электронная копия мнения ребенка (детей) согласно приложению 12 к Правилам оказания государственных услуг в сфере семьи и детей",
          "Electronic copy of the child's (children's) opinion in the form of annex 12 to the Rules for state services in the family and children sphere",
        ),
        s(`${R8}, sub-p. 6`, 2250, 2256),
        {
          presentation: "electronic_copy",
          condition: t(
            "Он жасқа толған жағдайда",
            "В случае достижения десятилетнего возраста",
            "If the child is aged ten or over",
          ),
        },
      ),
    ],
    documentsRef: null,
    refusalGrounds: [
      genericGround(
        "unreliable",
        1,
        "көрсетілетін қызметті алушының мемлекеттік көрсетілетін қызметті алу үшін ұсынған құжаттарының және (немесе) олардағы деректердің (мәліметтердің) дұрыс еместігін анықтау",
        s(`${R9}, sub-p. 1`, 2258, 2269),
      ),
      {
        n: 2,
        text: t(
          'Көрсетілетін қызметті алушының Қазақстан Республикасының Азаматтық кодексінде және "Мемлекеттің қорғаншылық және қамқоршылық жөніндегі функцияларын жүзеге асыру қағидаларын бекіту туралы" Қазақстан Республикасы Үкіметінің 2012 жылғы 30 наурыздағы № 382 қаулысында белгіленген талаптарға сәйкес келмеуі',
          "Несоответствие услугополучателя требованиям, установленным Гражданским кодексом Республики Казахстан и постановлением Правительства Республики Казахстан от 30 марта 2012 года № 382 «Об утверждении Правил осуществления функций государства по опеке и попечительству»",
          "The recipient does not meet the requirements of the Civil Code and of Government Decree No. 382 of 30 March 2012 approving the Rules for exercising the state's guardianship and trusteeship functions",
        ),
        provision: "Civil Code of the Republic of Kazakhstan; Government Decree No. 382 of 30 March 2012",
        source: s(`${R9}, sub-p. 2`, 2270, 2281),
      },
      genericGround("nla", 3, KK_GENERIC.nla, s(`${R9}, sub-p. 3`, 2282, 2291)),
      genericGround("court_ban", 4, KK_GENERIC.court_ban, s(`${R9}, sub-p. 4`, 2292, 2298)),
      {
        n: 5,
        text: t(
          "Он төрт жасқа толмаған жетім баланың, ата-анасының қамқорлығынсыз қалған баланың тұрғын үйін иеліктен шығару, оның ішінде айырбастау немесе сыйға тарту бойынша мәмілелер жасау немесе олардың атынан кепілгерлік шартын, тұрғын үйді өтеусіз пайдалануға тапсыру немесе кепілге қою бойынша мәмілелер, заң бойынша, өсиет бойынша оларға тиесілі мұрагерлік құқықтардан бас тартуына, олардың тұрғын үйін бөлуге немесе одан үлес бөліп алуға әкеп соғатын мәмілелер жасасу",
          "Совершение сделок по отчуждению, в том числе обмену или дарению, жилища ребенка-сироты, ребенка, оставшегося без попечения родителей, не достигшего четырнадцати лет, либо заключение от их имени договора поручительства, сделок по передаче жилища в безвозмездное пользование или в залог, сделок, влекущих отказ от принадлежащих им прав наследования по закону или по завещанию, раздел их жилища или выдел из него доли",
          "Transactions alienating (including exchanging or giving away) the dwelling of an orphan or a child without parental care under fourteen, or concluding in their name a surety agreement, transactions giving the dwelling for free use or in pledge, or transactions leading to renunciation of their inheritance rights by law or by will, or to division of their dwelling or allotment of a share of it",
        ),
        source: s(`${R9}, sub-p. 5`, 2299, 2315),
      },
      genericGround("special_right", 6, KK_GENERIC.special_right_decision, s(`${R9}, sub-p. 6`, 2316, 2325)),
      genericGround("personal_data", 7, KK_GENERIC.personal_data, s(`${R9}, sub-p. 7`, 2326, 2336)),
    ],
    refusalGroundsRef: null,
    otherRequirements: [
      serviceAddresses(`${A5}, row 7`, 2178, 2184),
      preliminaryRefusalRequirement(`${RULES} p. 7, parts 2–3`, 369, 378),
      monitoringRequirement(`${RULES} p. 8-1`, 384, 397),
      contactAndDigitalDocuments(`${A5}, row 10`, 2345, 2368),
    ],
  },
  procedures: [
    {
      id: "portal",
      channel: "portal",
      title: t(
        "Кәмелетке толмағандардың мүлкіне иелік ету үшін анықтамалар беру: портал арқылы",
        "Выдача справок для распоряжения имуществом несовершеннолетних: через портал",
        "Certificates for disposing of minors' property: through the portal",
      ),
      source: s(`${RULES} pp. 3, 7`, 350, 382),
      steps: [
        {
          id: "submit-application",
          kind: "task",
          actor: "applicant",
          action: t(
            "Жеке тұлға портал арқылы Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттарды қоса бере отырып, Қағидалардың 1-қосымшасына сәйкес нысан бойынша өтініш береді.",
            "Физическое лицо подает через портал заявление по форме согласно приложению 1 к Правилам с приложением документов, предусмотренных Требованиями к оказанию государственной услуги.",
            "The individual files through the portal the application in the form of Rules annex 1 with the documents listed in the service requirements.",
          ),
          duration: null,
          output: t("Өтініш берілді", "Заявление подано", "Application filed"),
          outputDocument: "application",
          source: s(`${RULES} p. 3`, 350, 357),
        },
        noRefusalGroundsDecision(
          "no-refusal-grounds",
          "responsible_executor",
          s(`${RULES} p. 7, parts 1–2`, 359, 373),
        ),
        {
          id: "prepare-certificate",
          kind: "task",
          actor: "responsible_executor",
          action: t(
            'Көрсетілетін қызметті беруші 2 (екі) жұмыс күні ішінде Қағидалардың 3-қосымшасына сәйкес нысан бойынша кәмелетке толмағандардың мүлкіне билік ету жөніндегі анықтаманы дайындайды және уәкілетті адамның ЭЦҚ қойылған электрондық құжат нысанында көрсетілетін қызметті алушының "жеке кабинетіне" жібереді.',
            "Услугодатель в течение 2 (двух) рабочих дней готовит справку по распоряжению имуществом несовершеннолетних по форме согласно приложению 3 к Правилам и направляет ее в «личный кабинет» услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица.",
            "Within 2 working days the provider prepares the certificate on disposing of minors' property in the form of Rules annex 3 and sends it to the recipient's personal cabinet as an electronic document signed with the authorised person's EDS.",
          ),
          duration: workingDays(2),
          output: t(
            "Кәмелетке толмағандардың мүлкіне билік ету жөніндегі анықтама",
            "Справка по распоряжению имуществом несовершеннолетних",
            "Certificate on disposing of minors' property",
          ),
          outputDocument: "certificate",
          next: "end",
          source: s(`${RULES} p. 7, part 1`, 359, 368, "2 (екі) жұмыс күні ішінде"),
        },
        ...hearingBranch({
          preliminary: s(`${RULES} p. 7, part 2`, 369, 377),
          hearing: s(`${RULES} p. 7, part 3`, 378),
          final: {
            duration: workingDays(2),
            action: t(
              "Тыңдау нәтижелері бойынша көрсетілетін қызметті алушыға уәкілетті адамның ЭЦҚ қойылған электрондық құжат нысанында 2 (екі) жұмыс күні ішінде оң нәтиже немесе мемлекеттік қызметті көрсетуден дәлелді бас тарту жіберіледі.",
              "По результатам заслушивания услугополучателю в течение 2 (двух) рабочих дней направляется положительный результат либо мотивированный отказ в оказании государственной услуги в форме электронного документа, подписанного ЭЦП уполномоченного лица.",
              "After the hearing, within 2 working days, the recipient is sent the positive result or a reasoned refusal as an electronic document signed with the authorised person's EDS.",
            ),
            source: s(`${RULES} p. 7, part 4`, 379, 382, "2 (екі) жұмыс күні ішінде"),
          },
        }),
      ],
    },
  ],
  contradictions: [
    {
      id: "hearing-article-74-vs-73",
      kind: "internal",
      text: t(
        "Қағидалардың 7-тармағында тыңдау рәсімі алдымен ҚР АӨК-нің 74-бабына сәйкес, ал сол тармақтың соңында қайтадан 73-бабына сәйкес жүргізіледі деп жазылған.",
        "В пункте 7 Правил сначала сказано, что заслушивание проводится в соответствии со статьей 74 АППК РК, а в конце того же пункта то же предложение повторено со ссылкой на статью 73.",
        "Rules p. 7 first says the hearing is held under APPC art. 74, then repeats the same sentence at the end of the paragraph citing art. 73.",
      ),
      sources: [s(`${RULES} p. 7, part 3`, 378), s(`${RULES} p. 7, part 4`, 382)],
    },
    {
      id: "preliminary-refusal-deadline-vs-term",
      kind: "internal",
      text: t(
        "Қызмет көрсету мерзімі 3 жұмыс күні, ал алдын ала шешім мерзім аяқталғанға дейін 3 жұмыс күнінен кешіктірмей жіберілуі тиіс, яғни өтініш берілген күні, 7-тармақтағы 2 жұмыс күндік дайындыққа дейін; тыңдаудан кейінгі 2 жұмыс күндік жауап мерзімнен тыс қалады.",
        "Срок оказания услуги — 3 рабочих дня, а предварительное решение должно быть направлено не позднее чем за 3 рабочих дня до окончания срока, то есть в день подачи заявления, до 2-дневной подготовки по пункту 7; ответ после заслушивания (2 рабочих дня) выходит за пределы срока.",
        "The term is 3 working days, yet the preliminary refusal must go out no later than 3 working days before the term ends — i.e. on the day of application, before the 2-working-day preparation of p. 7 — and the answer 2 working days after the hearing falls outside the term.",
      ),
      sources: [
        s(`${A5}, row 3`, 2110, 2113, "3 (үш) жұмыс күні"),
        s(`${RULES} p. 7`, 359, 382, "3 (үш) жұмыс күнінен кешіктірмей"),
      ],
    },
    {
      id: "moj-order-112-date",
      kind: "internal",
      text: t(
        "Әділет министрінің № 112 бұйрығы осы стандартта 2015 жылғы 25 ақпандағы, ал 6-қосымшада (қорғаншылық белгілеу стандартында) 2015 жылғы 28 ақпандағы деп көрсетілген.",
        "Приказ Министра юстиции № 112 датирован в этом стандарте 25 февраля 2015 года, а в приложении 6 (стандарт установления опеки) — 28 февраля 2015 года.",
        "MoJ order No. 112 is dated 25 February 2015 in this standard but 28 February 2015 in list annex 6 (the guardianship-establishment standard).",
      ),
      sources: [s(`${R8}, sub-p. 3`, 2210, 2212), s("List annex 6, row 8, sub-p. 7", 2631, 2633)],
    },
    {
      id: "row-10-heading",
      kind: "other",
      text: t(
        'Стандарттың 10-жолының тақырыбы "өзге де талаптар" емес, 9-жолдікі сияқты "...бас тарту үшін негіздер" деп берілген.',
        "Заголовок строки 10 стандарта повторяет заголовок строки 9 («основания для отказа…») вместо «иные требования».",
        'The heading of standard row 10 repeats that of row 9 ("grounds for refusal…") instead of "other requirements".',
      ),
      sources: [s(`${A5}, row 10`, 2338, 2343)],
    },
    {
      id: "fully-automated-vs-manual-steps",
      kind: "other",
      text: t(
        "Стандарттың 4-жолы қызметті толық автоматтандырылған деп көрсетеді, бірақ Қағидалардың 7-тармағында уәкілетті адам 2 жұмыс күні ішінде дайындайтын анықтама, алдын ала шешім және тыңдау көзделген.",
        "Строка 4 стандарта называет услугу полностью автоматизированной, однако пункт 7 Правил предусматривает подготовку справки уполномоченным лицом в течение 2 рабочих дней, предварительное решение и заслушивание.",
        "Standard row 4 calls the service fully automated, yet Rules p. 7 has the certificate prepared within 2 working days by an authorised person, a preliminary decision and a hearing.",
      ),
      sources: [s(`${A5}, row 4`, 2115, 2117), s(`${RULES} p. 7`, 359, 382)],
    },
  ],
};
