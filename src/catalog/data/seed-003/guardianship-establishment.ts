/**
 * Establishing guardianship or trusteeship over an orphan or a child left without parental care — Rules of
 * MES order No. 158 of 24 April 2020 as amended by order No. 414 (list item 3, pp. 3, 11 and 16-1,
 * lines 400–457), their annex 2 restated by list annex 6 (lines 2371–3007) and annex 3 (the State
 * Corporation's receipt of refusal to accept documents) restated by list annex 7 (lines 3008–3047).
 */

import type { Step } from "../../schema.ts";
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
import { CHILD_IN_ORPHANS_ORGANISATION, ifNoRecord, NOT_MARRIED } from "./waivers.ts";

const A6 = "List annex 6 (Guardianship-establishment Rules annex 2)";
const A7 = "List annex 7 (Guardianship-establishment Rules annex 3)";
const R8 = `${A6}, row 8`;
const R9 = `${A6}, row 9`;
const RULES = "Guardianship-establishment Rules";

const INSTITUTION_EXEMPTION = t(
  "Бала жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларға арналған білім беру ұйымдарында тұрған жағдайда талап етілмейді",
  "Не требуется, если ребенок (дети) находится в организации образования для детей-сирот и детей, оставшихся без попечения родителей",
  "Not required if the child lives in an education organisation for orphans and children without parental care",
);

// ------------------------------------------------------------------ documents

const scDocs = [
  doc(
    "sc-application",
    ["state_corporation"],
    t("Өтініш", "Заявление", "Application"),
    s(`${R8}, State Corporation, sub-p. 1`, 2535, 2536),
  ),
  doc(
    "sc-identity-document",
    ["state_corporation"],
    t(
      "Жеке басын куәландыратын құжат немесе цифрлық құжаттар сервисінен электрондық құжат",
      "Документ, удостоверяющий личность, либо электронный документ из сервиса цифровых документов",
      "Identity document, or the electronic document from the digital-documents service",
    ),
    s(`${R8}, State Corporation, sub-p. 2`, 2537, 2541),
    {
      presentation: "original_for_check",
      condition: t(
        "Жеке басын сәйкестендіру үшін қажет",
        "Требуется для идентификации личности",
        "Needed to identify the person",
      ),
    },
  ),
  doc(
    "sc-spouse-consent",
    ["state_corporation"],
    t(
      "Жұбайының (зайыбының) нотариалды расталған келісімі",
      "Нотариально удостоверенное согласие супруга (супруги)",
      "The spouse's notarised consent",
    ),
    s(`${R8}, State Corporation, sub-p. 3`, 2542, 2544),
    { condition: t("Егер некеде тұрған жағдайда", "Если состоит в браке", "If married") },
  ),
  doc(
    "sc-health-and-dispensary-certificates",
    ["state_corporation"],
    t(
      "Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 тамыздағы № 692 бұйрығымен (№ 12127) бекітілген тізбеге сәйкес көрсетілетін қызметті алушының және егер ол некеде тұрса жұбайының (зайыбының) ауруының жоқтығын растайтын денсаулық жағдайы туралы анықтама, сондай-ақ Денсаулық сақтау министрінің 2020 жылғы 18 мамырдағы № ҚР ДСМ-49/2020 бұйрығымен (№ 20665) бекітілген нысанға сәйкес наркологиялық және психиатриялық диспансерлерде тіркеуде тұратыны туралы мәліметтің жоқтығы туралы анықтама",
      "Справка о состоянии здоровья услугополучателя и, если состоит в браке, супруга (супруги), подтверждающая отсутствие заболеваний по перечню, утвержденному приказом Министра здравоохранения и социального развития от 28 августа 2015 года № 692 (№ 12127), а также справка об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах по форме, утвержденной приказом Министра здравоохранения от 18 мая 2020 года № ҚР ДСМ-49/2020 (№ 20665)",
      "Health certificate of the recipient (and the spouse, if married) confirming none of the diseases on the list of MHSD order No. 692 of 28 August 2015 (reg. No. 12127), and the certificate of no registration at narcological and psychiatric dispensaries in the form of MoH order No. ҚР ДСМ-49/2020 of 18 May 2020 (reg. No. 20665)",
    ),
    s(`${R8}, State Corporation, sub-p. 4`, 2545, 2580),
  ),
  doc(
    "sc-marriage-certificate",
    ["state_corporation"],
    t(
      "Некеге тұру туралы куәліктің көшірмесі",
      "Копия свидетельства о заключении брака",
      "Copy of the marriage certificate",
    ),
    s(`${R8}, State Corporation, sub-p. 5`, 2581, 2586),
    {
      presentation: "copy",
      condition: t(
        '"АХАЖ тіркеу пункті" ақпараттық жүйесінде (АХАЖ АЖ) мәліметтер болмаған не Қазақстан Республикасынан тыс жерде некеге тұрған жағдайда',
        "При отсутствии сведений в информационной системе «Регистрационный пункт ЗАГС» (ИС ЗАГС) либо при заключении брака за пределами Республики Казахстан",
        "Only if the civil-registry system has no record or the marriage was concluded outside the Republic of Kazakhstan",
      ),
    },
  ),
  doc(
    "sc-child-birth-certificate",
    ["state_corporation"],
    t(
      "Баланың (балалардың) туу туралы куәлігі электрондық нысанда немесе оның қағаз түріндегі көшірмесі (түпнұсқасы сәйкестендіру үшін талап етіледі)",
      "Свидетельство о рождении ребенка (детей) в электронной форме либо его копия на бумажном носителе (оригинал требуется для идентификации)",
      "The child's (children's) birth certificate in electronic form or a paper copy (the original is required for identification)",
    ),
    s(`${R8}, State Corporation, sub-p. 6`, 2590, 2597),
    {
      presentation: "copy",
      waivedIfRecord: ifNoRecord(
        "birth",
        "child",
        `${R8}, State Corporation, sub-p. 6`,
        [2590, 2597],
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған баланың",
        { unlessAbroad: true, declarable: CHILD_IN_ORPHANS_ORGANISATION },
      ),
      condition: t(
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған баланың; бала жетім балаларға арналған білім беру ұйымында тұрған жағдайда талап етілмейді",
        "При отсутствии сведений в ИС ЗАГС либо при рождении ребенка за пределами Республики Казахстан; не требуется, если ребенок находится в организации образования для детей-сирот",
        "Only if the civil-registry system has no record or the child was born outside the Republic of Kazakhstan; not required if the child lives in an education organisation for orphans",
      ),
    },
  ),
  doc(
    "sc-no-parental-care-documents",
    ["state_corporation"],
    t(
      "Балаға жалғыз ата-анасының немесе екеуiнiң де қамқорлығының жоқтығын растайтын құжаттардың көшiрмелері (қайтыс болу туралы куәлік немесе хабарлама; ата-ананы ата-ана құқықтарынан айыру, олардың ата-ана құқықтарын шектеу, ата-анасын хабарсыз кетті, әрекетке қабiлетсiз (әрекет қабiлетi шектелген) деп тану, оларды қайтыс болды деп жариялау туралы сот шешімі; ата-анасының бас бостандығынан айыру орындарында жазасын өтеуi туралы сот үкімі; ата-аналардың іздестірілуін, баланың ата-анасынан айырып алынғанын, ата-анасының денсаулық сақтау ұйымдарында ұзақ мерзімді емделуін растайтын құжаттар; баланың әдейі тасталғаны туралы акті; баладан бас тарту туралы өтініш; анасының нұсқауы бойынша жазылған әкесі туралы мәлімет; Әділет министрінің 2015 жылғы 28 ақпандағы № 112 бұйрығымен (№ 10764) бекітілген нысан бойынша туу туралы анықтама (АХАЖ АЖ-да мәліметтер болмаған жағдайда))",
      "Копии документов, подтверждающих отсутствие попечения единственного или обоих родителей (свидетельство или извещение о смерти; решение суда о лишении родителей родительских прав, об ограничении их в родительских правах, о признании родителей безвестно отсутствующими, недееспособными (ограниченно дееспособными), об объявлении их умершими; приговор суда об отбывании родителями наказания в местах лишения свободы; документы, подтверждающие розыск родителей, отобрание ребенка у родителей, длительное лечение родителей в организациях здравоохранения; акт об оставлении ребенка; заявление об отказе от ребенка; сведения об отце, записанные по указанию матери; справка о рождении по форме, утвержденной приказом Министра юстиции от 28 февраля 2015 года № 112 (№ 10764) (при отсутствии сведений в ИС ЗАГС))",
      "Copies of the documents proving that the sole parent or both parents provide no care (death certificate or notice; court decision depriving or restricting parental rights, declaring the parents missing, incapable (of limited capacity) or dead; court verdict on the parents serving a prison sentence; documents on a search for the parents, removal of the child from them or their long-term hospital treatment; act of abandonment of the child; application renouncing the child; father's data recorded on the mother's word; birth record in the form of MoJ order No. 112 of 28 February 2015 (reg. No. 10764) when the civil-registry system has no record)",
    ),
    s(`${R8}, State Corporation, sub-p. 7`, 2598, 2641),
    { presentation: "copy", condition: INSTITUTION_EXEMPTION },
  ),
  doc(
    "sc-income-information",
    ["state_corporation"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) егер ол некеде тұрса оның жұбайының (зайыбының) табысы туралы мәліметтер",
      "Сведения о доходах услугополучателя и (или) супруга (супруги), если состоит в браке",
      "Information on the income of the recipient and (or) the spouse, if married",
    ),
    s(`${R8}, State Corporation, sub-p. 8`, 2642, 2656),
  ),
  doc(
    "sc-kinship-documents",
    ["state_corporation"],
    t(
      "Туыстарының, өгей әкесінің (өгей шешесінің) балаға (балаларға) туыстық фактісін растайтын құжаттардың көшірмелері",
      "Копии документов, подтверждающих факт родства родственников, отчима (мачехи) с ребенком (детьми)",
      "Copies of the documents proving the kinship of relatives or a step-parent with the child (children)",
    ),
    s(`${R8}, State Corporation, sub-p. 9`, 2657, 2660),
    { presentation: "copy" },
  ),
  doc(
    "sc-preparation-certificate",
    ["state_corporation"],
    t(
      "Жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларды отбасына тәрбиелеуге қабылдауға тілек білдірген адамдардың дайындықтан өткені туралы сертификат",
      "Сертификат о прохождении подготовки лицами, желающими принять на воспитание в семью детей-сирот и детей, оставшихся без попечения родителей",
      "Certificate of preparation of persons wishing to take orphans or children without parental care into their family",
    ),
    s(`${R8}, State Corporation, sub-p. 10`, 2661, 2668),
    {
      condition: t(
        "Баланың жақын туыстарын қоспағанда",
        "За исключением близких родственников ребенка",
        "Not required of the child's close relatives",
      ),
    },
  ),
  doc(
    "sc-housing-use-document",
    ["state_corporation"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) жұбайының (зайыбының) тұрғын үйді пайдалану құқығын растайтын құжаттардың көшірмесі",
      "Копия документов, подтверждающих право пользования жилищем услугополучателя и (или) супруга (супруги)",
      "Copy of the documents confirming the right of the recipient and (or) the spouse to use the dwelling",
    ),
    s(`${R8}, State Corporation, sub-p. 11`, 2669, 2675),
    {
      presentation: "copy",
      condition: t(
        "Тұрғын үйге меншік құқығы болмаған жағдайда",
        "При отсутствии права собственности на жилище",
        "Only if there is no ownership right to a dwelling",
      ),
    },
  ),
];

const portalDocs = [
  doc(
    "portal-application",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының ЭЦҚ-сымен қол қойылған немесе абоненттік нөмірі порталдың есеп жазбасына тіркелген және қосылған кезде бір рет пайдаланатын пароль арқылы куәландырылған электрондық құжат нысанындағы өтініш",
      "Заявление в форме электронного документа, подписанного ЭЦП услугополучателя либо удостоверенного одноразовым паролем при регистрации и подключении абонентского номера к учетной записи портала",
      "Application as an electronic document signed with the recipient's EDS or certified with a one-time password when the mobile number is registered and linked to the portal account",
    ),
    s(`${R8}, portal, sub-p. 1`, 2680, 2690),
  ),
  doc(
    "portal-spouse-consent",
    ["portal"],
    t(
      "Жұбайының (зайыбының) нотариалды расталған келісімінің электрондық көшірмесі",
      "Электронная копия нотариально удостоверенного согласия супруга (супруги)",
      "Electronic copy of the spouse's notarised consent",
    ),
    s(`${R8}, portal, sub-p. 2`, 2691, 2694),
    {
      presentation: "electronic_copy",
      condition: t("Егер некеде тұрған жағдайда", "Если состоит в браке", "If married"),
    },
  ),
  doc(
    "portal-health-and-dispensary-certificates",
    ["portal"],
    t(
      "№ 692 бұйрықпен бекітілген тізбеге сәйкес көрсетілетін қызметті алушының және егер ол некеде тұрса жұбайының (зайыбының) ауруының жоқтығын растайтын денсаулық жағдайы туралы анықтаманың, сондай-ақ № ҚР ДСМ-49/2020 бұйрығымен бекітілген нысанға сәйкес наркологиялық және психиатриялық диспансерлерде тіркеуде тұрғандығы туралы мәліметтің жоқтығы туралы анықтаманың электрондық көшірмесі",
      "Электронная копия справки о состоянии здоровья услугополучателя и, если состоит в браке, супруга (супруги) об отсутствии заболеваний по перечню приказа № 692, а также справки об отсутствии сведений о состоянии на учете в наркологическом и психиатрическом диспансерах по форме приказа № ҚР ДСМ-49/2020",
      "Electronic copy of the health certificate of the recipient (and the spouse, if married) under the list of order No. 692, and of the certificate of no dispensary registration in the form of order No. ҚР ДСМ-49/2020",
    ),
    s(`${R8}, portal, sub-p. 3`, 2695, 2712),
    { presentation: "electronic_copy" },
  ),
  doc(
    "portal-marriage-certificate",
    ["portal"],
    t(
      "Некеге тұру туралы куәліктің электрондық көшірмесі",
      "Электронная копия свидетельства о заключении брака",
      "Electronic copy of the marriage certificate",
    ),
    s(`${R8}, portal, sub-p. 4`, 2713, 2718),
    {
      presentation: "electronic_copy",
      waivedIfRecord: ifNoRecord(
        "marriage",
        "applicant",
        `${R8}, portal, sub-p. 4`,
        [2713, 2718],
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде некеге тұрған жағдайда",
        { unlessAbroad: true, declarable: NOT_MARRIED },
      ),
      condition: t(
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде некеге тұрған жағдайда",
        "При отсутствии сведений в ИС ЗАГС либо при заключении брака за пределами Республики Казахстан",
        "Only if the civil-registry system has no record or the marriage was concluded outside the Republic of Kazakhstan",
      ),
    },
  ),
  doc(
    "portal-child-birth-certificate",
    ["portal"],
    t(
      "Баланың (балалардың) туу туралы куәлігінің электрондық көшірмесі (түпнұсқасы сәйкестендіру үшін талап етіледі)",
      "Электронная копия свидетельства о рождении ребенка (детей) (оригинал требуется для идентификации)",
      "Electronic copy of the child's (children's) birth certificate (the original is required for identification)",
    ),
    s(`${R8}, portal, sub-p. 5`, 2719, 2726),
    {
      presentation: "electronic_copy",
      waivedIfRecord: ifNoRecord(
        "birth",
        "child",
        `${R8}, portal, sub-p. 5`,
        [2719, 2726],
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған жағдайда",
        { unlessAbroad: true, declarable: CHILD_IN_ORPHANS_ORGANISATION },
      ),
      condition: t(
        "АХАЖ АЖ-да мәліметтер болмаған жағдайда не Қазақстан Республикасынан тыс жерде туылған жағдайда; бала жетім балаларға арналған білім беру ұйымында тұрған жағдайда талап етілмейді",
        "При отсутствии сведений в ИС ЗАГС либо при рождении за пределами Республики Казахстан; не требуется, если ребенок находится в организации образования для детей-сирот",
        "Only if the civil-registry system has no record or the child was born outside the Republic of Kazakhstan; not required if the child lives in an education organisation for orphans",
      ),
    },
  ),
  doc(
    "portal-income-documents",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) егер ол некеде тұрса жұбайының (зайыбының) табысы туралы құжаттардың электрондық көшірмелері",
      "Электронные копии документов о доходах услугополучателя и (или) супруга (супруги), если состоит в браке",
      "Electronic copies of the income documents of the recipient and (or) the spouse, if married",
    ),
    s(`${R8}, portal, sub-p. 6`, 2727, 2732),
    { presentation: "electronic_copy" },
  ),
  doc(
    "portal-no-parental-care-documents",
    ["portal"],
    t(
      "Балаға жалғыз ата-анасының немесе екеуiнiң де қамқорлығының жоқтығын растайтын құжаттардың (қайтыс болу туралы куәлік немесе хабарлама, сот шешімдері мен үкімі, ата-аналардың іздестірілуін, баланың айырып алынғанын, ұзақ мерзімді емделуін растайтын құжаттар, баланың әдейі тасталғаны туралы акті, баладан бас тарту туралы өтініш, № 112 бұйрықпен бекітілген нысан бойынша туу туралы анықтама (АХАЖ АЖ-да мәліметтер болмаған жағдайда)) электрондық көшiрмелері",
      "Электронные копии документов, подтверждающих отсутствие попечения единственного или обоих родителей (свидетельство или извещение о смерти, решения и приговор суда, документы о розыске родителей, отобрании ребенка, длительном лечении родителей, акт об оставлении ребенка, заявление об отказе от ребенка, справка о рождении по форме приказа № 112 (при отсутствии сведений в ИС ЗАГС))",
      "Electronic copies of the documents proving that the sole parent or both parents provide no care (death certificate or notice, court decisions and verdict, documents on a search for the parents, removal of the child or long-term treatment, act of abandonment, application renouncing the child, birth record in the form of order No. 112 when the civil-registry system has no record)",
    ),
    s(`${R8}, portal, sub-p. 7`, 2733, 2763),
    { presentation: "electronic_copy", condition: INSTITUTION_EXEMPTION },
  ),
  doc(
    "portal-housing-use-document",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының және (немесе) жұбайының (зайыбының) тұрғын үйді пайдалану құқығын растайтын құжаттардың электрондық көшірмесі",
      "Электронная копия документов, подтверждающих право пользования жилищем услугополучателя и (или) супруга (супруги)",
      "Electronic copy of the documents confirming the right of the recipient and (or) the spouse to use the dwelling",
    ),
    s(`${R8}, portal, sub-p. 8`, 2767, 2774),
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
    "portal-kinship-documents",
    ["portal"],
    t(
      "Туыстарының, өгей әкесінің (өгей шешесінің) балаға (балаларға) туыстық фактісін растайтын құжаттардың электрондық көшірмелері",
      "Электронные копии документов, подтверждающих факт родства родственников, отчима (мачехи) с ребенком (детьми)",
      "Electronic copies of the documents proving the kinship of relatives or a step-parent with the child (children)",
    ),
    s(`${R8}, portal, sub-p. 9`, 2774, 2778),
    { presentation: "electronic_copy" },
  ),
  doc(
    "portal-preparation-certificate",
    ["portal"],
    t(
      "Жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларды отбасына тәрбиелеуге қабылдауға тілек білдірген тұлғалардың дайындықтан өткені туралы сертификаттың электрондық көшірмесі",
      "Электронная копия сертификата о прохождении подготовки лицами, желающими принять на воспитание в семью детей-сирот и детей, оставшихся без попечения родителей",
      "Electronic copy of the certificate of preparation of persons wishing to take orphans or children without parental care into their family",
    ),
    s(`${R8}, portal, sub-p. 10`, 2779, 2787),
    {
      presentation: "electronic_copy",
      condition: t(
        "Баланың жақын туыстарын қоспағанда",
        "За исключением близких родственников ребенка",
        "Not required of the child's close relatives",
      ),
    },
  ),
];

// ------------------------------------------------------------------ refusal grounds

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
    2822,
    2824,
  ),
  ground(
    2,
    "Соттың көрсетілетін қызметті алушыны әрекетке қабiлетсiз немесе әрекет қабiлетi шектеулі деп тануы",
    "Признание судом услугополучателя недееспособным или ограниченно дееспособным",
    "A court has declared the recipient incapable or of limited capacity",
    2825,
    2828,
  ),
  ground(
    3,
    "Соттың көрсетілетін қызметті алушыны ата-ана құқықтарынан айыруы немесе соттың ата-ана құқықтарын шектеуі",
    "Лишение судом услугополучателя родительских прав или ограничение судом в родительских правах",
    "A court has deprived the recipient of parental rights or restricted them",
    2829,
    2832,
  ),
  ground(
    4,
    "Өзiне Қазақстан Республикасының заңымен жүктелген мiндеттердi тиiсiнше орындамағаны үшiн қорғаншы немесе қамқоршы мiндеттерінен шеттетілуі",
    "Отстранение от обязанностей опекуна или попечителя за ненадлежащее выполнение возложенных на него законом обязанностей",
    "Removal as guardian or trustee for failing to perform the duties imposed by law",
    2833,
    2838,
  ),
  ground(
    5,
    "Бұрынғы бала асырап алушылардың кiнәсi бойынша бала асырап алудың күшiн жою туралы сот шешімі",
    "Решение суда об отмене усыновления по вине бывших усыновителей",
    "A court decision cancelling an adoption through the fault of the former adopters",
    2839,
    2842,
  ),
  ground(
    6,
    "Көрсетілетін қызметті алушының қорғаншы немесе қамқоршы мiндеттерін жүзеге асыруға кедергі келтіретін ауруының болуы",
    "Наличие у услугополучателя заболевания, препятствующего осуществлению обязанностей опекуна или попечителя",
    "The recipient has a disease that prevents performing the duties of guardian or trustee",
    2843,
    2847,
  ),
  ground(
    7,
    "Көрсетілетін қызметті алушының тұрақты тұратын жерінің жоқтығы",
    "Отсутствие у услугополучателя постоянного места жительства",
    "The recipient has no permanent place of residence",
    2848,
    2850,
  ),
  ground(
    8,
    "Қорғаншылықты (қамқоршылықты) белгілеу кезінде қасақана қылмыс жасағаны үшін жойылмаған немесе алынбаған соттылығының болуы, сондай-ақ осы тармақтың 13) тармақшасында аталған адамдар",
    "Наличие на момент установления опеки (попечительства) непогашенной или неснятой судимости за совершение умышленного преступления, а также лица, указанные в подпункте 13) настоящего пункта",
    "An unexpunged conviction for an intentional crime at the time guardianship (trusteeship) is established, and the persons named in sub-p. 13 of this paragraph",
    2851,
    2857,
  ),
  ground(
    9,
    "Көрсетілетін қызметті алушының азаматтығының болмауы",
    "Отсутствие у услугополучателя гражданства",
    "The recipient has no citizenship",
    2858,
    2860,
  ),
  ground(
    10,
    "Анасының қайтыс болуына немесе оның ата-ана құқығынан айырылуына байланысты баланың кемінде үш жыл іс жүзінде тәрбиелену жағдайларын қоспағанда, тіркелген некеде (ерлі-зайыптылықта) тұрмайтын ер жынысты адамның өтініші",
    "Заявление лица мужского пола, не состоящего в зарегистрированном браке (супружестве), за исключением случаев фактического воспитания ребенка не менее трех лет в связи со смертью матери или лишением ее родительских прав",
    "The applicant is a man not in a registered marriage, unless he has actually raised the child for at least three years because the mother died or lost her parental rights",
    2861,
    2868,
  ),
  ground(
    11,
    "Қорғаншылықты немесе қамқоршылықты белгілеу кезінде көрсетілетін қызметті алушының қамқорлыққа алынушыны Қазақстан Республикасының заңнамасында белгіленген ең төмен күнкөріс деңгейімен қамтамасыз ететін табысының болмауы",
    "Отсутствие у услугополучателя на момент установления опеки или попечительства дохода, обеспечивающего подопечному прожиточный минимум, установленный законодательством Республики Казахстан",
    "When guardianship is established the recipient has no income that secures the ward the subsistence minimum set by law",
    2869,
    2882,
  ),
  ground(
    12,
    "Көрсетілетін қызметті алушының наркологиялық немесе психоневрологиялық диспансерлерде есепте тұруы",
    "Состояние услугополучателя на учете в наркологическом или психоневрологическом диспансере",
    "The recipient is registered at a narcological or psychoneurological dispensary",
    2883,
    2886,
  ),
  ground(
    13,
    "Адам өлтіру, денсаулыққа қасақана зиян келтіру, халық денсаулығына және имандылыққа, жыныстық тиіспеушілікке қарсы қылмыстық құқық бұзушылықтары, экстремистік немесе террористік қылмыстары, адам саудасы үшін сотталғандығы бар немесе болған, қылмыстық қудалауға ұшырап отырған немесе ұшыраған адамдар (Қылмыстық-процестік кодекстің 35-бабы бірінші бөлігінің 1) және 2) тармақшалары негізінде өздеріне қатысты қылмыстық қудалау тоқтатылған адамдарды қоспағанда)",
    "Лица, имеющие или имевшие судимость, подвергающиеся или подвергавшиеся уголовному преследованию за убийство, умышленное причинение вреда здоровью, уголовные правонарушения против здоровья населения и нравственности, половой неприкосновенности, экстремистские или террористические преступления, торговлю людьми (за исключением лиц, уголовное преследование в отношении которых прекращено на основании подпунктов 1) и 2) части первой статьи 35 Уголовно-процессуального кодекса)",
    "Persons who have or had a conviction, or are or were prosecuted, for murder, intentional harm to health, offences against public health and morality or sexual integrity, extremist or terrorist crimes, or human trafficking (except those whose prosecution ended under art. 35 part 1 sub-pp. 1–2 of the Criminal Procedure Code)",
    2887,
    2904,
    "Criminal Procedure Code of the Republic of Kazakhstan, art. 35 part 1 sub-pp. 1–2 (exception)",
  ),
  ground(
    14,
    'Қазақстан Республикасының аумағында тұрақты тұратын, "Неке (ерлі-зайыптылық) және отбасы туралы" Кодекстің 91-бабының 4-тармағында белгіленген тәртіппен психологиялық даярлықтан өтпеген көрсетілетін қызметті алушылар (жақын туыстарын, туыстарын, өгей әкесін (өгей шешесін) қоспағанда)',
    "Услугополучатели, постоянно проживающие на территории Республики Казахстан, не прошедшие психологическую подготовку в порядке, установленном пунктом 4 статьи 91 Кодекса «О браке (супружестве) и семье» (за исключением близких родственников, родственников, отчима (мачехи))",
    "Recipients permanently living in the Republic of Kazakhstan who have not had the psychological preparation under art. 91 p. 4 of the Code on Marriage (Matrimony) and Family (except close relatives, relatives and step-parents)",
    2905,
    2916,
    "Code on Marriage (Matrimony) and Family, art. 91 p. 4",
  ),
  genericGround(
    "unreliable",
    15,
    KK_GENERIC.unreliable.replace("құжаттарының", "құжаттардың"),
    s(`${R9}, sub-p. 15`, 2917, 2923),
  ),
  genericGround("nla", 16, KK_GENERIC.nla, s(`${R9}, sub-p. 16`, 2924, 2933)),
  genericGround("negative_approval", 17, KK_GENERIC.negative_approval, s(`${R9}, sub-p. 17`, 2937, 2943)),
  genericGround("court_ban", 18, KK_GENERIC.court_ban, s(`${R9}, sub-p. 18`, 2944, 2950)),
  genericGround("special_right", 19, KK_GENERIC.special_right_verdict, s(`${R9}, sub-p. 19`, 2951, 2958)),
  genericGround("personal_data", 20, KK_GENERIC.personal_data, s(`${R9}, sub-p. 20`, 2959, 2969)),
];

// ------------------------------------------------------------------ procedures

function submit(channel: "state_corporation" | "portal"): Step {
  return {
    id: "submit-application",
    kind: "task",
    actor: "applicant",
    action:
      channel === "state_corporation"
        ? t(
            'Жеке тұлға "Азаматтарға арналған үкімет" мемлекеттік корпорациясына Қағидалардың 1-қосымшасына сәйкес нысан бойынша өтінішті Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттарды қоса бере отырып береді.',
            "Физическое лицо подает в Государственную корпорацию «Правительство для граждан» заявление по форме согласно приложению 1 к Правилам с приложением документов, предусмотренных Требованиями к оказанию государственной услуги.",
            'The individual files at the State Corporation "Government for Citizens" the application in the form of Rules annex 1 with the documents listed in the service requirements.',
          )
        : t(
            "Жеке тұлға портал арқылы Қағидалардың 1-қосымшасына сәйкес нысан бойынша өтінішті Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттардың электрондық көшірмелерін қоса бере отырып береді.",
            "Физическое лицо подает через портал заявление по форме согласно приложению 1 к Правилам с приложением электронных копий документов, предусмотренных Требованиями к оказанию государственной услуги.",
            "The individual files through the portal the application in the form of Rules annex 1 with electronic copies of the documents listed in the service requirements.",
          ),
    duration: null,
    output: t("Өтініш берілді", "Заявление подано", "Application filed"),
    outputDocument: "application",
    source: s(`${RULES} p. 3`, 407, 417),
  };
}

const issueOrder: Step = {
  id: "issue-order",
  kind: "task",
  actor: "head",
  action: t(
    "Көрсетілетін қызметті беруші 8 (сегіз) жұмыс күні ішінде Қағидалардың 5-қосымшасына сәйкес нысан бойынша аудандар мен облыстық маңызы бар қалалардың, республикалық маңызы бар қалалардың білім бөлімінің (басқармасының) қамқоршылық немесе қорғаншылық белгілеу туралы бұйрығын шығарады.",
    "Услугодатель в течение 8 (восьми) рабочих дней издает приказ отдела (управления) образования районов, городов областного и республиканского значения об установлении опеки или попечительства по форме согласно приложению 5 к Правилам.",
    "Within 8 working days the provider issues the order of the education division (department) of the district, city of regional or republican significance establishing guardianship or trusteeship, in the form of Rules annex 5.",
  ),
  duration: workingDays(8),
  output: t(
    "Қамқоршылық немесе қорғаншылық белгілеу туралы бұйрық",
    "Приказ об установлении опеки или попечительства",
    "Order establishing guardianship or trusteeship",
  ),
  outputDocument: "order",
  source: s(`${RULES} p. 11, part 1`, 419, 424, "8 (сегіз) жұмыс күні ішінде"),
};

const hearing = (finalNext: string) =>
  hearingBranch({
    preliminary: s(`${RULES} p. 11, part 2`, 425, 433),
    hearing: s(`${RULES} p. 11, part 3`, 434),
    final: {
      duration: workingDays(2),
      action: t(
        'Тыңдау нәтижелері бойынша көрсетілетін қызметті алушыға 2 (екі) жұмыс күні ішінде оң нәтиже не мемлекеттік қызметті көрсетуден дәлелді бас тарту көрсетілетін қызметті алушының "жеке кабинетіне" не Мемлекеттік корпорацияға жіберіледі.',
        "По результатам заслушивания в течение 2 (двух) рабочих дней положительный результат либо мотивированный отказ в оказании государственной услуги направляется в «личный кабинет» услугополучателя либо в Государственную корпорацию.",
        "After the hearing, within 2 working days, the positive result or a reasoned refusal is sent to the recipient's personal cabinet or to the State Corporation.",
      ),
      source: s(`${RULES} p. 11, part 4`, 435, 437, "2 (екі) жұмыс күні"),
      next: finalNext,
    },
  });

const procedures: VersionInput["procedures"] = [
  {
    id: "state-corporation",
    channel: "state_corporation",
    title: t(
      "Қамқоршылық немесе қорғаншылық белгілеу: Мемлекеттік корпорация арқылы",
      "Установление опеки или попечительства: через Государственную корпорацию",
      "Establishing guardianship or trusteeship: through the State Corporation",
    ),
    source: s(`${RULES} pp. 3, 11; list annexes 6–7`, 407, 3046),
    steps: [
      submit("state_corporation"),
      {
        id: "check-completeness",
        kind: "decision",
        actor: "state_corporation_operator",
        action: t(
          "Ұсынылған құжаттар топтамасы мемлекеттік қызмет көрсетуге қойылатын талаптарында көзделген тізбеге сәйкес толық па?",
          "Полон ли представленный пакет документов согласно перечню, предусмотренному требованиями к оказанию государственной услуги?",
          "Is the package complete against the list in the service requirements?",
        ),
        duration: null,
        output: null,
        ifNo: "issue-refusal-receipt",
        source: s(`${A7}, receipt text`, 3029, 3037),
      },
      {
        id: "check-originals",
        kind: "task",
        actor: "state_corporation_operator",
        action: t(
          "Құжаттардың түпнұсқаларын тексереді, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады.",
          "Сверяет оригиналы документов, после чего оригиналы возвращаются услугополучателю.",
          "Checks the original documents, which are then returned to the recipient.",
        ),
        duration: null,
        output: t("Түпнұсқалар қайтарылды", "Оригиналы возвращены", "Originals returned"),
        source: s(`${R8}, State Corporation`, 2676, 2679),
      },
      noRefusalGroundsDecision(
        "no-refusal-grounds",
        "responsible_executor",
        s(`${RULES} p. 11, parts 1–2`, 419, 429),
      ),
      issueOrder,
      {
        id: "issue-result",
        kind: "task",
        actor: "state_corporation_operator",
        action: t(
          "Мемлекеттік корпорация мемлекеттік қызмет көрсетудің нәтижесін береді.",
          "Государственная корпорация выдает результат оказания государственной услуги.",
          "The State Corporation hands over the result of the service.",
        ),
        duration: null,
        output: t("Нәтиже берілді", "Результат выдан", "Result issued"),
        next: "end",
        source: s(`${A6}, row 2, sub-p. 1`, 2408, 2415),
      },
      ...hearing("issue-result"),
      {
        id: "issue-refusal-receipt",
        kind: "task",
        actor: "state_corporation_operator",
        action: t(
          '"Мемлекеттік көрсетілетін қызметтер туралы" Заңның 20-бабының 2-тармағын басшылыққа алып, құжаттар топтамасының толық болмауына байланысты құжаттарды қабылдаудан бас тартады және жоқ құжаттардың атауы көрсетілген қолхатты әр тарапқа біреуден 2 данада жасайды.',
          "Руководствуясь пунктом 2 статьи 20 Закона «О государственных услугах», отказывает в приеме документов в связи с неполнотой пакета и составляет расписку с указанием наименований отсутствующих документов в 2 экземплярах, по одному для каждой стороны.",
          "Under art. 20 p. 2 of the Law on State Services, refuses to accept the documents because the package is incomplete and draws up the receipt naming the missing documents in 2 copies, one for each party.",
        ),
        duration: null,
        output: t(
          "Құжаттарды қабылдаудан бас тарту туралы қолхат",
          "Расписка об отказе в приеме документов",
          "Receipt of refusal to accept documents",
        ),
        outputDocument: "refusal_to_accept_receipt",
        next: "end",
        source: s(`${A7}, receipt`, 3027, 3046),
      },
    ],
  },
  {
    id: "portal",
    channel: "portal",
    title: t(
      "Қамқоршылық немесе қорғаншылық белгілеу: портал арқылы",
      "Установление опеки или попечительства: через портал",
      "Establishing guardianship or trusteeship: through the portal",
    ),
    source: s(`${RULES} pp. 3, 11`, 407, 437),
    steps: [
      submit("portal"),
      noRefusalGroundsDecision(
        "no-refusal-grounds",
        "responsible_executor",
        s(`${RULES} p. 11, parts 1–2`, 419, 429),
      ),
      issueOrder,
      {
        id: "send-to-cabinet",
        kind: "task",
        actor: "portal",
        action: t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат оказания государственной услуги направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet.",
        ),
        duration: null,
        output: t(
          "Нәтиже жеке кабинетке жіберілді",
          "Результат направлен в личный кабинет",
          "Result sent to the personal cabinet",
        ),
        next: "end",
        source: s(`${A6}, row 5`, 2462, 2466),
      },
      ...hearing("end"),
    ],
  },
];

// ------------------------------------------------------------------ version

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ORDER_414,
  amendedBy: [ORDER_188],
  implementsStandard: null,
  effective: effective414(
    "This version is the Rules of the service approved by MES order No. 158 of 24 April 2020 (reg. No. 20478) as " +
      "amended by order 414 (list item 3: pp. 3, 11 and 16-1, Rules annexes 2 and 3 restated by list annexes 6 and " +
      `7). ${NOTE_188}`,
  ),
  source: s(
    "List item 3, guardianship-establishment Rules (lines 400–457), and list annexes 6–7 (lines 2371–3047)",
    400,
    3047,
  ),
  titleInAct: t(
    "Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу",
    "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей",
    "Establishing trusteeship or guardianship over an orphan (orphans) and a child (children) left without parental care",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(`${R8}, portal, sub-p. 1`, 2680, 2690, "бір рет пайдаланатын пароль арқылы куәландырылған"),
    },
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім беру басқармалары, аудандардың, облыстық маңызы бар қалалардың білім беру бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов, городов областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of districts and cities of regional significance",
      ),
      source: s(`${A6}, row 1`, 2394, 2402),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A6}, row 2, sub-p. 1`, 2411, 2415) },
      { channel: "portal", source: s(`${A6}, row 2, sub-p. 2`, 2416, 2419) },
    ],
    terms: [
      {
        channel: null,
        duration: workingDays(19),
        condition: t(
          "Мемлекеттік корпорацияға құжаттарды тапсырған сәттен бастап, сондай-ақ портал арқылы өтініш жасаған кезде",
          "С момента сдачи документов в Государственную корпорацию, а также при обращении через портал",
          "From the moment the documents are handed to the State Corporation, and when applying through the portal",
        ),
        source: s(`${A6}, row 3, sub-p. 1`, 2425, 2429, "19 (он тоғыз) жұмыс күні"),
      },
    ],
    queue: [
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 15,
        source: s(`${A6}, row 3, sub-pp. 2–3`, 2430, 2437),
      },
    ],
    forms: { values: ["electronic_partially_automated", "paper"], source: s(`${A6}, row 4`, 2439, 2444) },
    results: [
      {
        id: "guardianship-order",
        kind: "order",
        title: t(
          "Аудандар мен облыстық маңызы бар қалалардың, республикалық маңызы бар қалалардың және астананың білім бөлімінің (басқармасының) қамқоршылық немесе қорғаншылық белгілеу туралы бұйрығы",
          "Приказ отдела (управления) образования районов, городов областного и республиканского значения и столицы об установлении опеки или попечительства",
          "Order of the education division (department) of the district, city of regional or republican significance or the capital establishing guardianship or trusteeship",
        ),
        form: "Guardianship-establishment Rules annex 5 (Rules p. 11)",
        source: s(`${A6}, row 5`, 2450, 2456),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Талаптардың 9-тармағында көзделген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги по основаниям, предусмотренным пунктом 9 Требований",
          "Reasoned answer refusing the service on the grounds of p. 9 of the requirements",
        ),
        source: s(`${A6}, row 5`, 2456, 2462),
      },
      {
        id: "refusal-to-accept-receipt",
        kind: "refusal_to_accept_receipt",
        title: t(
          "Құжаттарды қабылдаудан бас тарту туралы қолхат",
          "Расписка об отказе в приеме документов",
          "Receipt of refusal to accept documents",
        ),
        form: "Guardianship-establishment Rules annex 3 (order 414 list annex 7)",
        source: s(`${A7}`, 3008, 3046),
      },
    ],
    delivery: [
      {
        text: t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат оказания государственной услуги направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet.",
        ),
        source: s(`${A6}, row 5`, 2462, 2466),
      },
      {
        text: t(
          'Тыңдау нәтижелері бойынша оң нәтиже не дәлелді бас тарту көрсетілетін қызметті алушының "жеке кабинетіне" не Мемлекеттік корпорацияға жіберіледі.',
          "По результатам заслушивания положительный результат либо мотивированный отказ направляется в «личный кабинет» услугополучателя либо в Государственную корпорацию.",
          "After a hearing, the positive result or the reasoned refusal goes to the recipient's personal cabinet or to the State Corporation.",
        ),
        source: s(`${RULES} p. 11, part 4`, 435, 437),
      },
    ],
    fee: {
      free: true,
      text: t("Тегін", "Бесплатно", "Free of charge"),
      source: s(`${A6}, row 6`, 2467, 2476),
    },
    schedules: [
      providerSchedule(s(`${A6}, row 7, sub-p. 1`, 2485, 2493)),
      {
        who: "state_corporation",
        calendar: "state-corporation",
        text: t(
          'Еңбек заңнамасына сәйкес жексенбі және мереке күндерін қоспағанда, дүйсенбі мен сенбіні қоса алғанда белгіленген жұмыс кестесіне сәйкес сағат 9.00-ден 20.00-ге дейін, түскі үзіліссіз. Қабылдау "электрондық" кезек тәртібімен, көрсетілетін қызметті алушының тіркелген жері бойынша немесе қорғаншылыққа мұқтаж кәмелетке толмаған баланың тіркелген жері бойынша жеделдетілген қызмет көрсетусіз жүзеге асырылады, портал арқылы электрондық кезекті "броньдауға" болады.',
          "С понедельника по субботу включительно, в соответствии с установленным графиком работы с 9.00 до 20.00 часов без перерыва на обед, кроме воскресенья и праздничных дней согласно трудовому законодательству. Прием осуществляется в порядке «электронной» очереди по месту регистрации услугополучателя либо по месту регистрации несовершеннолетнего, нуждающегося в опеке, без ускоренного обслуживания; возможно «бронирование» электронной очереди посредством портала.",
          "Monday to Saturday, 9.00–20.00 under the set schedule with no lunch break, except Sundays and holidays under the labour legislation. Reception is by electronic queue at the recipient's place of registration or at that of the minor who needs guardianship, with no expedited service; the queue can be booked through the portal.",
        ),
        source: s(`${A6}, row 7, sub-p. 2`, 2494, 2510),
      },
      portalSchedule(s(`${A6}, row 7, sub-p. 3`, 2511, 2523)),
    ],
    documents: [...scDocs, ...portalDocs],
    documentsRef: null,
    refusalGrounds,
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          '"Бір өтініш" қағидаты бойынша электрондық (ішінара автоматтандырылған)/қағаз түрінде көрсетілетін қызмет.',
          "Услуга оказывается в электронной (частично автоматизированной)/бумажной форме по принципу «одного заявления».",
          'The service is rendered electronically (partially automated) or on paper on the "one application" principle.',
        ),
        source: s(`${A6}, row 4`, 2439, 2444),
      },
      serviceAddresses(`${A6}, row 7`, 2524, 2533),
      {
        text: t(
          "Құжаттар тексеру үшін түпнұсқада ұсынылады, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады.",
          "Документы представляются в оригиналах для сверки, после чего оригиналы возвращаются услугополучателю.",
          "Documents are presented in the original for checking, after which the originals are returned to the recipient.",
        ),
        source: s(`${R8}, State Corporation`, 2676, 2679),
      },
      {
        text: t(
          "Бала (балалар) жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларға арналған білім беру ұйымдарында тұрған жағдайда баланың (балалардың) туу туралы куәлігін және тізбенің 7) тармақшасында көрсетілген құжаттарды ұсыну талап етілмейді.",
          "Если ребенок (дети) находится в организации образования для детей-сирот и детей, оставшихся без попечения родителей, представление свидетельства о рождении ребенка (детей) и документов, указанных в подпункте 7) перечня, не требуется.",
          "If the child lives in an education organisation for orphans and children without parental care, the birth certificate and the documents of sub-p. 7 of the list are not required.",
        ),
        source: s(`${R8}`, 2788, 2799),
      },
      {
        text: t(
          '"Неке (ерлі-зайыптылық) және отбасы туралы" Кодекстің 122-бабының 1-тармағына сәйкес қорғаншылық немесе қамқоршылық жөніндегі функцияларды жүзеге асыратын органдар баланы отбасына тәрбиелеуге қабылдаған кезден бастап күнтізбелік бір жыл ішінде даярлықтан өту шартымен туыстарына, өгей әкесіне (өгей шешесіне) психологиялық даярлықтан өткізбестен қорғаншылықты немесе қамқоршылықты белгілеуге құқылы.',
          "В соответствии с пунктом 1 статьи 122 Кодекса «О браке (супружестве) и семье» органы, осуществляющие функции по опеке или попечительству, вправе устанавливать опеку или попечительство над детьми-сиротами и детьми, оставшимися без попечения родителей, родственникам, отчиму (мачехе) без прохождения психологической подготовки при условии ее прохождения в течение одного календарного года с момента принятия ребенка на воспитание в семью.",
          "Under art. 122 p. 1 of the Code on Marriage (Matrimony) and Family, guardianship bodies may appoint relatives or a step-parent as guardian or trustee without the psychological preparation, on condition that they complete it within one calendar year from taking the child into the family.",
        ),
        source: s(`${R8}`, 2800, 2818),
      },
      preliminaryRefusalRequirement(`${RULES} p. 11, parts 2–3`, 425, 434),
      monitoringRequirement(`${RULES} p. 16-1`, 439, 455),
      contactAndDigitalDocuments(`${A6}, row 10`, 2979, 3005),
    ],
  },
  procedures,
  contradictions: [
    {
      id: "term-19-vs-order-8",
      kind: "internal",
      text: t(
        "Стандарттың 3-жолында қызмет көрсету мерзімі 19 жұмыс күні, ал Қағидалардың 11-тармағында бұйрық 8 жұмыс күні ішінде шығарылады; екі мерзімнің арасындағы 11 жұмыс күнін актінің ешбір рәсімі толтырмайды.",
        "В строке 3 стандарта срок оказания услуги — 19 рабочих дней, а по пункту 11 Правил приказ издается в течение 8 рабочих дней; разницу в 11 рабочих дней не заполняет ни одна процедура акта.",
        "Standard row 3 sets the term at 19 working days, while Rules p. 11 has the order issued within 8 working days; no procedure of the act accounts for the 11 working days between them.",
      ),
      sources: [
        s(`${A6}, row 3, sub-p. 1`, 2425, 2429, "19 (он тоғыз) жұмыс күні"),
        s(`${RULES} p. 11, part 1`, 419, 424, "8 (сегіз) жұмыс күні ішінде"),
      ],
    },
    {
      id: "moj-order-112-date",
      kind: "internal",
      text: t(
        "Әділет министрінің № 112 бұйрығы осы стандартта 2015 жылғы 28 ақпандағы, ал 5-қосымшада (мүлікке иелік ету анықтамасының стандартында) 2015 жылғы 25 ақпандағы деп көрсетілген.",
        "Приказ Министра юстиции № 112 датирован в этом стандарте 28 февраля 2015 года, а в приложении 5 (стандарт справок по имуществу) — 25 февраля 2015 года.",
        "MoJ order No. 112 is dated 28 February 2015 in this standard but 25 February 2015 in list annex 5 (the property-certificate standard).",
      ),
      sources: [
        s(`${R8}, State Corporation, sub-p. 7`, 2631, 2633),
        s("List annex 5, row 8, sub-p. 3", 2210, 2212),
      ],
    },
    {
      id: "portal-original-birth-certificate",
      kind: "other",
      text: t(
        'Портал арқылы берілетін құжаттардың 5) тармақшасы баланың туу туралы куәлігінің электрондық көшірмесін сұрайды, бірақ "түпнұсқасы сәйкестендіру үшін талап етіледі" дейді; порталда түпнұсқаны көрсету тәсілі айтылмаған.',
        "Подпункт 5) перечня для портала требует электронную копию свидетельства о рождении ребенка, но указывает, что «оригинал требуется для идентификации»; способ предъявления оригинала при подаче через портал не указан.",
        'Portal sub-p. 5 asks for an electronic copy of the birth certificate yet says "the original is required for identification"; the act does not say how an original is shown on the portal.',
      ),
      sources: [s(`${R8}, portal, sub-p. 5`, 2719, 2726)],
    },
    {
      id: "exemption-mentions-provider",
      kind: "other",
      text: t(
        'Ерекшелік туралы ереже "көрсетілетін қызметті берушіге және Мемлекеттік корпорацияға тапсырылатын" тізбеге сілтейді, бірақ қызметтің арналары тек Мемлекеттік корпорация мен портал; көрсетілетін қызметті берушіге тапсыру тәсілі жоқ.',
        "Положение об исключении ссылается на перечень, «сдаваемый услугодателю и в Государственную корпорацию», тогда как способы подачи — только Государственная корпорация и портал; подачи услугодателю нет.",
        'The exemption refers to the list "handed to the provider and to the State Corporation", although the only channels are the State Corporation and the portal; there is no filing with the provider.',
      ),
      sources: [s(`${R8}`, 2788, 2799), s(`${A6}, row 2`, 2408, 2419)],
    },
  ],
};
