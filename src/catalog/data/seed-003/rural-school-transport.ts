/**
 * Free transport of children living in remote rural settlements to general-education organisations and back
 * home — order No. 414 (2022), list item 3 (rules pp. 3, 10, 13-1, lines 569–647), list annex 15 (standard,
 * rules annex 2, lines 3865–4188) and list annex 16 (refusal receipt, rules annex 3, lines 4190–4227).
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
  portalLeg,
  portalSchedule,
  providerSchedule,
  refusalReceiptRequirement,
  rowTen,
  s,
  schoolLeg,
  scLeg,
  scSchedule,
} from "./common-b.ts";
import { ifNoRecord } from "./waivers.ts";

const RECEIPT = {
  ref: "List annex 16 (rules annex 3), receipt of refusal to accept documents",
  from: 4208,
  to: 4227,
};

const HEARING: HearingRule = {
  para: "Rules p. 10",
  preliminary: { from: 593, to: 601, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 602, to: 602, article: "74" },
  after: { from: 603, to: 605, quote: "1 (бір) жұмыс күні", days: 1 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті беруші 1 (бір) жұмыс күні ішінде анықтаманы не мемлекеттік " +
      "қызметті көрсетуден дәлелді бас тартуды көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға жолдайды.",
    "По результатам заслушивания услугодатель в течение 1 (одного) рабочего дня направляет справку либо " +
      "мотивированный отказ услугополучателю или в Государственную корпорацию.",
    "After the hearing, the provider sends the certificate or a reasoned refusal to the applicant or to the State " +
      "Corporation within 1 working day.",
  ),
  to: t(
    "көрсетілетін қызметті алушыға немесе Мемлекеттік корпорацияға",
    "услугополучателю или в Государственную корпорацию",
    "to the applicant or to the State Corporation",
  ),
};

const CERTIFICATE = t(
  "Жалпы білім беру ұйымдарына және үйлеріне тегін тасымалдауды ұсыну туралы анықтама",
  "Справка о предоставлении бесплатного подвоза к общеобразовательным организациям и обратно домой",
  "Certificate granting free transport to general-education organisations and back home",
);

const RULE: ProviderRule = {
  lines: [569, 647],
  submit: { para: "Rules p. 3", from: 576, to: 587 },
  prepare: {
    para: "Rules p. 10, part 1",
    from: 589,
    to: 592,
    quote: "3 ( үш) жұмыс күні",
    days: 3,
    action: t(
      "Құжаттарды тексеру қорытындысы бойынша 3 (үш) жұмыс күні ішінде Қағидаларға 4-қосымшаға сәйкес нысан " +
        "бойынша жалпы білім беру ұйымдарына және үйлеріне тегін тасымалдауды ұсыну туралы анықтама дайындайды.",
      "По итогам проверки документов в течение 3 (трех) рабочих дней готовит справку о предоставлении " +
        "бесплатного подвоза к общеобразовательным организациям и обратно домой по форме приложения 4 к Правилам.",
      "After checking the documents, within 3 working days prepares the certificate granting free transport to " +
        "general-education organisations and back home, on the form of rules annex 4.",
    ),
    output: CERTIFICATE,
    doc: "certificate",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 1 (бір) жұмыс күні ішінде анықтаманы көрсетілетін қызметті алушыға немесе " +
        "Мемлекеттік корпорацияға жолдайды.",
      "По результатам заслушивания в течение 1 (одного) рабочего дня направляет справку услугополучателю или в " +
        "Государственную корпорацию.",
      "After the hearing, within 1 working day, sends the certificate to the applicant or to the State Corporation.",
    ),
    output: CERTIFICATE,
    doc: "certificate",
  },
};

const PAPER = ["provider_office", "state_corporation", "educational_organisation"] as const;
const PORTAL = ["portal"] as const;

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 10, 13-1 and the heading of the standard's annex: lines 569–647); " +
      "list annexes 15–16 (standard and refusal receipt)",
    3865,
    4227,
  ),
  titleInAct: t(
    "Шалғайдағы ауылдық елді мекендерде тұратын балаларды жалпы білім беру ұйымдарына және кейін үйлеріне тегін " +
      "тасымалдауды ұсыну",
    "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в " +
      "отдаленных сельских пунктах",
    "Free transport of children living in remote rural settlements to general-education organisations and back home",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(
        "Standard p. 8 (portal), sub-p. 1",
        4061,
        4071,
        "бір рет пайдаланатын құпиясөзбен куәландырылған",
      ),
    },
    provider: {
      kinds: ["district_education_department", "education_organisation"],
      description: t(
        "Аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері, білім беру ұйымдары",
        "Отделы образования районов и городов областного значения, организации образования",
        "Education divisions of districts and cities of regional significance; educational organisations",
      ),
      source: s("Standard p. 1", 3885, 3891),
    },
    channels: [
      { channel: "provider_office", source: s("Standard p. 2, sub-p. 1", 3897, 3901) },
      { channel: "state_corporation", source: s("Standard p. 2, sub-p. 2", 3902, 3906) },
      { channel: "educational_organisation", source: s("Standard p. 2, sub-p. 3", 3907) },
      { channel: "portal", source: s("Standard p. 2, sub-p. 3 (numbered 3 twice)", 3908, 3911) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіге және Мемлекеттік корпорацияға құжаттар топтамасын тапсырған сәттен бастап, " +
            "сондай-ақ портал арқылы өтініш берген кезде",
          "С момента сдачи пакета документов услугодателю и в Государственную корпорацию, а также при обращении " +
            "через портал",
          "From the moment the package is handed to the provider (including an educational organisation) or the " +
            "State Corporation, and when applying through the portal",
        ),
        source: s("Standard p. 3, sub-p. 1", 3919, 3924, "5 ( бес) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3",
          3925,
          3934,
          "– 15 минут; 3) көрсетілетін қызметті берушіде қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты – 30 минут",
        ),
      },
      {
        channel: "educational_organisation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3 (the provider includes educational organisations)",
          3925,
          3934,
          "– 15 минут; 3) көрсетілетін қызметті берушіде қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты – 30 минут",
        ),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 15,
        source: s("Standard p. 3, sub-pp. 2–3", 3925, 3934, "Мемлекеттік корпорацияда – 15 минут"),
      },
    ],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: s("Standard p. 4", 3936, 3939),
    },
    results: [
      {
        id: "transport-certificate",
        kind: "certificate",
        title: t(
          "Жалпы білім беру ұйымдарына және кері қарай үйлеріне тегін тасымалдауды ұсыну туралы анықтама",
          "Справка о предоставлении бесплатного подвоза к общеобразовательным организациям и обратно домой",
          "Certificate granting free transport to general-education organisations and back home",
        ),
        form: "Rules annex 4",
        source: s("Standard p. 5; rules p. 10", 3944, 3947),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген жағдайларда және негіздер бойынша мемлекеттік қызмет көрсетуден бас " +
            "тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги в случаях и по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service in the cases and on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 3947, 3953),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтінішті қабылдау және нәтижені беру көрсетілетін қызметті берушінің кеңсесі, Мемлекеттік корпорация, " +
            "білім беру ұйымы немесе портал арқылы жүзеге асырылады.",
          "Прием заявления и выдача результата осуществляются через канцелярию услугодателя, Государственную " +
            "корпорацию, организацию образования или портал.",
          "The application is accepted, and the result issued, through the provider's office, the State " +
            "Corporation, an educational organisation or the portal.",
        ),
        source: s("Standard p. 2", 3897, 3911),
      },
      {
        text: t(
          'Порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to, and stored in, the applicant's personal cabinet.",
        ),
        source: s("Standard p. 5", 3954, 3958),
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 10, part 4", 603, 605),
      },
    ],
    fee: free(3971),
    schedules: [
      providerSchedule(s("Standard p. 7, sub-p. 1", 3973, 3981)),
      scSchedule(s("Standard p. 7, sub-p. 2", 3982, 4007), true),
      portalSchedule(s("Standard p. 7, sub-p. 3", 4008, 4020)),
    ],
    documents: [
      doc(
        "application",
        t("Өтініш", "Заявление", "Application"),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 1", 4029, 4032),
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
        s("Standard p. 8 (provider and State Corporation), sub-p. 2", 4033, 4037),
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
        s("Standard p. 8 (provider and State Corporation), sub-p. 3", 4038, 4051),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (provider and State Corporation), sub-p. 3",
            [4038, 4051],
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
        "study-place-certificate",
        t(
          "Стандарттың қосымшасына сәйкес нысан бойынша оқу орнынан анықтама",
          "Справка с места учебы по форме согласно приложению к стандарту",
          "Certificate from the place of study, on the form annexed to the standard",
        ),
        [...PAPER],
        s("Standard p. 8 (provider and State Corporation), sub-p. 4", 4052, 4056),
        { presentation: "original_for_check" },
      ),
      doc(
        "application-portal",
        t(
          "ЭЦҚ-мен немесе бір рет пайдаланатын құпиясөзбен куәландырылған электрондық құжат нысанындағы өтініш",
          "Заявление в форме электронного документа, удостоверенного ЭЦП или одноразовым паролем",
          "Application as an electronic document certified with an EDS or a one-time password",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 1", 4061, 4071),
      ),
      doc(
        "birth-certificate-portal",
        t(
          "Баланың (балалардың) туу туралы куәлігінің электрондық көшірмесі",
          "Электронная копия свидетельства о рождении ребенка (детей)",
          "Electronic copy of the birth certificate of the child (children)",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 2", 4072, 4076),
        {
          waivedIfRecord: ifNoRecord(
            "birth",
            "child",
            "Standard p. 8 (portal), sub-p. 2",
            [4072, 4076],
            "АХАЖ АЖ мәліметтері болмаған не Қазақстан Республикасынан тыс жерде туған",
            { unlessAbroad: true },
          ),
          condition: t(
            "АХАЖ АЖ мәліметтері болмаған не бала Қазақстан Республикасынан тыс жерде туғанда",
            "При отсутствии сведений ИС ЗАГС либо при рождении ребенка за пределами Республики Казахстан",
            "Only if the civil-registry system has no record, or the child was born abroad",
          ),
          presentation: "electronic_copy",
        },
      ),
      doc(
        "study-place-certificate-portal",
        t(
          "Стандарттың қосымшасына сәйкес нысан бойынша оқу орнынан анықтаманың электрондық көшірмесі",
          "Электронная копия справки с места учебы по форме согласно приложению к стандарту",
          "Electronic copy of the certificate from the place of study, on the form annexed to the standard",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 3", 4077, 4082),
        { presentation: "electronic_copy" },
      ),
    ],
    documentsRef: null,
    refusalGrounds: genericGrounds(
      1,
      [
        [4084, 4089],
        [4090, 4116],
        [4117, 4123],
        [4124, 4130],
        [4131, 4140],
        [4141, 4151],
      ],
      {
        1: {
          text: t(
            "көрсетілетін қызметті алушының және (немесе) мемлекеттік қызмет көрсету үшін қажетті ұсынылған " +
              'материалдардың, объектілердің, деректердің және мәліметтердің "Білім туралы" Қазақстан ' +
              'Республикасының Заңымен және "Білім беру ұйымдары желісінің кепілдік берілген мемлекеттік нормативін ' +
              'бекіту туралы" Қазақстан Республикасы Үкіметінің 2007 жылғы 21 желтоқсандағы № 1256 қаулысымен ' +
              "белгіленген талаптарға сәйкес келмеуі",
            "несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, " +
              "необходимых для оказания государственной услуги, требованиям Закона Республики Казахстан «Об " +
              "образовании» и постановления Правительства Республики Казахстан от 21 декабря 2007 года № 1256 «Об " +
              "утверждении гарантированного государственного норматива сети организаций образования»",
            "the applicant and/or the materials, objects, data and information submitted do not meet the " +
              "requirements of the Law of the RK on education and of Government Decree No. 1256 of 21 December 2007 " +
              "(guaranteed state standard of the network of educational organisations)",
          ),
          provision: 'Law of the RK "On education"; Government Decree of the RK No. 1256 of 21.12.2007',
        },
      },
    ),
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Құжаттар салыстыру үшін түпнұсқада ұсынылады, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады.",
          "Документы представляются в подлинниках для сверки, после чего подлинники возвращаются услугополучателю.",
          "Documents are presented in the original for comparison; the originals are then returned to the applicant.",
        ),
        source: s("Standard p. 8", 4057, 4060),
      },
      {
        text: t(
          "Оқу орнынан анықтаманың нысаны стандартқа қосымшада берілген; осы бұйрықта тек оның оң жақ жоғарғы " +
            "бұрышы жаңа редакцияда жазылған, нысанның мазмұны тіркемеде жоқ.",
          "Форма справки с места учебы приведена в приложении к стандарту; этим приказом изложен в новой редакции " +
            "только ее правый верхний угол, содержание формы в тексте отсутствует.",
          "The form of the certificate from the place of study is annexed to the standard; this order only restates " +
            "its upper right corner (heading), the form's fields are not in the seed.",
        ),
        source: s("List item 3 (heading of the standard's annex)", 626, 646),
      },
      addresses(s("Standard p. 7", 4021, 4027)),
      ...rowTen(
        s("Standard p. 10", 4159, 4163),
        s("Standard p. 10", 4164, 4169),
        s("Standard p. 10", 4170, 4187),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 13-1", 607, 623),
      refusalReceiptRequirement(RECEIPT.ref, RECEIPT.from, RECEIPT.to),
    ],
  },
  procedures: [
    buildProcedure(RULE, officeLeg(s("Standard p. 2, sub-p. 1", 3897, 3901))),
    buildProcedure(RULE, scLeg(s("Standard p. 2, sub-p. 2", 3897, 3906), RECEIPT)),
    buildProcedure(RULE, schoolLeg(s("Standard p. 2, sub-p. 3", 3897, 3907))),
    buildProcedure(RULE, portalLeg(s("Standard p. 5", 3954, 3958))),
  ],
  contradictions: [],
};
