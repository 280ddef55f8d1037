/**
 * Registration of persons who wish to adopt a child — Registration Rules (MES order No. 407 of 29 June 2016)
 * as amended by order No. 414 (list item 2, lines 199–296) and their annex 1 restated by list annex 3
 * (lines 1486–1867).
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
  noRefusalGroundsDecision,
  ORDER_414,
  preliminaryRefusalRequirement,
  s,
} from "./common-a.ts";

const A3 = "List annex 3 (Registration Rules annex 1)";
const R8 = `${A3}, row 8`;
const R9 = `${A3}, row 9`;

const documents: VersionInput["standard"]["documents"] = [
  doc(
    "application",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының ЭЦҚ қойылған немесе ұялы байланыс операторы берген абоненттік нөмірі порталдың есептік жазбасына тіркелген және қосылған кезде бір реттік парольмен куәландырылған электрондық құжат нысанында бала асырап алуға тілек білдірген адамдарды есепке қою туралы өтініш",
      "Заявление о постановке на учет лиц, желающих усыновить детей, в форме электронного документа, подписанного ЭЦП услугополучателя либо удостоверенного одноразовым паролем при регистрации и подключении абонентского номера, предоставленного оператором сотовой связи, к учетной записи портала",
      "Application for registration as a person wishing to adopt, as an electronic document signed with the recipient's EDS or certified with a one-time password when the mobile number is registered and linked to the portal account",
    ),
    s(`${R8}, sub-p. 1`, 1595, 1611),
  ),
  doc(
    "relatives-consent",
    ["portal"],
    t(
      "Жақын туыстарының бала асырап алуға жазбаша келісімінің электрондық көшірмесі",
      "Электронная копия письменного согласия близких родственников на усыновление",
      "Electronic copy of the close relatives' written consent to the adoption",
    ),
    s(`${R8}, sub-p. 2`, 1612, 1614),
    { presentation: "electronic_copy" },
  ),
  doc(
    "income-certificate",
    ["portal"],
    t(
      "Жиынтық табыстың мөлшері туралы анықтаманың электрондық көшірмесі (жұмыс орнынан еңбекақысы туралы, кәсіпкерлік қызметпен айналысудан түскен табыстары және некеде тұрған жағдайда көрсетілетін қызметті алушы мен жұбайының (зайыбының) өзге де табыстары туралы анықтама)",
      "Электронная копия справки о размере совокупного дохода (справка о заработной плате с места работы, о доходах от предпринимательской деятельности и иных доходах услугополучателя и, если состоит в браке, супруга (супруги))",
      "Electronic copy of the aggregate-income certificate (salary from the workplace, income from business and, if married, other income of the recipient and the spouse)",
    ),
    s(`${R8}, sub-p. 3`, 1615, 1624),
    { presentation: "electronic_copy" },
  ),
  doc(
    "health-and-dispensary-certificates",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және егер некеде тұрса жұбайының (зайыбының) Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 тамыздағы № 692 бұйрығымен (№ 12127) бекітілген тізбеге сәйкес ауруының жоқтығын растайтын денсаулық жағдайы туралы анықтаманың, сондай-ақ Денсаулық сақтау министрінің 2020 жылғы 18 мамырдағы № ҚР ДСМ-49/2020 бұйрығымен бекітілген нысанға сәйкес наркологиялық және психиатриялық диспансерлерде есепте тұрғандығы туралы мәліметтің жоқтығы туралы анықтаманың электрондық көшірмесі",
      "Электронная копия справки о состоянии здоровья, подтверждающей отсутствие заболеваний по перечню, утвержденному приказом Министра здравоохранения и социального развития от 28 августа 2015 года № 692 (№ 12127), услугополучателя и, если состоит в браке, супруга (супруги), а также справки об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах по форме, утвержденной приказом Министра здравоохранения от 18 мая 2020 года № ҚР ДСМ-49/2020",
      "Electronic copy of the health certificate of the recipient (and the spouse, if married) confirming none of the diseases on the list of MHSD order No. 692 of 28 August 2015 (reg. No. 12127), and of the certificate of no registration at narcological and psychiatric dispensaries in the form of MoH order No. ҚР ДСМ-49/2020 of 18 May 2020",
    ),
    s(`${R8}, sub-p. 4`, 1625, 1657),
    { presentation: "electronic_copy" },
  ),
  doc(
    "housing-use-document",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) жұбайының (зайыбының) тұрғын үйін пайдалану құқығын растайтын құжаттың электрондық көшірмесі",
      "Электронная копия документа, подтверждающего право пользования жилищем услугополучателя и (или) супруга (супруги)",
      "Electronic copy of the document confirming the right of the recipient and (or) the spouse to use the dwelling",
    ),
    s(`${R8}, sub-p. 5`, 1658, 1667),
    {
      presentation: "electronic_copy",
      condition: t(
        "Тұрғын үйге меншік құқығы болмаған жағдайда",
        "При отсутствии права собственности на жилище",
        "Only if there is no ownership right to a dwelling",
      ),
    },
  ),
  doc(
    "preparation-certificate",
    ["portal"],
    t(
      "Жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларды отбасына тәрбиелеуге қабылдауға тілек білдірген адамдардың психологиялық дайындықтан өткені туралы сертификаттың электрондық көшірмесі",
      "Электронная копия сертификата о прохождении психологической подготовки лицами, желающими принять на воспитание в семью детей-сирот и детей, оставшихся без попечения родителей",
      "Electronic copy of the certificate of psychological preparation of persons wishing to take orphans or children without parental care into their family",
    ),
    s(`${R8}, sub-p. 6`, 1668, 1676),
    {
      presentation: "electronic_copy",
      condition: t(
        "Жақын туыстарын қоспағанда",
        "За исключением близких родственников",
        "Not required of close relatives",
      ),
    },
  ),
  doc(
    "spouse-identity",
    ["portal"],
    t(
      "Жұбайының (зайыбының) жеке басын куәландыратын құжат туралы мәліметтер",
      "Сведения о документе, удостоверяющем личность супруга (супруги)",
      "Data of the spouse's identity document",
    ),
    s("Registration Rules p. 9, part 1", 218, 232),
    {
      presentation: "fetched_by_provider",
      condition: t("Егер некеде тұрған болса", "Если состоит в браке", "If married"),
    },
  ),
  doc(
    "housing-ownership",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) жұбайының (зайыбының) тұрғын үйге меншік құқығын растайтын құжаттар туралы мәліметтер",
      "Сведения о документах, подтверждающих право собственности на жилище услугополучателя и (или) супруга (супруги)",
      "Data of the documents confirming the ownership of a dwelling by the recipient and (or) the spouse",
    ),
    s("Registration Rules p. 9, part 1", 218, 232),
    { presentation: "fetched_by_provider" },
  ),
  doc(
    "criminal-record-certificate",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және егер некеде тұрған болса жұбайының (зайыбының) соттылығының болуы не болмауы туралы анықтама",
      "Справка о наличии либо отсутствии судимости услугополучателя и, если состоит в браке, супруга (супруги)",
      "Certificate of criminal record (or its absence) of the recipient and, if married, the spouse",
    ),
    s("Registration Rules p. 9, part 1", 218, 232),
    { presentation: "fetched_by_provider" },
  ),
  doc(
    "birth-and-marriage-certificates",
    ["portal"],
    t(
      "Балалардың туу туралы куәлігі, неке қию туралы куәлік",
      "Свидетельства о рождении детей, свидетельство о заключении брака",
      "Children's birth certificates and the marriage certificate",
    ),
    s("Registration Rules p. 9, part 1", 218, 232),
    {
      presentation: "fetched_by_provider",
      condition: t(
        '"АХАЖ тіркеу пункті" ақпараттық жүйесінде мәліметтер болмаған кезде (Қағидалардың сөзі бойынша)',
        "При отсутствии сведений в информационной системе «Регистрационный пункт ЗАГС» (по тексту Правил)",
        'When the "AKHAZh registration point" information system has no record (as the Rules word it)',
      ),
    },
  ),
  doc(
    "dispensary-certificate",
    ["portal"],
    t(
      "Денсаулық сақтау министрінің 2020 жылғы 18 мамырдағы № ҚР ДСМ-49/2020 бұйрығымен (№ 20665) бекітілген нысан бойынша наркологиялық және психиатриялық диспансерлерде есепте тұрғаны туралы мәліметтердің жоқтығы туралы анықтама",
      "Справка об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах по форме, утвержденной приказом Министра здравоохранения от 18 мая 2020 года № ҚР ДСМ-49/2020 (№ 20665)",
      "Certificate of no registration at narcological and psychiatric dispensaries in the form of MoH order No. ҚР ДСМ-49/2020 of 18 May 2020 (reg. No. 20665)",
    ),
    s("Registration Rules p. 9, part 1", 218, 232),
    { presentation: "fetched_by_provider" },
  ),
];

const ground = (
  n: number,
  kk: string,
  ru: string,
  en: string,
  from: number,
  to: number,
  provision?: string,
) => ({
  n,
  text: t(kk, ru, en),
  ...(provision === undefined ? {} : { provision }),
  source: s(`${R9}, sub-p. ${n}`, from, to),
});

const refusalGrounds: VersionInput["standard"]["refusalGrounds"] = [
  ground(
    1,
    "Көрсетілетін қызметті алушының кәмелет жасқа толмауы",
    "Недостижение услугополучателем совершеннолетия",
    "The recipient is not of full age",
    1678,
    1680,
  ),
  ground(
    2,
    "Көрсетілетін қызметті алушыны соттың әрекетке қабілетсіз немесе әрекетке қабілеті шектеулі деп тануы",
    "Признание судом услугополучателя недееспособным или ограниченно дееспособным",
    "A court has declared the recipient incapable or of limited capacity",
    1681,
    1684,
  ),
  ground(
    3,
    "Соттың ерлі-зайыптылардың біреуін әрекетке қабілетсіз немесе әрекетке қабілеті шектеулі деп тануы",
    "Признание судом одного из супругов недееспособным или ограниченно дееспособным",
    "A court has declared one of the spouses incapable or of limited capacity",
    1685,
    1688,
  ),
  ground(
    4,
    "Соттың көрсетілетін қызметті алушыны ата-ана құқықтарынан айыруы немесе ата-ана құқықтарынан шектеуі",
    "Лишение или ограничение судом услугополучателя родительских прав",
    "A court has deprived the recipient of parental rights or restricted them",
    1689,
    1692,
  ),
  ground(
    5,
    "Көрсетілетін қызметті алушыны Қазақстан Республикасының заңдарында жүктелген міндеттерді тиісінше орындамағаны үшін қорғаншы немесе қамқоршы міндеттерінен шеттету",
    "Отстранение услугополучателя от обязанностей опекуна или попечителя за ненадлежащее выполнение возложенных на него законом обязанностей",
    "The recipient was removed as guardian or trustee for failing to perform the duties imposed by law",
    1693,
    1698,
  ),
  ground(
    6,
    "Соттың бала асырап алушылардың кінәсінен бала асырап алудың күшін жоюы",
    "Отмена судом усыновления по вине усыновителей",
    "A court has cancelled an adoption through the adopters' fault",
    1699,
    1701,
  ),
  ground(
    7,
    "Көрсетілетін қызметті алушының ата-ана құқықтарын жүзеге асыруға кедергі келтіретін ауруының болуы",
    "Наличие у услугополучателя заболевания, препятствующего осуществлению родительских прав",
    "The recipient has a disease that prevents the exercise of parental rights",
    1702,
    1705,
  ),
  ground(
    8,
    "Көрсетілетін қызметті алушының тұрақты тұрғылықты жерінің болмауы",
    "Отсутствие у услугополучателя постоянного места жительства",
    "The recipient has no permanent place of residence",
    1706,
    1708,
  ),
  ground(
    9,
    "Көрсетілетін қызметті алушының дәстүрлі емес жыныстық бағдарды ұстануы",
    "Приверженность услугополучателя нетрадиционной сексуальной ориентации",
    "The recipient adheres to a 'non-traditional sexual orientation' (the act's wording)",
    1709,
    1711,
  ),
  ground(
    10,
    "Қорғаншылықты (қамқоршылықты) белгілеу кезінде қасақана қылмыс жасағаны үшін жойылмаған немесе алынбаған сотталғандығының болуы, сондай-ақ осы тармақтың 15) тармақшасында аталған адамдар",
    "Наличие на момент установления опеки (попечительства) непогашенной или неснятой судимости за совершение умышленного преступления, а также лица, указанные в подпункте 15) настоящего пункта",
    "An unexpunged conviction for an intentional crime at the time guardianship (trusteeship) is established, and the persons named in sub-p. 15 of this paragraph",
    1712,
    1718,
  ),
  ground(
    11,
    "Көрсетілетін қызметті алушының азаматтығының болмауы",
    "Отсутствие у услугополучателя гражданства",
    "The recipient has no citizenship",
    1729,
    1731,
  ),
  ground(
    12,
    "Анасының қайтыс болуына немесе оның ата-ана құқықтарынан айырылуына байланысты баланың кемінде үш жыл іс жүзінде тәрбиелену жағдайларын қоспағанда, тіркелген некеде тұрмаған (ерлі-зайыпты болмаған) ер жынысты адамның өтініші",
    "Заявление лица мужского пола, не состоящего в зарегистрированном браке (супружестве), за исключением случаев фактического воспитания ребенка не менее трех лет в связи со смертью матери или лишением ее родительских прав",
    "The applicant is a man not in a registered marriage, unless he has actually raised the child for at least three years because the mother died or lost her parental rights",
    1732,
    1740,
  ),
  ground(
    13,
    "Көрсетілетін қызметті алушының баланы асырап алған кезде асырап алынған баланы Қазақстан Республикасының заңнамасында белгіленген ең төмен күнкөріс деңгейімен қамтамасыз ететін табысының болмауы",
    "Отсутствие у услугополучателя на момент усыновления дохода, обеспечивающего усыновляемому ребенку прожиточный минимум, установленный законодательством Республики Казахстан",
    "At the time of adoption the recipient has no income that secures the adopted child the subsistence minimum set by law",
    1741,
    1748,
  ),
  ground(
    14,
    "Көрсетілетін қызметті алушының наркологиялық немесе психоневрологиялық диспансерлерде есепте тұруы",
    "Состояние услугополучателя на учете в наркологическом или психоневрологическом диспансере",
    "The recipient is registered at a narcological or psychoneurological dispensary",
    1749,
    1752,
  ),
  ground(
    15,
    "Адам өлтіру, денсаулыққа қасақана зиян келтіру, халық денсаулығына және имандылыққа, жыныстық тиіспеушілікке қарсы қылмыстық құқық бұзушылықтары, экстремистік немесе террористік қылмыстары, адам саудасы үшін сотталғандығы бар немесе болған, қылмыстық қудалауға ұшырап отырған немесе ұшыраған (Қылмыстық-процестік кодекстің 35-бабы бірінші бөлігінің 1) және 2) тармақшалары негізінде өздеріне қатысты қылмыстық қудалау тоқтатылған адамдарды қоспағанда)",
    "Имеющие или имевшие судимость, подвергающиеся или подвергавшиеся уголовному преследованию за убийство, умышленное причинение вреда здоровью, уголовные правонарушения против здоровья населения и нравственности, половой неприкосновенности, экстремистские или террористические преступления, торговлю людьми (за исключением лиц, уголовное преследование в отношении которых прекращено на основании подпунктов 1) и 2) части первой статьи 35 Уголовно-процессуального кодекса)",
    "Persons who have or had a conviction, or are or were prosecuted, for murder, intentional harm to health, offences against public health and morality or sexual integrity, extremist or terrorist crimes, or human trafficking (except those whose prosecution ended under art. 35 part 1 sub-pp. 1–2 of the Criminal Procedure Code)",
    1753,
    1770,
    "Criminal Procedure Code of the Republic of Kazakhstan, art. 35 part 1 sub-pp. 1–2 (exception)",
  ),
  ground(
    16,
    'Қазақстан Республикасының аумағында тұрақты тұратын, "Неке (ерлі-зайыптылық) және отбасы туралы" Кодекстің 91-бабының 4-тармағында белгіленген тәртіппен психологиялық даярлықтан өтпеген (баланың жақын туыстарын қоспағанда) көрсетілетін қызметті алушылар',
    "Услугополучатели, постоянно проживающие на территории Республики Казахстан, не прошедшие психологическую подготовку в порядке, установленном пунктом 4 статьи 91 Кодекса «О браке (супружестве) и семье» (за исключением близких родственников ребенка)",
    "Recipients permanently living in the Republic of Kazakhstan who have not had the psychological preparation under art. 91 p. 4 of the Code on Marriage (Matrimony) and Family (except the child's close relatives)",
    1771,
    1781,
    "Code on Marriage (Matrimony) and Family, art. 91 p. 4",
  ),
  genericGround(
    "unreliable",
    17,
    "мемлекеттік көрсетілетін қызметті алу үшін көрсетілетін қызметті алушы ұсынған құжаттардың және (немесе) оларда қамтылған деректердің (мәліметтердің) дәйексіздігін анықтау",
    s(`${R9}, sub-p. 17`, 1785, 1791),
  ),
  genericGround("nla", 18, KK_GENERIC.nla, s(`${R9}, sub-p. 18`, 1792, 1801)),
  genericGround("negative_approval", 19, KK_GENERIC.negative_approval, s(`${R9}, sub-p. 19`, 1802, 1808)),
  genericGround("court_ban", 20, KK_GENERIC.court_ban, s(`${R9}, sub-p. 20`, 1809, 1815)),
  genericGround("special_right", 21, KK_GENERIC.special_right_verdict, s(`${R9}, sub-p. 21`, 1816, 1823)),
  genericGround("personal_data", 22, KK_GENERIC.personal_data, s(`${R9}, sub-p. 22`, 1824, 1834)),
];

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ORDER_414,
  amendedBy: [],
  implementsStandard: null,
  effective: effective414(
    "This version is the Rules for registering persons who wish to adopt, approved by MES order No. 407 of 29 June " +
      "2016 (reg. No. 14067), as amended by order 414 (list item 2, with Rules annex 1 restated by list annex 3).",
  ),
  source: s("List item 2 (lines 199–296) and list annex 3 (lines 1486–1867)", 199, 1867),
  titleInAct: t(
    "Бала асырап алуға тілек білдірген адамдарды есепке қою",
    "Постановка на учет лиц, желающих усыновить детей",
    "Registration of persons who wish to adopt a child",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(`${R8}, sub-p. 1`, 1595, 1611, "бір реттік парольмен куәландырылған"),
    },
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы және облыстық маңызы бар қалалардағы білім бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов и городов областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of districts and cities of regional significance",
      ),
      source: s(`${A3}, row 1`, 1508, 1516),
    },
    channels: [{ channel: "portal", source: s(`${A3}, row 2`, 1518, 1526) }],
    terms: [
      {
        channel: "portal",
        duration: workingDays(10),
        source: s(`${A3}, row 3`, 1530, 1533, "10 (он) жұмыс күні"),
      },
    ],
    queue: [],
    forms: { values: ["electronic_fully_automated"], source: s(`${A3}, row 4`, 1535, 1537) },
    results: [
      {
        id: "conclusion-readiness-notification",
        kind: "notification",
        title: t(
          "Бала асырап алуға үміткер(лер) болу мүмкіндігі (мүмкін еместігі) қорытындысының дайындығы туралы хабарлама",
          "Уведомление о готовности заключения о возможности (невозможности) быть кандидатом(ами) в усыновители",
          "Notification that the conclusion on the possibility (impossibility) of being adoption candidate(s) is ready",
        ),
        form: "Annex to the requirements per standard row 5; Registration Rules annex 4 per Rules p. 11",
        source: s(`${A3}, row 5`, 1542, 1548),
      },
      {
        id: "candidate-conclusion",
        kind: "conclusion",
        title: t(
          "Бала асырап алуға үміткер(лер) болудың мүмкіндігі (мүмкін еместігі) туралы қорытынды",
          "Заключение о возможности (невозможности) быть кандидатом(ами) в усыновители",
          "Conclusion on the possibility (impossibility) of being adoption candidate(s)",
        ),
        form: "Registration Rules annex 4",
        source: s("Registration Rules p. 11, part 1", 250, 257),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Талаптардың 9-тармағында көзделген жағдайларда және негіздер бойынша мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом 9 Требований",
          "Reasoned answer refusing the service in the cases and on the grounds of p. 9 of the requirements",
        ),
        source: s(`${A3}, row 5`, 1548, 1555),
      },
    ],
    delivery: [
      {
        text: t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат оказания государственной услуги направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet.",
        ),
        source: s(`${A3}, row 5`, 1556, 1560),
      },
      {
        text: t(
          "Хабарлама көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ қойылған электрондық құжат нысанында көрсетілетін қызметті алушының порталына жіберіледі.",
          "Уведомление направляется на портал услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя.",
          "The notification goes to the recipient's portal account as an electronic document signed with the EDS of the provider's authorised person.",
        ),
        source: s("Registration Rules p. 11, part 1", 250, 257),
      },
    ],
    fee: {
      free: true,
      text: t("Тегін", "Бесплатно", "Free of charge"),
      source: s(`${A3}, row 6`, 1562, 1572),
    },
    schedules: [
      {
        who: "portal",
        calendar: "portal",
        text: t(
          "Порталда – жөндеу жұмыстарын жүргізуге байланысты техникалық үзілістерді қоспағанда, тәулік бойы (Қазақстан Республикасының еңбек заңнамасына сәйкес көрсетілетін қызметті алушы жұмыс уақыты аяқталғаннан кейін, демалыс және мереке күндері жүгінген жағдайда, өтінішті қабылдау және нәтижелерді беру келесі жұмыс күнімен жүзеге асырылады).",
          "Портал — круглосуточно, за исключением технических перерывов в связи с ремонтными работами (при обращении после окончания рабочего времени, в выходные и праздничные дни согласно трудовому законодательству прием заявления и выдача результатов осуществляются следующим рабочим днем).",
          "Portal: around the clock except technical breaks for maintenance (an application filed after working hours, on weekends or holidays under the labour legislation is accepted, and its result issued, on the next working day).",
        ),
        source: s(`${A3}, row 7`, 1581, 1593),
      },
    ],
    documents,
    documentsRef: null,
    refusalGrounds,
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Егер заңдарда өзгеше көзделмесе, көрсетілетін қызметті беруші қызмет көрсету кезінде заңмен қорғалатын құпияны қамтитын, ақпараттық жүйелердегі мәліметтерді пайдалануға көрсетілетін қызметті алушының келісімін алады.",
          "Если иное не предусмотрено законами, услугодатель получает согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах.",
          "Unless the law provides otherwise, the provider obtains the recipient's consent to use legally protected secret information held in information systems.",
        ),
        source: s("Registration Rules p. 9, part 2", 233, 236),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушілер цифрлық құжаттарды порталда тіркелген пайдаланушының ұялы байланысының абоненттік нөмірі арқылы ұсынылған құжат иесінің келісімі болған жағдайда, іске асырылған интеграция арқылы цифрлық құжаттар сервисінен бір реттік парольді беру арқылы немесе портал хабарламасына жауап ретінде қысқа мәтіндік хабарлама жіберу арқылы алады.",
          "Услугодатели получают цифровые документы из сервиса цифровых документов через реализованную интеграцию при наличии согласия владельца документа, предоставленного посредством абонентского номера сотовой связи пользователя, зарегистрированного на портале, путем передачи одноразового пароля или отправки короткого текстового сообщения в ответ на уведомление портала.",
          "Providers obtain digital documents from the digital-documents service through the integration, with the holder's consent given from the mobile number registered on the portal by a one-time password or by an SMS reply to the portal's notice.",
        ),
        source: s("Registration Rules p. 9, part 3", 240, 244),
      },
      preliminaryRefusalRequirement("Registration Rules p. 11, parts 2–3", 258, 267),
      {
        text: t(
          "Көрсетілетін қызметті алушы оң қорытынды алғаннан кейін республикалық деректер банкіндегі жетім балалар, асырап алуға жататын ата-аналарының қамқорлығынсыз қалған балалар туралы ақпаратқа қол жеткізе алады.",
          "После получения положительного заключения услугополучатель получает доступ к информации республиканского банка данных о детях-сиротах, детях, оставшихся без попечения родителей, подлежащих усыновлению.",
          "Once the recipient has a positive conclusion, they may access the republican data bank's information on orphans and children without parental care who can be adopted.",
        ),
        source: s("Registration Rules p. 11, part 5", 272, 274),
      },
      monitoringRequirement("Registration Rules p. 13", 276, 292),
      contactAndDigitalDocuments(`${A3}, row 10`, 1836, 1865),
    ],
  },
  procedures: [
    {
      id: "portal",
      channel: "portal",
      title: t(
        "Бала асырап алуға тілек білдірген адамдарды есепке қою: портал арқылы",
        "Постановка на учет лиц, желающих усыновить детей: через портал",
        "Registration of persons wishing to adopt: through the portal",
      ),
      source: s("Registration Rules pp. 5, 9, 11", 210, 274),
      steps: [
        {
          id: "submit-application",
          kind: "task",
          actor: "applicant",
          action: t(
            "Көрсетілетін қызметті алушы портал арқылы көрсетілетін қызметті берушіге Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттарды қоса бере отырып, бала асырап алуға тілек білдірген адамдарды есепке қою туралы өтініш (еркін нысанда) береді.",
            "Услугополучатель подает услугодателю через портал заявление о постановке на учет лиц, желающих усыновить детей (в произвольной форме), с приложением документов, предусмотренных Требованиями к оказанию государственной услуги.",
            "The recipient files with the provider, through the portal, an application (free form) for registration as a person wishing to adopt, with the documents listed in the service requirements.",
          ),
          duration: null,
          output: t("Өтініш берілді", "Заявление подано", "Application filed"),
          outputDocument: "application",
          source: s("Registration Rules p. 5", 210, 216),
        },
        {
          id: "fetch-gateway-data",
          kind: "task",
          actor: "information_system",
          action: t(
            'Көрсетілетін қызметті беруші жұбайының (зайыбының) жеке басын куәландыратын, тұрғын үйге меншік құқығын растайтын құжаттар туралы мәліметтерді, соттылық туралы анықтаманы, АХАЖ мәліметтері болмаған кезде балалардың туу туралы және неке қию туралы куәліктерді, наркологиялық және психиатриялық диспансерлерде есепте тұрмағаны туралы анықтаманы "электрондық үкімет" шлюзі арқылы тиісті мемлекеттік ақпараттық жүйелерден алады.',
            "Услугодатель получает через шлюз «электронного правительства» из соответствующих государственных информационных систем сведения о документе, удостоверяющем личность супруга (супруги), о документах, подтверждающих право собственности на жилище, справку о наличии либо отсутствии судимости, свидетельства о рождении детей и о заключении брака при отсутствии сведений ЗАГС, справку об отсутствии учета в наркологическом и психиатрическом диспансерах.",
            "Through the e-government gateway the provider obtains from the state information systems the spouse's identity data, the housing-ownership data, the criminal-record certificate, the children's birth and the marriage certificates (when there is no civil-registry record), and the certificate of no dispensary registration.",
          ),
          duration: null,
          output: t("Мәліметтер алынды", "Сведения получены", "Data obtained"),
          source: s("Registration Rules p. 9, part 1", 218, 232),
        },
        {
          id: "check-completeness",
          kind: "decision",
          actor: "responsible_executor",
          action: t(
            "Құжаттардың толық топтамасы ұсынылды ма және қолданылу мерзімі өтіп кеткен құжаттар жоқ па?",
            "Представлен ли полный пакет документов и нет ли документов с истекшим сроком действия?",
            "Is the package of documents complete, with no expired documents?",
          ),
          duration: null,
          output: null,
          ifNo: "refuse-further-consideration",
          source: s("Registration Rules p. 9, part 4", 245, 248),
        },
        noRefusalGroundsDecision(
          "no-refusal-grounds",
          "responsible_executor",
          s("Registration Rules p. 11, parts 1–2", 250, 262),
        ),
        {
          id: "notify-and-register",
          kind: "task",
          actor: "responsible_executor",
          action: t(
            "Қорытындыға қол қойылған күннен бастап 2 (екі) жұмыс күні ішінде уәкілетті адамның ЭЦҚ қойылған электрондық құжат нысанында көрсетілетін қызметті алушының порталына Қағидалардың 4-қосымшасына сәйкес нысан бойынша бала асырап алуға үміткер(лер) болудың мүмкіндігі (мүмкін еместігі) туралы қорытындыны алғаны туралы хабарлама жібереді және оларды бала асырап алуға кандидаттар ретінде есепке қояды.",
            "В течение 2 (двух) рабочих дней со дня подписания заключения направляет на портал услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица, уведомление о получении заключения о возможности (невозможности) быть кандидатом(ами) в усыновители по форме согласно приложению 4 к Правилам и ставит их на учет в качестве кандидатов в усыновители.",
            "Within 2 working days of signing the conclusion, sends to the recipient's portal account, as an electronic document signed with the authorised person's EDS, the notification that the conclusion on the possibility (impossibility) of being adoption candidate(s) (Rules annex 4 form) has been issued, and registers them as adoption candidates.",
          ),
          duration: workingDays(2),
          output: t(
            "Хабарлама жіберілді; бала асырап алуға кандидаттар ретінде есепке қойылды",
            "Уведомление направлено; поставлены на учет как кандидаты в усыновители",
            "Notification sent; registered as adoption candidates",
          ),
          outputDocument: "notification",
          next: "end",
          source: s("Registration Rules p. 11, part 1", 250, 257, "2 (екі) жұмыс күні ішінде"),
        },
        ...hearingBranch({
          preliminary: s("Registration Rules p. 11, part 2", 258, 266),
          hearing: s("Registration Rules p. 11, part 3", 267),
          final: {
            duration: workingDays(2),
            action: t(
              "Тыңдау нәтижелері бойынша көрсетілетін қызметті алушыға уәкілетті адамның ЭЦҚ қойылған электрондық құжат нысанында 2 (екі) жұмыс күні ішінде оң нәтиже немесе мемлекеттік қызметті көрсетуден дәлелді бас тарту жіберіледі.",
              "По результатам заслушивания услугополучателю в течение 2 (двух) рабочих дней направляется положительный результат либо мотивированный отказ в оказании государственной услуги в форме электронного документа, подписанного ЭЦП уполномоченного лица.",
              "After the hearing, within 2 working days, the recipient is sent the positive result or a reasoned refusal as an electronic document signed with the authorised person's EDS.",
            ),
            source: s("Registration Rules p. 11, part 4", 268, 271, "2 (екі) жұмыс күні ішінде"),
          },
        }),
        {
          id: "refuse-further-consideration",
          kind: "task",
          actor: "responsible_executor",
          action: t(
            "Көрсетілетін қызметті беруші көрсетілетін қызметті алушыға өтінішті одан әрі қараудан бас тартады.",
            "Услугодатель отказывает услугополучателю в дальнейшем рассмотрении заявления.",
            "The provider refuses to consider the application further.",
          ),
          duration: null,
          output: t(
            "Өтінішті одан әрі қараудан бас тартылды",
            "Отказ в дальнейшем рассмотрении заявления",
            "Further consideration refused",
          ),
          next: "end",
          source: s("Registration Rules p. 9, part 4", 245, 248),
        },
      ],
    },
  ],
  contradictions: [
    {
      id: "dispensary-certificate-source",
      kind: "internal",
      text: t(
        "Стандарттың 8-жолының 4) тармақшасы бойынша наркологиялық және психиатриялық диспансерлерде есепте тұрмағаны туралы анықтаманың электрондық көшірмесін көрсетілетін қызметті алушы ұсынады, ал Қағидалардың 9-тармағы бойынша бұл анықтаманы көрсетілетін қызметті беруші шлюз арқылы өзі алады.",
        "По подпункту 4) строки 8 стандарта электронную копию справки об отсутствии учета в наркологическом и психиатрическом диспансерах представляет услугополучатель, а по пункту 9 Правил эту справку услугодатель сам получает через шлюз.",
        "Standard row 8 sub-p. 4 makes the recipient upload the certificate of no dispensary registration, while Rules p. 9 says the provider itself obtains that certificate through the gateway.",
      ),
      sources: [s(`${R8}, sub-p. 4`, 1644, 1657), s("Registration Rules p. 9, part 1", 224, 232)],
    },
    {
      id: "result-form-reference",
      kind: "other",
      text: t(
        'Стандарттың 5-жолы хабарлама нысанын "осы мемлекеттік қызмет көрсетуге қойылатын талаптарына қосымша" деп көрсетеді, ал Қағидалардың 11-тармағы Қағидалардың 4-қосымшасына сілтейді.',
        "Строка 5 стандарта указывает форму «согласно приложению к настоящим требованиям», а пункт 11 Правил — приложение 4 к Правилам.",
        'Standard row 5 gives the form as "the annex to these requirements", while Rules p. 11 points to Rules annex 4; the requirements have no annex of their own.',
      ),
      sources: [s(`${A3}, row 5`, 1542, 1547), s("Registration Rules p. 11, part 1", 254, 256)],
    },
    {
      id: "fully-automated-vs-manual-steps",
      kind: "other",
      text: t(
        "Стандарттың 4-жолы қызметті толық автоматтандырылған деп көрсетеді, бірақ Қағидалардың 11-тармағында уәкілетті адам қол қоятын қорытынды, алдын ала шешім және тыңдау көзделген.",
        "Строка 4 стандарта называет услугу полностью автоматизированной, однако пункт 11 Правил предусматривает заключение, подписываемое уполномоченным лицом, предварительное решение и заслушивание.",
        "Standard row 4 calls the service fully automated, yet Rules p. 11 has a conclusion signed by an authorised person, a preliminary decision and a hearing.",
      ),
      sources: [s(`${A3}, row 4`, 1535, 1537), s("Registration Rules p. 11", 250, 271)],
    },
  ],
};
