/** Seed 002, regulation 1 (lines 78–189): certificates on guardianship and trusteeship. */
import { t, type VersionInput } from "../build.ts";
import {
  ACT,
  clerkRegister,
  clerkSendToSc,
  consentRequirement,
  D,
  decision,
  documentsRefP9,
  EFFECTIVE,
  educationProvider,
  executorPrepare,
  handbookRequirement,
  headAssign,
  headSign,
  ISSUER,
  OUT,
  PREP,
  paperCopyDelivery,
  portalAssign,
  portalDelivery,
  portalRegister,
  portalSendResult,
  portalSign,
  presentationForm,
  procTitle,
  Q,
  reasonedRefusalResult,
  ref,
  refusalGroundsRef,
  refusalToAcceptRequirement,
  type StepIn,
  s,
  scAccept,
  scCheckPackage,
  scConsent,
  scIssue,
  scPortalChannels,
  scRefuse,
  scSubmit,
  scTransfer,
  standard198,
  step,
} from "./common-a.ts";

const R = 1;

const TITLE = t(
  "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру",
  "Выдача справок по опеке и попечительству",
  "Issuing certificates on guardianship and trusteeship",
);

const CERTIFICATE = PREP.certificate.sign;

const DATA_IN_IS = t(
  "Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу жөніндегі деректер ақпараттық жүйеде бар ма?",
  "Имеются ли в информационной системе сведения об установлении опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей?",
  "Are the data on the establishment of guardianship or trusteeship over the orphan / child left without parental care in the information system?",
);

/** Portal fallback steps (p. 9, second list 1)–5)) get their own ids and references. */
function fallback(st: StepIn, id: string, k: number): StepIn {
  return {
    ...st,
    id,
    source: {
      ...st.source,
      ref: ref(R, `p. 9 (no guardianship data in the information systems), sub-p. ${k}`),
    },
  };
}

const scSteps: StepIn[] = [
  scSubmit(R, 107),
  decision(
    "s2-check-data",
    "2",
    "state_corporation_operator",
    DATA_IN_IS,
    "s2-check-package",
    s(ref(R, "p. 6, sub-p. 2"), 109, 111),
  ),
  step(
    "s2-print",
    "2",
    "state_corporation_operator",
    t(
      "Мемлекеттік корпорация қызметкері құжаттарды тіркейді, анықтаманы ақпараттық жүйесінен басып шығарады және көрсетілетін қызметті алушыға береді",
      "Работник Государственной корпорации регистрирует документы, распечатывает справку из информационной системы и выдает ее услугополучателю",
      "The State Corporation employee registers the documents, prints the certificate from the information system and hands it to the applicant",
    ),
    D.min5,
    t("Анықтама беру", "Выдача справки", "Certificate issued"),
    s(ref(R, "p. 6, sub-p. 2"), 109, 109, Q.min5),
    { outputDocument: "certificate", next: "end" },
  ),
  scCheckPackage(R, 113),
  scAccept(R, 111, 113),
  scConsent(R, 115),
  scTransfer(R, 117),
  clerkRegister(R, "4", 119),
  headAssign(R, "5", 121),
  executorPrepare(R, "s6-prepare", "6", "p. 6, sub-p. 6", 123, "certificate", "wd2"),
  headSign(R, "7", 125, CERTIFICATE, "clerk"),
  clerkSendToSc(R, "8", 127),
  scIssue(R, "9", 129),
  scRefuse(R, 113, 3),
];

const portalSteps: StepIn[] = [
  step(
    "p1-signup",
    "1",
    "applicant",
    t(
      "Көрсетілетін қызметті алушы ЖСН мен парольдің көмегі арқылы порталда тіркелуді жүзеге асырады (порталда тіркелмеген көрсетілетін қызметті алушылар үшін)",
      "Услугополучатель проходит регистрацию на портале с помощью ИИН и пароля (для услугополучателей, не зарегистрированных на портале)",
      "The applicant registers on the portal with the IIN and a password (only applicants not yet registered on the portal)",
    ),
    null,
    null,
    s(ref(R, "p. 9, sub-p. 1"), 151),
  ),
  step(
    "p2-login",
    "2",
    "applicant",
    t(
      "Мемлекеттік қызметті алу үшін порталда ЖСН және парольді (расталу үдерісі) енгізеді (актіде: «көрсетілетін қызметті беруші»)",
      "Для получения государственной услуги вводит на портале ИИН и пароль (процесс авторизации) (в акте: «услугодатель»)",
      'Enters the IIN and password on the portal to obtain the service (authorisation); the act says "the service provider" does this, evidently meaning the applicant',
    ),
    null,
    null,
    s(ref(R, "p. 9, sub-p. 2"), 153),
  ),
  decision(
    "p3-check-user",
    "3",
    "portal",
    t(
      "Порталда ЖСН және пароль арқылы тіркелген көрсетілетін қызметті алушы туралы деректер шынайы ма?",
      "Подлинны ли данные об услугополучателе, зарегистрированном на портале через ИИН и пароль?",
      "Are the data of the applicant registered on the portal with the IIN and password authentic?",
    ),
    "end",
    s(ref(R, "p. 9, sub-p. 3"), 155),
    "portal-authenticated",
  ),
  step(
    "p4-fill-request",
    "4",
    "applicant",
    t(
      'Көрсетілетін қызметті алушы "Қорғаншылық және қамқоршылық жөнінде анықтама беру" қызметін таңдайды, экранға шыққан электронды сұраныс нысанын оның құрылымы мен форматтық талаптарын ескере отырып толтырады (деректерді енгізу)',
      "Услугополучатель выбирает услугу «Выдача справки по опеке и попечительству», на экран выводится форма электронного запроса, которую он заполняет с учетом ее структуры и форматных требований (ввод данных)",
      'The applicant chooses the service "Issuing a certificate on guardianship and trusteeship"; the e-request form appears on screen and the applicant fills it in, observing its structure and format requirements (data entry)',
    ),
    null,
    null,
    s(ref(R, "p. 9, sub-p. 4"), 157),
  ),
  step(
    "p5-sign-request",
    "5",
    "applicant",
    t(
      "Көрсетілетін қызметті алушы өзінің ЭЦҚ-сы арқылы толтырылған сұраныстың нысанына қол қояды",
      "Услугополучатель подписывает заполненную форму запроса своей ЭЦП",
      "The applicant signs the completed request form with the applicant's EDS",
    ),
    null,
    null,
    s(ref(R, "p. 9, sub-p. 5"), 159),
    { outputDocument: "application" },
  ),
  decision(
    "p6-check-eds",
    "6",
    "portal",
    t(
      "ЭЦҚ тіркеу куәлігінің жарамдылық мерзімі өтпеген, ол қайтарылып алынған (жойылған) тіркеу куәліктерінің тізімінде жоқ және сұраныстағы ЖСН мен ЭЦҚ тіркеу куәлігіндегі ЖСН сәйкес пе?",
      "Регистрационное свидетельство ЭЦП действительно, отсутствует в списке отозванных (аннулированных) и ИИН в запросе совпадает с ИИН в регистрационном свидетельстве ЭЦП?",
      "Is the EDS registration certificate valid, absent from the list of revoked (cancelled) certificates, and does the IIN in the request match the IIN in the certificate?",
    ),
    "end",
    s(ref(R, "p. 9, sub-p. 6"), 161),
    "eds-verified",
  ),
  step(
    "p7-route",
    "7",
    "information_system",
    t(
      'ЭЦҚ қойылған электрондық құжат (көрсетілетін қызметті алушының сұранысы) "электрондық үкіметтің шлюзі"/"электрондық үкіметтің өңірлік шлюзі" арқылы электрондық тізілімге жолданады',
      "Подписанный ЭЦП электронный документ (запрос услугополучателя) направляется через «шлюз электронного правительства» / «региональный шлюз электронного правительства» в электронный реестр",
      'The EDS-signed electronic document (the applicant\'s request) is sent through the "e-government gateway" / "regional e-government gateway" to the electronic register',
    ),
    null,
    null,
    s(ref(R, "p. 9, sub-p. 7"), 163),
  ),
  decision(
    "p8-check-data",
    undefined,
    "information_system",
    DATA_IN_IS,
    "f0-resubmit",
    s(ref(R, "p. 9, sub-p. 8 and following paragraph"), 165, 167),
    "guardianship-record-exists",
  ),
  step(
    "p8-auto-result",
    "8",
    "information_system",
    t(
      'Мемлекеттік қызмет көрсету нәтижесінің жауабы (анықтама) құрастырылады және көрсетілетін қызметті алушының "жеке кабинетіне" жолданады',
      "Формируется ответ о результате оказания государственной услуги (справка) и направляется в «личный кабинет» услугополучателя",
      "The response with the result (the certificate) is generated and sent to the applicant's personal account",
    ),
    D.min5,
    OUT.toCabinet,
    s(ref(R, "p. 9, sub-p. 8"), 165, 165, Q.min5),
    { outputDocument: "certificate", next: "end" },
  ),
  step(
    "f0-resubmit",
    undefined,
    "applicant",
    t(
      "Қорғаншылық белгілеу жөніндегі деректер ақпараттық жүйелерде болмаған жағдайда көрсетілетін қызметті алушы порталда тіркеледі және ЭЦҚ-сы қойылған электрондық құжат нысанындағы сұранысты (электрондық сұраныс) жолдайды",
      "Если сведения об установлении опеки отсутствуют в информационных системах, услугополучатель регистрируется на портале и направляет запрос в форме электронного документа, подписанного его ЭЦП (электронный запрос)",
      "If the guardianship data are absent from the information systems, the applicant registers on the portal and sends a request in the form of an electronic document signed with the applicant's EDS (e-request)",
    ),
    null,
    null,
    s(ref(R, "p. 9 (no guardianship data in the information systems)"), 167),
    { outputDocument: "application" },
  ),
  fallback(portalRegister(R, "1", 169, "min15"), "f1-register", 1),
  fallback(portalAssign(R, "2", 171), "f2-assign", 2),
  fallback(
    executorPrepare(R, "f3-prepare", "3", "p. 9, sub-p. 3", 173, "certificate", "wd2"),
    "f3-prepare",
    3,
  ),
  fallback(portalSign(R, "4", 175, CERTIFICATE), "f4-sign", 4),
  { ...fallback(portalSendResult(R, "5", 177, "min15"), "f5-send-result", 5), next: "end" },
];

export const version: VersionInput = {
  id: "kyzylorda-2018",
  issuer: ISSUER,
  act: ACT,
  amendedBy: [],
  implementsStandard: standard198(R, 94, TITLE),
  effective: EFFECTIVE,
  source: s(ref(R, "whole regulation with annexes 1–2"), 78, 189),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: educationProvider(R, 84),
    channels: scPortalChannels(R, 88, 90),
    terms: [],
    queue: [],
    forms: {
      values: ["electronic_fully_automated", "paper"],
      source: s(ref(R, "p. 2"), 92, 92, "электрондық (толық автоматтандырылған) және (немесе) қағаз түрінде"),
    },
    results: [
      {
        id: "guardianship-certificate",
        kind: "certificate",
        title: t(
          "Қамқоршылық және қорғаншылық белгілеу туралы анықтама",
          "Справка об установлении опеки и попечительства",
          "Certificate on the establishment of guardianship and trusteeship",
        ),
        form: "Standard annex 1",
        source: s(ref(R, "p. 3"), 94, 94, "қамқоршылық және қорғаншылық белгілеу туралы анықтама"),
      },
      reasonedRefusalResult(R, 94, 11),
    ],
    delivery: [paperCopyDelivery(R, 96), portalDelivery(R, 98, false), presentationForm(R, 100, false)],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRefP9(R, 103, "sc"),
    refusalGrounds: [],
    refusalGroundsRef: refusalGroundsRef(R, 94, 11),
    otherRequirements: [
      refusalToAcceptRequirement(R, "p. 6, sub-p. 2", 113, "sc", 3),
      consentRequirement(R, "p. 6, sub-p. 2", 115, "sc"),
      handbookRequirement(R, 144, 146),
    ],
  },
  procedures: [
    {
      id: "guardianship-certificate-sc",
      channel: "state_corporation",
      title: procTitle("sc"),
      source: s(ref(R, "section 2, pp. 5–6"), 101, 129),
      steps: scSteps,
    },
    {
      id: "guardianship-certificate-portal",
      channel: "portal",
      title: procTitle("portal"),
      source: s(ref(R, "section 4, p. 9"), 147, 179),
      steps: portalSteps,
    },
  ],
  contradictions: [
    {
      id: "portal-login-by-provider",
      kind: "internal",
      text: t(
        "9-тармақтың 2-тармақшасында ЖСН мен парольді порталда «көрсетілетін қызметті беруші» енгізеді делінген, ал 1 және 3-тармақшаларда порталда тіркелетін және деректері тексерілетін – көрсетілетін қызметті алушы. Каталогта қадам көрсетілетін қызметті алушыға берілген.",
        "В подпункте 2 пункта 9 сказано, что ИИН и пароль на портале вводит «услугодатель», тогда как по подпунктам 1 и 3 на портале регистрируется и проверяется услугополучатель. В каталоге шаг отнесен к услугополучателю.",
        'P. 9 sub-p. 2 says "the service provider" enters the IIN and password on the portal, while sub-pp. 1 and 3 show that it is the applicant who registers and whose data are verified. The catalogue assigns the step to the applicant.',
      ),
      sources: [
        s(ref(R, "p. 9, sub-p. 2"), 153, 153, "көрсетілетін қызметті беруші мемлекеттік қызметті алу үшін"),
        s(ref(R, "p. 9, sub-pp. 1, 3"), 151, 155),
      ],
    },
    {
      id: "fully-automated-vs-manual-fallback",
      kind: "internal",
      text: t(
        "2-тармақта қызмет нысаны «электрондық (толық автоматтандырылған)» делінген, бірақ деректер ақпараттық жүйелерде болмаған жағдайда порталдағы сұранысты көрсетілетін қызметті берушінің орындаушысы мен басшысы қолмен өңдейді (екі жұмыс күні ішінде).",
        "В пункте 2 форма услуги – «электронная (полностью автоматизированная)», однако при отсутствии сведений в информационных системах запрос с портала обрабатывают вручную исполнитель и руководитель услугодателя (в течение двух рабочих дней).",
        'P. 2 calls the service "electronic (fully automated)", yet when the data are absent from the information systems the portal request is handled manually by the provider\'s executor and head (within two working days).',
      ),
      sources: [
        s(ref(R, "p. 2"), 92, 92, "толық автоматтандырылған"),
        s(ref(R, "p. 9, fallback sub-pp. 1–5"), 167, 177),
      ],
    },
    {
      id: "portal-resubmission",
      kind: "other",
      text: t(
        "Деректер болмаған жағдайда регламент көрсетілетін қызметті алушы порталда тіркеліп, ЭЦҚ қойылған сұранысты жолдайды дейді, бірақ бұл 1–7-тармақшаларда орындалған; қайта жолдау қажет пе, әлде сол сұраныс өңделе ме – анық емес.",
        "При отсутствии сведений регламент говорит, что услугополучатель регистрируется на портале и направляет подписанный ЭЦП запрос, хотя это уже сделано в подпунктах 1–7; неясно, нужен ли повторный запрос или обрабатывается тот же.",
        "When the data are absent the regulation says the applicant registers on the portal and sends an EDS-signed request, although sub-pp. 1–7 already did this; it is unclear whether a new request is needed or the same one is processed.",
      ),
      sources: [s(ref(R, "p. 9, paragraph after sub-p. 8"), 167), s(ref(R, "p. 9, sub-pp. 1–7"), 151, 163)],
    },
    {
      id: "service-name-singular",
      kind: "other",
      text: t(
        "9-тармақтың 4-тармақшасында қызмет атауы «Қорғаншылық және қамқоршылық жөнінде анықтама беру» (жекеше), ал регламент атауында «анықтамалар беру».",
        "В подпункте 4 пункта 9 услуга названа «Выдача справки по опеке и попечительству» (ед. ч.), а в заголовке регламента – «Выдача справок».",
        'P. 9 sub-p. 4 names the service "Issuing a certificate on guardianship and trusteeship" (singular); the regulation\'s title has "certificates".',
      ),
      sources: [
        s(ref(R, "p. 9, sub-p. 4"), 157, 157, "Қорғаншылық және қамқоршылық жөнінде анықтама беру"),
        s(ref(R, "title"), 81, 81, "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру"),
      ],
    },
  ],
};
