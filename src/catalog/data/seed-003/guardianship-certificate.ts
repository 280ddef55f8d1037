/**
 * Certificates on guardianship and trusteeship — Rules of MES order No. 158 of 24 April 2020 as amended by
 * order No. 414 (list item 3, pp. 3 and 7-1, lines 301–346) and their annex 2 restated by list annex 4
 * (lines 1868–2072).
 */
import type { VersionInput } from "../build.ts";
import { minutes, t } from "../build.ts";
import {
  doc,
  effective414,
  genericGround,
  ISSUER,
  KK_GENERIC,
  monitoringRequirement,
  NOTE_188,
  ORDER_188,
  ORDER_414,
  portalSchedule,
  providerSchedule,
  s,
  serviceAddresses,
} from "./common-a.ts";

const A4 = "List annex 4 (Guardianship-certificate Rules annex 2)";
const R9 = `${A4}, row 9`;

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ORDER_414,
  amendedBy: [ORDER_188],
  implementsStandard: null,
  effective: effective414(
    "This version is the Rules of the service approved by MES order No. 158 of 24 April 2020 (reg. No. 20478) as " +
      `amended by order 414 (list item 3: pp. 3 and 7-1, Rules annex 2 restated by list annex 4). ${NOTE_188}`,
  ),
  source: s(
    "List item 3, guardianship-certificate Rules (lines 301–346), and list annex 4 (lines 1868–2072)",
    301,
    2072,
  ),
  titleInAct: t(
    "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру",
    "Выдача справок по опеке и попечительству",
    "Issuance of certificates on guardianship and trusteeship",
  ),
  variants: [],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(
        "Guardianship-certificate Rules p. 3, part 1",
        304,
        311,
        "бір рет пайдаланатын құпия сөзбен куәландырылған",
      ),
    },
    provider: {
      kinds: ["regional_education_department", "district_education_department"],
      description: t(
        "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері",
        "Управления образования городов республиканского значения и столицы, отделы образования районов, городов областного значения",
        "Education departments of the cities of republican significance and the capital; education divisions of districts and cities of regional significance",
      ),
      source: s(`${A4}, row 1`, 1885, 1893),
    },
    channels: [{ channel: "portal", source: s(`${A4}, row 2`, 1895, 1903) }],
    terms: [
      { channel: "portal", duration: minutes(30), source: s(`${A4}, row 3`, 1905, 1908, "30 (отыз) минут") },
    ],
    queue: [],
    forms: { values: ["electronic_fully_automated"], source: s(`${A4}, row 4`, 1910, 1911) },
    results: [
      {
        id: "guardianship-certificate",
        kind: "certificate",
        title: t(
          "Қорғаншылық және қамқоршылық туралы анықтама",
          "Справка об опеке и попечительстве",
          "Certificate on guardianship and trusteeship",
        ),
        source: s(`${A4}, row 5`, 1913, 1914),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Талаптардың 9-тармағында көзделген жағдайларда және негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом 9 Требований",
          "Reasoned answer refusing the service in the cases and on the grounds of p. 9 of the requirements",
        ),
        source: s(`${A4}, row 5`, 1913, 1928),
      },
    ],
    delivery: [
      {
        text: t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат оказания государственной услуги направляется и хранится в «личном кабинете» услугополучателя.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet.",
        ),
        source: s(`${A4}, row 5`, 1929, 1933),
      },
    ],
    fee: {
      free: true,
      text: t("Тегін", "Бесплатно", "Free of charge"),
      source: s(`${A4}, row 6`, 1935, 1946),
    },
    schedules: [
      providerSchedule(s(`${A4}, row 7, sub-p. 1`, 1955, 1963)),
      portalSchedule(s(`${A4}, row 7, sub-p. 2`, 1964, 1976)),
    ],
    documents: [
      doc(
        "application",
        ["portal"],
        t(
          "Белгіленген нысандағы өтініш (Қағидалардың 1-қосымшасы)",
          "Заявление установленной формы (приложение 1 к Правилам)",
          "Application in the set form (Rules annex 1)",
        ),
        s(`${A4}, row 8`, 1985, 1992),
      ),
    ],
    documentsRef: null,
    refusalGrounds: [
      genericGround("unreliable", 1, KK_GENERIC.unreliable, s(`${R9}, sub-p. 1`, 1994, 2004)),
      {
        n: 2,
        text: t(
          '"Мемлекеттің қорғаншылық және қамқоршылық жөніндегі функцияларын жүзеге асыру қағидаларын бекіту туралы" Қазақстан Республикасы Үкіметінің 2012 жылғы 30 наурыздағы № 382 қаулысында белгіленген талаптарға көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың, объектілердің, мемлекеттік қызмет көрсету үшін қажетті деректер мен мәліметтердің сәйкес келмеуі',
          "Несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых для оказания государственной услуги, требованиям, установленным постановлением Правительства Республики Казахстан от 30 марта 2012 года № 382 «Об утверждении Правил осуществления функций государства по опеке и попечительству»",
          "The recipient and (or) the materials, objects, data and information submitted do not meet the requirements of Government Decree No. 382 of 30 March 2012 approving the Rules for exercising the state's guardianship and trusteeship functions",
        ),
        provision: "Government Decree of the Republic of Kazakhstan No. 382 of 30 March 2012",
        source: s(`${R9}, sub-p. 2`, 2005, 2018),
      },
      genericGround("nla", 3, KK_GENERIC.nla, s(`${R9}, sub-p. 3`, 2019, 2028)),
      genericGround("court_ban", 4, KK_GENERIC.court_ban, s(`${R9}, sub-p. 4`, 2029, 2035)),
      genericGround("special_right", 5, KK_GENERIC.special_right_decision, s(`${R9}, sub-p. 5`, 2036, 2042)),
      genericGround("personal_data", 6, KK_GENERIC.personal_data, s(`${R9}, sub-p. 6`, 2043, 2053)),
    ],
    refusalGroundsRef: null,
    otherRequirements: [
      serviceAddresses(`${A4}, row 7`, 1977, 1983),
      monitoringRequirement("Guardianship-certificate Rules p. 7-1", 331, 344),
      {
        text: t(
          'Көрсетілетін қызметті алушының мемлекеттік қызметті көрсету тәртібі мен мәртебесі туралы ақпаратты қашықтықтан қол жеткізу режимінде порталдағы "жеке кабинеті", көрсетілетін қызметті берушінің анықтамалық қызметтері, сондай-ақ "1414", 8-800-080-7777 Бірыңғай байланыс орталығы арқылы алуға мүмкіндігі бар.',
          "Услугополучатель имеет возможность получать информацию о порядке и статусе оказания государственной услуги в режиме удаленного доступа посредством «личного кабинета» на портале, справочных служб услугодателя, а также Единого контакт-центра «1414», 8-800-080-7777.",
          "The recipient can follow the procedure and status of the service remotely in the portal's personal cabinet, through the provider's help desks and through the Unified Contact Centre 1414, 8-800-080-7777.",
        ),
        source: s(`${A4}, row 10`, 2054, 2070),
      },
    ],
  },
  procedures: [
    {
      id: "portal",
      channel: "portal",
      title: t(
        "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру: портал арқылы",
        "Выдача справок по опеке и попечительству: через портал",
        "Certificates on guardianship and trusteeship: through the portal",
      ),
      source: s("Guardianship-certificate Rules p. 3; list annex 4, rows 2–5", 304, 1933),
      steps: [
        {
          id: "submit-application",
          kind: "task",
          actor: "applicant",
          action: t(
            "Жеке тұлға портал арқылы Қағидалардың 1-қосымшасына сәйкес нысан бойынша ЭЦҚ қойылған немесе бір рет пайдаланатын құпия сөзбен куәландырылған өтініш береді.",
            "Физическое лицо подает через портал заявление по форме согласно приложению 1 к Правилам, подписанное ЭЦП или удостоверенное одноразовым паролем.",
            "The individual files through the portal the application in the form of Rules annex 1, signed with an EDS or certified with a one-time password.",
          ),
          duration: null,
          output: t("Өтініш берілді", "Заявление подано", "Application filed"),
          outputDocument: "application",
          source: s("Guardianship-certificate Rules p. 3, part 1", 304, 311),
        },
        {
          id: "no-refusal-grounds",
          kind: "decision",
          check: "guardianship-record-exists",
          actor: "information_system",
          action: t(
            "Талаптардың 9-тармағында көзделген бас тарту негіздері жоқ па?",
            "Отсутствуют ли основания для отказа, предусмотренные пунктом 9 Требований?",
            "Are there no grounds for refusal under p. 9 of the requirements?",
          ),
          duration: null,
          output: null,
          ifNo: "send-refusal",
          source: s(`${A4}, rows 5 and 9`, 1913, 2053),
        },
        {
          id: "send-certificate",
          kind: "task",
          actor: "portal",
          action: t(
            'Қорғаншылық және қамқоршылық туралы анықтама көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі.',
            "Справка об опеке и попечительстве направляется в «личный кабинет» услугополучателя.",
            "The certificate on guardianship and trusteeship is sent to the recipient's personal cabinet.",
          ),
          duration: null,
          output: t(
            "Қорғаншылық және қамқоршылық туралы анықтама",
            "Справка об опеке и попечительстве",
            "Certificate on guardianship and trusteeship",
          ),
          outputDocument: "certificate",
          next: "end",
          source: s(`${A4}, row 5`, 1913, 1933),
        },
        {
          id: "send-refusal",
          kind: "task",
          actor: "portal",
          action: t(
            'Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі.',
            "Мотивированный ответ об отказе в оказании государственной услуги направляется в «личный кабинет» услугополучателя.",
            "The reasoned refusal is sent to the recipient's personal cabinet.",
          ),
          duration: null,
          output: t("Дәлелді бас тарту", "Мотивированный отказ", "Reasoned refusal"),
          outputDocument: "reasoned_refusal",
          next: "end",
          source: s(`${A4}, row 5`, 1913, 1933),
        },
      ],
    },
  ],
  contradictions: [
    {
      id: "service-title-singular",
      kind: "other",
      text: t(
        'Қағидалардың 3-тармағының бірінші бөлігінде және стандарттың тақырыбында қызмет "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру" деп, ал 3-тармақтың екінші бөлігінде стандарттың атауы "Қорғаншылық және қамқоршылық жөнінде анықтама беру" (жекеше түрде) деп берілген.',
        "В части первой пункта 3 Правил и в заголовке стандарта услуга названа «Выдача справок по опеке и попечительству», а в части второй пункта 3 перечень требований назван «Выдача справки по опеке и попечительству» (в единственном числе).",
        'Rules p. 3 part 1 and the standard heading say "…анықтамалар беру" (certificates), while p. 3 part 2 names the standard "…анықтама беру" (certificate, singular).',
      ),
      sources: [
        s("Guardianship-certificate Rules p. 3, part 1", 304, 305),
        s("Guardianship-certificate Rules p. 3, part 2", 325, 329),
        s(`${A4}, heading`, 1882, 1883),
      ],
    },
  ],
};
