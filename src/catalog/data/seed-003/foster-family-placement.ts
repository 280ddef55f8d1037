/**
 * Transfer of a child (children) to a foster family for upbringing and assignment of the payment of money for
 * their maintenance — order No. 414 (2022), list item 3 (rules pp. 3, 8, 12-1, lines 458–512) and list annex 11
 * (standard, rules annex 2, lines 3072–3562).
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
  type RefusalGroundInput,
  rowTen,
  s,
} from "./common-b.ts";
import { ifNoRecord, NOT_MARRIED } from "./waivers.ts";

const HEARING: HearingRule = {
  para: "Rules p. 8",
  preliminary: { from: 480, to: 488, quote: "3 (үш) жұмыс күнінен" },
  hearing: { from: 492, to: 492, article: "74" },
  after: { from: 493, to: 495, quote: "1 (бір) жұмыс күні", days: 1 },
  afterText: t(
    "Тыңдау нәтижелері бойынша көрсетілетін қызметті алушыға 1 (бір) жұмыс күні ішінде шарт жасасу туралы хабарлама не " +
      "мемлекеттік қызмет көрсетуден дәлелді бас тарту жіберіледі.",
    "По результатам заслушивания услугополучателю в течение 1 (одного) рабочего дня направляется уведомление о " +
      "заключении договора либо мотивированный отказ в оказании государственной услуги.",
    "After the hearing, within 1 working day, the notification on concluding the contract or a reasoned refusal " +
      "is sent to the applicant.",
  ),
  to: t("көрсетілетін қызметті алушыға", "услугополучателю", "to the applicant"),
};

const NOTIFICATION = t(
  "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру туралы шарт жасасу туралы хабарлама",
  "Уведомление о заключении договора о передаче ребенка (детей) на воспитание в приемную семью",
  "Notification on concluding the contract on transferring the child (children) to a foster family",
);

const RULE: ProviderRule = {
  lines: [458, 512],
  submit: { para: "Rules p. 3", from: 462, to: 473 },
  prepare: {
    para: "Rules p. 8, part 1",
    from: 475,
    to: 479,
    quote: "1 (бір) жұмыс күні",
    days: 1,
    action: t(
      "1 (бір) жұмыс күні ішінде Қағидаларға 3-қосымшаға сәйкес нысан бойынша баланы (балаларды) қабылдаушы " +
        "отбасына тәрбиелеуге беру туралы шарт жасасу туралы хабарлама дайындайды.",
      "В течение 1 (одного) рабочего дня готовит уведомление о заключении договора о передаче ребенка (детей) на " +
        "воспитание в приемную семью по форме приложения 3 к Правилам.",
      "Within 1 working day prepares the notification, on the form of rules annex 3, on concluding the contract on " +
        "transferring the child (children) to a foster family for upbringing.",
    ),
    output: NOTIFICATION,
    doc: "notification",
  },
  hearing: HEARING,
  afterPositive: {
    action: t(
      "Тыңдау нәтижелері бойынша 1 (бір) жұмыс күні ішінде шарт жасасу туралы хабарламаны көрсетілетін қызметті " +
        "алушыға жібереді.",
      "По результатам заслушивания в течение 1 (одного) рабочего дня направляет услугополучателю уведомление о " +
        "заключении договора.",
      "After the hearing, within 1 working day, sends the applicant the notification on concluding the contract.",
    ),
    output: NOTIFICATION,
    doc: "notification",
  },
};

const OFFICE = ["provider_office"] as const;
const PORTAL = ["portal"] as const;

function g(
  n: number,
  from: number,
  to: number,
  kk: string,
  ru: string,
  en: string,
  provision?: string,
): RefusalGroundInput {
  const ground: RefusalGroundInput = {
    n,
    text: t(kk, ru, en),
    source: s(`Standard p. 9, sub-p. ${n}`, from, to),
  };
  if (provision !== undefined) ground.provision = provision;
  return ground;
}

const TRAINING_CONDITION = t(
  "Баланың жақын туыстарын қоспағанда (Кодекстің 122-бабының 1-тармағы бойынша туыстар мен өгей әке (шеше) " +
    "даярлықтан күнтізбелік бір жыл ішінде өту шартымен даярлықсыз қабылдай алады)",
  "Кроме близких родственников ребенка (по п. 1 ст. 122 Кодекса родственники и отчим (мачеха) могут принять " +
    "ребенка без подготовки при условии ее прохождения в течение одного календарного года)",
  "Not required from the child's close relatives (under Code art. 122 p. 1 relatives and a stepparent may take the " +
    "child without training if they complete it within one calendar year)",
);

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ACT_414,
  amendedBy: AMENDED_BY,
  implementsStandard: null,
  effective: EFFECTIVE,
  source: s(
    "Order 414, list item 3 (rules pp. 3, 8, 12-1: lines 458–512); list annex 11 (standard)",
    3072,
    3562,
  ),
  titleInAct: t(
    "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру және оларды асырауға ақшалай қаражат төлеуді тағайындау",
    "Передача ребенка (детей) на воспитание в приемную семью и назначение выплаты денежных средств на их содержание",
    "Transfer of a child (children) to a foster family for upbringing and assignment of the payment of money for " +
      "their maintenance",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(
        "Standard p. 8 (portal), sub-p. 1",
        3293,
        3304,
        "бір рет пайдаланатын құпия сөз арқылы куәландырылған",
      ),
    },
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім беру басқармалары, аудандардың, облыстық маңызы " +
          "бар қалалардың білім бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов и городов " +
          "областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of " +
          "districts and cities of regional significance",
      ),
      source: s("Standard p. 1", 3092, 3100),
    },
    channels: [
      { channel: "provider_office", source: s("Standard p. 2, sub-p. 1", 3106, 3110) },
      { channel: "portal", source: s("Standard p. 2, sub-p. 2", 3111, 3114) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(10),
        condition: t(
          "Көрсетілетін қызметті берушіге құжаттарды тапсырған сәттен бастап, сондай-ақ портал арқылы өтініш берген кезде",
          "С момента сдачи документов услугодателю, а также при обращении через портал",
          "From the moment the documents are handed to the provider, and when applying through the portal",
        ),
        source: s("Standard p. 3, sub-p. 1", 3120, 3126, "10 (он) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 20,
        maxServiceMinutes: 30,
        source: s(
          "Standard p. 3, sub-pp. 2–3",
          3127,
          3132,
          "уақыты – 20 минут; 3) қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты – 30 минут",
        ),
      },
    ],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: s("Standard p. 4", 3136, 3139),
    },
    results: [
      {
        id: "placement-notification",
        kind: "notification",
        title: t(
          "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру туралы хабарлама",
          "Уведомление о передаче ребенка (детей) на воспитание в приемную семью",
          "Notification on transferring the child (children) to a foster family for upbringing",
        ),
        form: "Rules annex 3",
        source: s("Standard p. 5; rules p. 8", 3145, 3147),
      },
      {
        id: "maintenance-payment-decision",
        kind: "decision",
        title: t(
          "Оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім",
          "Решение о назначении выплаты денежных средств на их содержание",
          "Decision assigning the payment of money for the children's maintenance",
        ),
        source: s("Standard p. 5", 3147, 3149),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании услуги по основаниям пункта 9 стандарта",
          "Reasoned answer refusing the service on the grounds of standard p. 9",
        ),
        source: s("Standard p. 5", 3149, 3155),
      },
    ],
    delivery: [
      {
        text: t(
          "Өтінішті қабылдау және нәтижені беру көрсетілетін қызметті берушінің кеңсесі немесе портал арқылы жүзеге асырылады.",
          "Прием заявления и выдача результата осуществляются через канцелярию услугодателя или портал.",
          "The application is accepted, and the result issued, through the provider's office or the portal.",
        ),
        source: s("Standard p. 2", 3106, 3114),
      },
      {
        text: t(
          'Порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to, and stored in, the applicant's personal cabinet.",
        ),
        source: s("Standard p. 5", 3156, 3160),
      },
      {
        text: HEARING.afterText,
        source: s("Rules p. 8, part 4", 493, 495),
      },
    ],
    fee: free(3173),
    schedules: [
      providerSchedule(s("Standard p. 7, sub-p. 1", 3179, 3187)),
      portalSchedule(s("Standard p. 7, sub-p. 2", 3188, 3200)),
    ],
    documents: [
      doc(
        "application",
        t("Өтініш", "Заявление", "Application"),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 1", 3212, 3213),
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
        s("Standard p. 8 (provider), sub-p. 2", 3214, 3218),
      ),
      doc(
        "marriage-certificate",
        t(
          "Неке қию туралы куәліктің көшірмесі",
          "Копия свидетельства о заключении брака",
          "Copy of the marriage certificate",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 3", 3219, 3224),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (provider), sub-p. 3",
            [3219, 3224],
            "АХАЖ АЖ) не Қазақстан Республикасынан тыс жерлерде мәліметтер болмаған кезде неке қию туралы куәліктің көшірмесі",
            { unlessAbroad: true, declarable: NOT_MARRIED },
          ),
          condition: t(
            '"АХАЖ тіркеу пункті" АЖ-де не Қазақстан Республикасынан тыс жерлерде мәліметтер болмаған кезде',
            "При отсутствии сведений в ИС «Регистрационный пункт ЗАГС» либо за пределами Республики Казахстан",
            "Only if the civil-registry system (АХАЖ АЖ) has no record, or the marriage was registered abroad",
          ),
          presentation: "copy",
        },
      ),
      doc(
        "health-certificate",
        t(
          "№ 692 бұйрықпен бекітілген тізбеге сәйкес көрсетілетін қызметті алушының және жұбайының (зайыбының) " +
            "ауруының жоқтығын растайтын денсаулық жағдайы туралы анықтама",
          "Справка о состоянии здоровья услугополучателя и супруга (супруги), подтверждающая отсутствие заболеваний " +
            "по перечню, утвержденному приказом № 692 (28.08.2015)",
          "Health certificate of the applicant and the spouse confirming the absence of the diseases listed by " +
            "order No. 692 of 28.08.2015",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 4", 3225, 3243),
      ),
      doc(
        "dispensary-certificate",
        t(
          "№ҚР ДСМ-49/2020 бұйрықпен бекітілген нысанға сәйкес наркологиялық және психиатриялық диспансерлерде " +
            "тіркеуде тұрғандығы туралы мәліметтің жоқтығы туралы анықтама",
          "Справка об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах по " +
            "форме приказа № ҚР ДСМ-49/2020 (18.05.2020)",
          "Certificate of no registration at narcological and psychiatric dispensaries, on the form of order " +
            "No. ҚР ДСМ-49/2020 of 18.05.2020",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 4", 3243, 3259),
      ),
      doc(
        "criminal-record-certificate",
        t(
          "Көрсетілетін қызметті алушының және жұбайының (зайыбының) соттылығының болуы не болмауы туралы анықтама",
          "Справка о наличии либо отсутствии судимости услугополучателя и супруга (супруги)",
          "Certificate of the presence or absence of a criminal record of the applicant and the spouse",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 5", 3265, 3269),
      ),
      doc(
        "housing-right-documents",
        t(
          "Көрсетілетін қызметті алушының және жұбайының (зайыбының) тұрғын үйге меншік құқығын немесе тұрғын үйді " +
            "пайдалану құқығын (жалдау шартын) растайтын құжаттардың көшірмелері",
          "Копии документов, подтверждающих право собственности на жилище или право пользования жилищем (договор " +
            "найма) услугополучателя и супруга (супруги)",
          "Copies of documents confirming the applicant's and the spouse's ownership of, or right to use (lease), " +
            "the housing",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 6", 3270, 3276),
        { presentation: "copy" },
      ),
      doc(
        "kinship-documents",
        t(
          "Туысқандарының, өгей әкесінің (өгей шешесінің) балаға (балаларға) туыстық фактісін растайтын құжаттардың көшірмелері",
          "Копии документов, подтверждающих факт родства родственников, отчима (мачехи) с ребенком (детьми)",
          "Copies of documents confirming the kinship of relatives or a stepfather (stepmother) with the child (children)",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 7", 3277, 3281),
        {
          condition: t(
            "Өтініш беруші туысы немесе өгей әкесі (шешесі) болғанда",
            "Если заявитель — родственник или отчим (мачеха)",
            "When the applicant is a relative or a stepparent",
          ),
          presentation: "copy",
        },
      ),
      doc(
        "training-certificate",
        t(
          "Жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларды отбасына тәрбиелеуге қабылдауға тілек " +
            "білдірген адамдардың дайындықтан өткені туралы сертификат",
          "Сертификат о прохождении подготовки лицами, желающими принять на воспитание в семью детей-сирот и детей, " +
            "оставшихся без попечения родителей",
          "Certificate that the applicant completed the training for persons wishing to take orphans and children " +
            "without parental care into their family",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 8", 3282, 3289),
        { condition: TRAINING_CONDITION },
      ),
      doc(
        "bank-account-contract",
        t(
          "Екінші деңгейдегі банкте ағымдағы шотты ашу туралы шарттың көшірмесі",
          "Копия договора об открытии текущего счета в банке второго уровня",
          "Copy of the contract opening a current account in a second-tier bank",
        ),
        [...OFFICE],
        s("Standard p. 8 (provider), sub-p. 9", 3290, 3292),
        { presentation: "copy" },
      ),
      doc(
        "application-portal",
        t(
          "ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөз арқылы куәландырылған электрондық құжат нысанындағы өтініш",
          "Заявление в форме электронного документа, удостоверенного ЭЦП или одноразовым паролем",
          "Application as an electronic document certified with an EDS or a one-time password",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 1", 3293, 3304),
      ),
      doc(
        "marriage-certificate-portal",
        t(
          "Неке қию туралы куәліктің электрондық көшірмесі",
          "Электронная копия свидетельства о заключении брака",
          "Electronic copy of the marriage certificate",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 2", 3305, 3309),
        {
          waivedIfRecord: ifNoRecord(
            "marriage",
            "applicant",
            "Standard p. 8 (portal), sub-p. 2",
            [3305, 3309],
            "АХАЖ АЖ-де не Қазақстан Республикасынан тыс жерлерде мәліметтер болмаған кезде неке қию туралы куәліктің",
            { unlessAbroad: true, declarable: NOT_MARRIED },
          ),
          condition: t(
            "АХАЖ АЖ-де не Қазақстан Республикасынан тыс жерлерде мәліметтер болмаған кезде",
            "При отсутствии сведений в ИС ЗАГС либо за пределами Республики Казахстан",
            "Only if the civil-registry system has no record, or the marriage was registered abroad",
          ),
          presentation: "electronic_copy",
        },
      ),
      doc(
        "health-and-dispensary-certificates-portal",
        t(
          "Көрсетілетін қызметті алушының және жұбайының (зайыбының) денсаулық жағдайы туралы анықтаманың (№ 692 " +
            "бұйрық), сондай-ақ наркологиялық және психиатриялық диспансерлерде тіркеуде тұрғандығы туралы мәліметтің " +
            "жоқтығы туралы анықтаманың (№ҚР ДСМ-49/2020 бұйрық) электрондық көшірмелері",
          "Электронные копии справки о состоянии здоровья услугополучателя и супруга (супруги) (приказ № 692) и " +
            "справки об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах " +
            "(приказ № ҚР ДСМ-49/2020)",
          "Electronic copies of the health certificate of the applicant and the spouse (order No. 692) and of the " +
            "certificate of no registration at narcological and psychiatric dispensaries (order No. ҚР ДСМ-49/2020)",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 3", 3310, 3327),
        { presentation: "electronic_copy" },
      ),
      doc(
        "criminal-record-certificate-portal",
        t(
          "Көрсетілетін қызметті алушының және жұбайының (зайыбының) сотталғандығының болуы не болмауы туралы " +
            "анықтамалардың электрондық көшірмелері",
          "Электронные копии справок о наличии либо отсутствии судимости услугополучателя и супруга (супруги)",
          "Electronic copies of the certificates of the presence or absence of a criminal record of the applicant " +
            "and the spouse",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 4", 3328, 3333),
        { presentation: "electronic_copy" },
      ),
      doc(
        "housing-right-documents-portal",
        t(
          "Тұрғын үйге меншік құқығын немесе тұрғын үйді пайдалану (жалдау шарты) құқығын растайтын құжаттардың " +
            "электрондық көшірмелері",
          "Электронные копии документов, подтверждающих право собственности на жилище или право пользования им " +
            "(договор найма)",
          "Electronic copies of documents confirming ownership of, or the right to use (lease), the housing",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 5", 3334, 3340),
        { presentation: "electronic_copy" },
      ),
      doc(
        "bank-account-contract-portal",
        t(
          "Екінші деңгейдегі банкте ағымдағы шотты ашу туралы шарттың электрондық көшірмесі",
          "Электронная копия договора об открытии текущего счета в банке второго уровня",
          "Electronic copy of the contract opening a current account in a second-tier bank",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 6", 3341, 3343),
        { presentation: "electronic_copy" },
      ),
      doc(
        "kinship-documents-portal",
        t(
          "Туыстарының, өгей әкесінің (өгей шешесінің) балаға (балаларға) туыстық фактісін растайтын құжаттардың " +
            "электрондық көшірмелері",
          "Электронные копии документов, подтверждающих факт родства родственников, отчима (мачехи) с ребенком (детьми)",
          "Electronic copies of documents confirming the kinship of relatives or a stepparent with the child (children)",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 7", 3344, 3348),
        {
          condition: t(
            "Өтініш беруші туысы немесе өгей әкесі (шешесі) болғанда",
            "Если заявитель — родственник или отчим (мачеха)",
            "When the applicant is a relative or a stepparent",
          ),
          presentation: "electronic_copy",
        },
      ),
      doc(
        "training-certificate-portal",
        t(
          "Дайындықтан өткені туралы сертификаттың электрондық көшірмесі",
          "Электронная копия сертификата о прохождении подготовки",
          "Electronic copy of the training certificate",
        ),
        [...PORTAL],
        s("Standard p. 8 (portal), sub-p. 8", 3349, 3357),
        { condition: TRAINING_CONDITION, presentation: "electronic_copy" },
      ),
    ],
    documentsRef: null,
    refusalGrounds: [
      g(
        1,
        3379,
        3381,
        "көрсетілетін қызметті алушының кәмелет жасқа толмауы",
        "недостижение услугополучателем совершеннолетия",
        "the applicant is under age",
      ),
      g(
        2,
        3382,
        3385,
        "соттың көрсетілетін қызметті алушыны әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп тануы",
        "признание судом услугополучателя недееспособным или ограниченно дееспособным",
        "a court has declared the applicant legally incapable or of limited capacity",
      ),
      g(
        3,
        3386,
        3389,
        "соттың көрсетілетін қызметті алушыны ата-ана құқықтарынан айыруы немесе соттың ата-ана құқықтарын шектеуі",
        "лишение судом услугополучателя родительских прав или ограничение судом его родительских прав",
        "a court has deprived the applicant of parental rights or restricted them",
      ),
      g(
        4,
        3390,
        3395,
        "өзіне Қазақстан Республикасының заңымен жүктелген міндеттерді тиісінше орындамағаны үшін қорғаншы немесе " +
          "қамқоршы міндеттерінен шеттетілуі",
        "отстранение от обязанностей опекуна или попечителя за ненадлежащее исполнение возложенных на него законом " +
          "Республики Казахстан обязанностей",
        "the applicant was removed from the duties of a guardian or trustee for failing to perform the duties the " +
          "law imposed",
      ),
      g(
        5,
        3396,
        3399,
        "бұрынғы бала асырап алушылардың кінәсі бойынша бала асырап алудың күшін жою туралы сот шешімі",
        "решение суда об отмене усыновления по вине бывших усыновителей",
        "a court decision cancelling an adoption through the fault of the former adopters",
      ),
      g(
        6,
        3400,
        3404,
        "көрсетілетін қызметті алушының қорғаншы немесе қамқоршы міндеттерін жүзеге асыруға кедергі келтіретін ауруының болуы",
        "наличие у услугополучателя заболевания, препятствующего осуществлению обязанностей опекуна или попечителя",
        "the applicant has a disease that prevents performing the duties of a guardian or trustee",
      ),
      g(
        7,
        3405,
        3407,
        "көрсетілетін қызметті алушының тұрақты тұратын жерінің болмауы",
        "отсутствие у услугополучателя постоянного места жительства",
        "the applicant has no permanent place of residence",
      ),
      g(
        8,
        3408,
        3414,
        "қорғаншылықты (қамқоршылықты) белгілеу кезінде қасақана қылмыс жасағаны үшін жойылмаған немесе алынбаған " +
          "сотталғандығының болуы, сондай-ақ осы тармақтың 13) тармақшасында аталған адамдар",
        "наличие на момент установления опеки (попечительства) непогашенной или неснятой судимости за умышленное " +
          "преступление, а также лица, указанные в подпункте 13) настоящего пункта",
        "at the time guardianship (trusteeship) is established, an unspent or unremoved conviction for an " +
          "intentional crime; also the persons named in sub-p. 13",
      ),
      g(
        9,
        3415,
        3417,
        "көрсетілетін қызметті алушының азаматтығының болмауы",
        "отсутствие у услугополучателя гражданства",
        "the applicant has no citizenship",
      ),
      g(
        10,
        3418,
        3425,
        "анасының қайтыс болуына немесе оның ата-ана құқығынан айырылуына байланысты баланың кемінде үш жыл іс " +
          "жүзінде тәрбиелену жағдайларын қоспағанда, тіркелген некеде (ерлі-зайыптылықта) тұрмайтын ер жынысты " +
          "адамның өтініші",
        "заявление лица мужского пола, не состоящего в зарегистрированном браке (супружестве), за исключением " +
          "случаев фактического воспитания ребенка не менее трех лет в связи со смертью матери или лишением ее " +
          "родительских прав",
        "the application is from a man not in a registered marriage, unless he has actually raised the child for at " +
          "least three years because the mother died or was deprived of parental rights",
      ),
      g(
        11,
        3426,
        3439,
        "қорғаншылықты немесе қамқоршылықты белгілеу кезінде көрсетілетін қызметті алушының қамқорлыққа алынушыны " +
          "Қазақстан Республикасының заңнамасында белгіленген ең төмен күнкөріс деңгейімен қамтамасыз ететін " +
          "табысының болмауы",
        "отсутствие у услугополучателя на момент установления опеки или попечительства дохода, обеспечивающего " +
          "подопечному прожиточный минимум, установленный законодательством Республики Казахстан",
        "at the time guardianship or trusteeship is established, the applicant has no income providing the ward with " +
          "the subsistence minimum set by the legislation of the Republic of Kazakhstan",
      ),
      g(
        12,
        3440,
        3443,
        "көрсетілетін қызметті алушының наркологиялық немесе психоневрологиялық диспансерлерде есепте тұруы",
        "состояние услугополучателя на учете в наркологическом или психоневрологическом диспансерах",
        "the applicant is registered at a narcological or psycho-neurological dispensary",
      ),
      g(
        13,
        3444,
        3461,
        "адам өлтіру, денсаулыққа қасақана зиян келтіру, халық денсаулығына және адамгершілікке, жыныстық " +
          "тиіспеушілікке қарсы қылмыстық құқық бұзушылықтары, экстремистік немесе террористік қылмыстары, адам " +
          "саудасы үшін сотталғандығы бар немесе болған, қылмыстық қудалауға ұшырап отырған немесе ұшыраған адамдар " +
          "(Қылмыстық-процестік кодексінің 35-бабы бірінші бөлігінің 1) және 2) тармақшалары негізінде өздеріне " +
          "қатысты қылмыстық қудалау тоқтатылған адамдарды қоспағанда)",
        "лица, имеющие или имевшие судимость, подвергающиеся или подвергавшиеся уголовному преследованию за " +
          "убийство, умышленное причинение вреда здоровью, уголовные правонарушения против здоровья населения и " +
          "нравственности, половой неприкосновенности, экстремистские или террористические преступления, торговлю " +
          "людьми (за исключением лиц, уголовное преследование в отношении которых прекращено на основании " +
          "подпунктов 1) и 2) части первой статьи 35 Уголовно-процессуального кодекса)",
        "persons who have or had a conviction for, or are or were prosecuted for, murder, intentional harm to " +
          "health, criminal offences against public health and morals or sexual inviolability, extremist or " +
          "terrorist crimes, or human trafficking (except persons whose prosecution was terminated under Criminal " +
          "Procedure Code art. 35 part 1 sub-pp. 1 and 2)",
        "Criminal Procedure Code of the RK, art. 35 part 1 sub-pp. 1)–2) (exception)",
      ),
      g(
        14,
        3462,
        3474,
        'Қазақстан Республикасының аумағында тұрақты тұратын, "Неке (ерлі-зайыптылық) және отбасы туралы" Кодекстің ' +
          "91-бабының 4-тармағында белгіленген тәртіппен психологиялық даярлықтан өтпеген көрсетілетін қызметті " +
          "алушылар (баланың жақын туыстарын, туыстарын, өгей әкесін (өгей шешесін) қоспағанда)",
        "услугополучатели, постоянно проживающие на территории Республики Казахстан, не прошедшие психологическую " +
          "подготовку в порядке, установленном пунктом 4 статьи 91 Кодекса «О браке (супружестве) и семье» (за " +
          "исключением близких родственников, родственников, отчима (мачехи) ребенка)",
        "applicants permanently residing in the Republic of Kazakhstan who have not completed the psychological " +
          "training under art. 91 p. 4 of the Code on marriage (matrimony) and family (except the child's close " +
          "relatives, relatives and stepparents)",
        'Code of the RK "On marriage (matrimony) and family", art. 91 p. 4',
      ),
      ...genericGrounds(15, [
        [3475, 3481],
        [3482, 3494],
        [3495, 3501],
        [3502, 3508],
        [3509, 3516],
        [3517, 3527],
      ]),
    ],
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          '"Неке (ерлі-зайыптылық) және отбасы туралы" Кодекстің 122-бабының 1-тармағына сәйкес қорғаншылық немесе ' +
            "қамқоршылық жөніндегі функцияларды жүзеге асыратын органдар баланы отбасына тәрбиелеуге қабылдаған " +
            "кезден бастап күнтізбелік бір жыл ішінде даярлықтан өту шартымен туыстарына, өгей әкесіне (өгей " +
            "шешесіне) баланы психологиялық даярлықтан өткізбестен қабылдаушы отбасына тәрбиелеуге беруге құқылы.",
          "В соответствии с пунктом 1 статьи 122 Кодекса «О браке (супружестве) и семье» органы опеки и " +
            "попечительства вправе передать ребенка в приемную семью родственникам, отчиму (мачехе) без " +
            "психологической подготовки при условии ее прохождения в течение одного календарного года с момента " +
            "принятия ребенка в семью.",
          "Under art. 122 p. 1 of the Code on marriage (matrimony) and family, the guardianship bodies may place the " +
            "child with relatives or a stepparent as a foster family without psychological training, on condition " +
            "that they complete it within one calendar year of taking the child into the family.",
        ),
        source: s("Standard p. 8, note", 3358, 3375, "күнтізбелік бір жыл"),
      },
      addresses(s("Standard p. 7", 3201, 3210)),
      ...rowTen(
        s("Standard p. 10", 3537, 3541),
        s("Standard p. 10", 3542, 3547),
        s("Standard p. 10", 3548, 3562),
      ),
      ...hearingRequirements(HEARING),
      monitoringRequirement("Rules p. 12-1", 497, 510),
    ],
  },
  procedures: [
    buildProcedure(RULE, officeLeg(s("Standard p. 2, sub-p. 1", 3106, 3110))),
    buildProcedure(RULE, portalLeg(s("Standard p. 5", 3156, 3160))),
  ],
  contradictions: [
    {
      id: "training-exemption-scope",
      kind: "internal",
      text: t(
        "Құжаттар тізбесінде дайындық сертификаты тек баланың жақын туыстарынан талап етілмейді, ал 9-тармақтың " +
          "14) тармақшасы мен 8-тармақтағы ескертпе туыстарды және өгей әке (шешені) де босатады (ескертпе бойынша " +
          "күнтізбелік бір жыл ішінде даярлықтан өту шартымен).",
        "В перечне документов сертификат о подготовке не требуется только от близких родственников ребенка, а " +
          "подпункт 14) пункта 9 и примечание к пункту 8 освобождают также родственников и отчима (мачеху) (по " +
          "примечанию — с условием пройти подготовку в течение одного календарного года).",
        "The document list waives the training certificate only for the child's close relatives, while refusal " +
          "ground 14 and the note to standard p. 8 also exempt relatives and stepparents (the note: provided they " +
          "complete the training within one calendar year).",
      ),
      sources: [
        s("Standard p. 8 (provider), sub-p. 8", 3282, 3289),
        s("Standard p. 8, note", 3358, 3375),
        s("Standard p. 9, sub-p. 14", 3462, 3474),
      ],
    },
    {
      id: "payment-decision-without-procedure",
      kind: "other",
      text: t(
        "Стандарттың 5-тармағы бойынша нәтиже — хабарлама және асырауға ақшалай қаражат төлеуді тағайындау туралы " +
          "шешім, ал Қағидалардың 8-тармағы тек шарт жасасу туралы хабарламаны (1 жұмыс күні) атайды; төлем " +
          "тағайындау туралы шешімнің қадамы мен мерзімі осы актіде жоқ.",
        "По пункту 5 стандарта результат — уведомление и решение о назначении выплаты на содержание, а пункт 8 " +
          "Правил называет только уведомление о заключении договора (1 рабочий день); шага и срока для решения о " +
          "назначении выплаты в этом акте нет.",
        "Standard p. 5 gives the result as a notification plus a decision assigning the maintenance payment, but " +
          "rules p. 8 only deals with the notification on concluding the contract (1 working day); this act gives " +
          "no step or deadline for the payment decision, so none is encoded.",
      ),
      sources: [s("Standard p. 5", 3145, 3155), s("Rules p. 8", 475, 479), s("Rules p. 8, part 4", 493, 495)],
    },
    {
      id: "guardianship-wording-in-grounds",
      kind: "other",
      text: t(
        '9-тармақтың 8) және 11) тармақшалары қабылдаушы отбасына беру қызметінде "қорғаншылықты (қамқоршылықты) ' +
          'белгілеу кезінде" деген қорғаншылық стандартының тұжырымын қолданады.',
        "Подпункты 8) и 11) пункта 9 в стандарте о приемной семье используют формулировку стандарта об опеке " +
          "«на момент установления опеки (попечительства)».",
        "Refusal grounds 8 and 11 of this foster-family standard keep the guardianship standard's wording \"at the " +
          'time guardianship (trusteeship) is established".',
      ),
      sources: [s("Standard p. 9, sub-p. 8", 3408, 3414), s("Standard p. 9, sub-p. 11", 3426, 3439)],
    },
  ],
};
