/**
 * Patterns that repeat in both regulations of Zhambyl akimat resolution No. 332 (2015):
 * the five-step flow through the provider's office (p. 8) and the portal flow P1–P8 / C1–C3 (p. 10).
 * Line numbers, durations and quotes differ per regulation and are passed in.
 */
import type { Duration, Procedure, Source, Step, Text } from "../../schema.ts";
import type { DocumentKind } from "../../vocabulary.ts";
import { src, t } from "../build.ts";

export const S = (ref: string, from: number, to: number = from, quote?: string): Source =>
  src("004", ref, from, to, quote);

export const akimat = t("Жамбыл облысының әкімдігі", "Акимат Жамбылской области", "Zhambyl regional akimat");

/** Resolution No. 332 of 31 December 2015, which set out both regulations in new wording. */
export const act = {
  kind: "resolution" as const,
  number: "332",
  date: "2015-12-31",
  registration: { number: "2918", date: "2016-01-28" },
  title: t(
    'Жамбыл облысы әкімдігінің 2015 жылғы 25 маусымдағы № 133 "Отбасы және балалар саласында көрсетілетін мемлекеттік қызметтер регламенттерін бекіту туралы" қаулысына өзгерістер енгізу туралы',
    'О внесении изменений в постановление акимата Жамбылской области от 25 июня 2015 года № 133 "Об утверждении регламентов государственных услуг, оказываемых в сфере семьи и детей"',
    'On amendments to Zhambyl regional akimat resolution No. 133 of 25 June 2015 "On approval of the regulations of state services in the sphere of family and children"',
  ),
  issuedBy: akimat,
};

export const effective = {
  from: "2016-02-08",
  to: "2020-08-31",
  note: "Resolution No. 332 enters into force on state registration (28.01.2016) and is applied after ten calendar days have passed from the day of its first official publication (p. 4). The publication date is not in the seed: the registration date is taken as the earliest publication day, so the earliest application date is 28.01.2016 + 11 days = 08.02.2016. Its two regulations restate those approved by resolution No. 133 of 25.06.2015 (reg. No. 2711). Repealed by resolution No. 189 of 20.08.2020, applied ten calendar days after its first official publication; that publication date is not in the seed either, so `to` is the earliest possible day (20.08.2020 + 11 days = 31.08.2020).",
  source: S("Resolution p. 4 (entry into force); repeal note lines 6-13", 46, 48),
};

export interface TimedStep {
  from: number;
  to: number;
  duration: Duration;
  /** Verbatim phrase with number and unit, e.g. "не более 30 минут". */
  quote: string;
}

export interface OfficeFlowSpec {
  /** Line range of p. 8 of the regulation. */
  lines: [number, number];
  receive: TimedStep;
  assign: TimedStep;
  prepare: TimedStep & { action: Text };
  sign: TimedStep;
  issue: TimedStep;
  /** Line range of p. 6 (results of the steps). */
  resultsLines: [number, number];
  /** Kind of the signed result (contract for patronage, conclusion for adoption registration). */
  resultKind: DocumentKind;
}

/** The office flow of p. 8: clerk → head → responsible employee → head → clerk. */
export function officeFlow(spec: OfficeFlowSpec): Procedure {
  const [r1, r2] = spec.resultsLines;
  const ref = (sub: number) => `Regulation p. 8, sub-p. ${sub} (step result: p. 6, lines ${r1}-${r2})`;
  return {
    id: "provider-office",
    channel: "provider_office",
    title: t(
      "Көрсетілетін қызметті берушінің кеңсесі арқылы",
      "Через канцелярию услугодателя",
      "Through the provider's office",
    ),
    source: S("Regulation p. 8 (contents in p. 5, results in p. 6)", spec.lines[0], spec.lines[1]),
    steps: [
      {
        id: "register",
        n: "1",
        kind: "task",
        actor: "office_clerk",
        action: t(
          "Құжаттарды қабылдайды, тіркейді және көрсетілетін қызметті берушінің басшысына жолдайды; қабылдау кезінде құжаттарды қабылдағаны туралы қолхат береді",
          "Работник канцелярии принимает документы, регистрирует и направляет руководителю услугодателя; при приеме документов услугополучателю выдается расписка",
          "Receives and registers the documents and passes them to the head; issues a receipt for the documents on acceptance",
        ),
        duration: spec.receive.duration,
        output: t(
          "Кіріс нөмірі бар тіркелген өтініш, қолхат",
          "Зарегистрированное заявление с входящим номером, расписка",
          "Application registered with an incoming number; receipt",
        ),
        outputDocument: "receipt",
        source: S(ref(1), spec.receive.from, spec.receive.to, spec.receive.quote),
      },
      {
        id: "assign-executor",
        n: "2",
        kind: "task",
        actor: "head",
        action: t(
          "Құжаттарды орындау үшін бұрыштамамен жауапты қызметкерге жолдайды",
          "Руководитель услугодателя направляет ответственному работнику документы с резолюцией для исполнения",
          "Sends the documents to the responsible employee with a resolution for execution",
        ),
        duration: spec.assign.duration,
        output: t(
          "Көрсетілетін қызметті беруші басшысының бұрыштамасы",
          "Резолюция руководителя услугодателя",
          "Head's resolution",
        ),
        outputDocument: "resolution_note",
        source: S(ref(2), spec.assign.from, spec.assign.to, spec.assign.quote),
      },
      {
        id: "prepare-result",
        n: "3",
        kind: "task",
        actor: "responsible_executor",
        action: spec.prepare.action,
        duration: spec.prepare.duration,
        output: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесінің жобасы (тұрғын үй-тұрмыстық жағдайларын тексеру актісі дайындалған)",
          "Проект результата государственной услуги (подготовлен акт обследования жилищно-бытовых условий)",
          "Draft result of the service (the act of inspection of housing and living conditions having been prepared)",
        ),
        outputDocument: "inspection_act",
        source: S(ref(3), spec.prepare.from, spec.prepare.to, spec.prepare.quote),
      },
      {
        id: "sign-result",
        n: "4",
        kind: "task",
        actor: "head",
        action: t(
          "Мемлекеттік көрсетілетін қызметтің нәтижесіне қол қояды және оны көрсетілетін қызметті алушыға беру үшін кеңсе қызметкеріне жолдайды",
          "Руководитель услугодателя подписывает результат государственной услуги и направляет работнику канцелярии для выдачи услугополучателю",
          "Signs the result and passes it to the office clerk for issue to the applicant",
        ),
        duration: spec.sign.duration,
        output: t(
          "Қол қойылған мемлекеттік көрсетілетін қызмет нәтижесі",
          "Подписанный результат государственной услуги",
          "Signed result of the service",
        ),
        outputDocument: spec.resultKind,
        source: S(ref(4), spec.sign.from, spec.sign.to, spec.sign.quote),
      },
      {
        id: "issue-result",
        n: "5",
        kind: "task",
        actor: "office_clerk",
        action: t(
          "Көрсетілетін қызметті алушыға мемлекеттік көрсетілетін қызметтің нәтижесін береді",
          "Работник канцелярии выдает услугополучателю результат государственной услуги",
          "Issues the result of the service to the applicant",
        ),
        duration: spec.issue.duration,
        output: t("Нәтиже берілді", "Результат выдан", "Result issued"),
        outputDocument: spec.resultKind,
        next: "end",
        source: S("Regulation p. 8, sub-p. 5", spec.issue.from, spec.issue.to, spec.issue.quote),
      },
    ],
  };
}

type Lines = [number, number];

export interface PortalFlowSpec {
  /** Line range of p. 10. */
  lines: Lines;
  registration: Lines;
  p1: Lines;
  c1: Lines;
  p2: Lines;
  p3: Lines;
  c2: Lines;
  p4: Lines;
  p5: Lines;
  p6: Lines;
  c3: Lines;
  p7: Lines;
  p8: Lines;
  /** Steps the act adds after process 8 (e.g. collecting the paper result). */
  after?: Step[];
}

/** The portal flow of p. 10: processes 1–8 and conditions 1–3, in the act's order. */
export function portalFlow(spec: PortalFlowSpec): Procedure {
  const ref = (sub: number, what: string) => `Regulation p. 10, sub-p. ${sub} (${what})`;
  const steps: Step[] = [
    {
      id: "portal-registration",
      kind: "task",
      actor: "applicant",
      action: t(
        "Жеке сәйкестендіру нөмірі мен парольдің көмегімен порталда тіркеледі",
        "Услугополучатель осуществляет регистрацию на портале с помощью индивидуального идентификационного номера, а также пароля",
        "Registers on the portal with the individual identification number and a password",
      ),
      duration: null,
      output: null,
      source: S(ref(1, "registration"), ...spec.registration),
    },
    {
      id: "p1-authorisation",
      n: "P1",
      kind: "task",
      actor: "applicant",
      action: t(
        "Қызметті алу үшін порталда жеке сәйкестендіру нөмірі мен парольді енгізеді (авторизациялау процесі)",
        "Ввод услугополучателем индивидуального идентификационного номера и пароля (процесс авторизации) на портале для получения услуги",
        "Enters the IIN and password on the portal to obtain the service (authorisation)",
      ),
      duration: null,
      output: null,
      source: S(ref(2, "process 1"), ...spec.p1),
    },
    {
      id: "c1-authenticity",
      n: "C1",
      kind: "decision",
      check: "portal-authenticated",
      actor: "portal",
      action: t(
        "Жеке сәйкестендіру нөмірі мен пароль арқылы тіркелген көрсетілетін қызметті алушы туралы деректер түпнұсқа ма?",
        "Подлинны ли данные о зарегистрированном услугополучателе (проверка на портале через индивидуальный идентификационный номер и пароль)?",
        "Are the data of the registered applicant authentic (checked on the portal by IIN and password)?",
      ),
      duration: null,
      output: null,
      next: "p3-request",
      ifNo: "p2-authorisation-refused",
      source: S(ref(3, "condition 1"), ...spec.c1),
    },
    {
      id: "p2-authorisation-refused",
      n: "P2",
      kind: "task",
      actor: "portal",
      action: t(
        "Көрсетілетін қызметті алушының деректеріндегі бұзушылықтарға байланысты авторизациялаудан бас тарту туралы хабарлама қалыптастырады",
        "Формирование порталом сообщения об отказе в авторизации в связи с имеющимися нарушениями в данных услугополучателя",
        "Generates a message refusing authorisation because of violations in the applicant's data",
      ),
      duration: null,
      output: t(
        "Авторизациялаудан бас тарту туралы хабарлама",
        "Сообщение об отказе в авторизации",
        "Authorisation refusal message",
      ),
      outputDocument: "notification",
      next: "end",
      source: S(ref(4, "process 2"), ...spec.p2),
    },
    {
      id: "p3-request",
      n: "P3",
      kind: "task",
      actor: "applicant",
      action: t(
        "Регламентте көрсетілген қызметті таңдайды, сұрау салу нысанын толтырады, стандартта көрсетілген қажетті құжаттардың электрондық көшірмелерін тіркейді және сұрау салуды куәландыру (қол қою) үшін ЭЦҚ тіркеу куәлігін таңдайды",
        "Выбор услугополучателем услуги, указанной в настоящем регламенте, вывод на экран формы запроса и заполнение услугополучателем формы (ввод данных), прикрепление к форме запроса необходимых копий документов в электронном виде, указанных в стандарте, а также выбор регистрационного свидетельства ЭЦП для удостоверения (подписания) запроса",
        "Selects the service, fills in the request form, attaches electronic copies of the documents required by the standard and selects the EDS registration certificate to sign the request",
      ),
      duration: null,
      output: t("Толтырылған сұрау салу", "Заполненный запрос", "Completed request"),
      outputDocument: "application",
      source: S(ref(5, "process 3"), ...spec.p3),
    },
    {
      id: "c2-eds-valid",
      n: "C2",
      kind: "decision",
      check: "eds-verified",
      actor: "portal",
      action: t(
        "ЭЦҚ тіркеу куәлігінің қолданылу мерзімі өтпеген, ол қайтарып алынған (күші жойылған) куәліктер тізімінде жоқ және сұрау салудағы ЖСН мен куәліктегі ЖСН сәйкес пе?",
        "Действителен ли срок регистрационного свидетельства ЭЦП, отсутствует ли оно в списке отозванных (аннулированных) и совпадает ли ИИН, указанный в запросе, с ИИН в регистрационном свидетельстве ЭЦП?",
        "Is the EDS registration certificate within its validity, absent from the list of revoked (cancelled) certificates, and does the IIN in the request match the IIN in the certificate?",
      ),
      duration: null,
      output: null,
      next: "p5-send-to-provider",
      ifNo: "p4-eds-refused",
      source: S(ref(6, "condition 2"), ...spec.c2),
    },
    {
      id: "p4-eds-refused",
      n: "P4",
      kind: "task",
      actor: "portal",
      action: t(
        "Көрсетілетін қызметті алушының ЭЦҚ түпнұсқалығы расталмауына байланысты сұратылған қызметтен бас тарту туралы хабарлама қалыптастырады",
        "Формирование сообщения об отказе в запрашиваемой услуге в связи с не подтверждением подлинности электронной цифровой подписи услугополучателя",
        "Generates a message refusing the requested service because the authenticity of the applicant's EDS was not confirmed",
      ),
      duration: null,
      output: t(
        "Қызметтен бас тарту туралы хабарлама",
        "Сообщение об отказе в услуге",
        "Service refusal message",
      ),
      outputDocument: "notification",
      next: "end",
      source: S(ref(7, "process 4"), ...spec.p4),
    },
    {
      id: "p5-send-to-provider",
      n: "P5",
      kind: "task",
      actor: "information_system",
      action: t(
        "Көрсетілетін қызметті алушының ЭЦҚ-мен куәландырылған (қол қойылған) электрондық құжатын (сұрау салуын) көрсетілетін қызметті берушінің өңдеуі үшін электрондық үкімет шлюзі арқылы өңірлік электрондық үкімет шлюзінің автоматтандырылған жұмыс орнына жолдайды",
        "Направление электронного документа (запроса услугополучателя), удостоверенного (подписанного) ЭЦП услугополучателя, через шлюз электронного правительства в автоматизированное рабочее место регионального шлюза электронного правительства для обработки запроса услугодателем",
        "Sends the applicant's EDS-signed electronic document (request) through the e-government gateway to the workstation of the regional e-government gateway for processing by the provider",
      ),
      duration: null,
      output: null,
      source: S(ref(8, "process 5"), ...spec.p5),
    },
    {
      id: "p6-register-in-gateway",
      n: "P6",
      kind: "task",
      actor: "information_system",
      action: t(
        "Электрондық құжатты өңірлік электрондық үкімет шлюзінің автоматтандырылған жұмыс орнында тіркейді",
        "Регистрация электронного документа в автоматизированном рабочем месте регионального шлюза электронного правительства",
        "Registers the electronic document in the workstation of the regional e-government gateway",
      ),
      duration: null,
      output: null,
      source: S(ref(9, "process 6"), ...spec.p6),
    },
    {
      id: "c3-documents-comply",
      n: "C3",
      kind: "decision",
      actor: "responsible_executor",
      action: t(
        "Көрсетілетін қызметті алушы тіркеген құжаттар стандартта көрсетілген құжаттарға және қызмет көрсету негіздеріне сәйкес пе?",
        "Соответствуют ли приложенные услугополучателем документы документам, указанным в стандарте, и основаниям для оказания услуги?",
        "Do the documents attached by the applicant match the documents listed in the standard and the grounds for rendering the service?",
      ),
      duration: null,
      output: null,
      next: "p8-result",
      ifNo: "p7-documents-refused",
      source: S(ref(10, "condition 3"), ...spec.c3),
    },
    {
      id: "p7-documents-refused",
      n: "P7",
      kind: "task",
      actor: "portal",
      action: t(
        "Көрсетілетін қызметті алушының құжаттарындағы бұзушылықтарға байланысты сұратылған қызметтен бас тарту туралы хабарлама қалыптастырады",
        "Формирование сообщения об отказе в запрашиваемой услуге в связи с имеющимися нарушениями в документах услугополучателя",
        "Generates a message refusing the requested service because of violations in the applicant's documents",
      ),
      duration: null,
      output: t(
        "Қызметтен бас тарту туралы хабарлама",
        "Сообщение об отказе в услуге",
        "Service refusal message",
      ),
      outputDocument: "notification",
      next: "end",
      source: S(ref(11, "process 7"), ...spec.p7),
    },
    {
      id: "p8-result",
      n: "P8",
      kind: "task",
      actor: "portal",
      action: t(
        'Көрсетілетін қызметті алушы портал қалыптастырған нәтижені (электрондық құжат нысанындағы хабарлама) алады; нәтиже көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылып "жеке кабинетке" жіберіледі',
        'Получение услугополучателем результата услуги (уведомление в форме электронного документа), сформированного порталом. Результат направляется услугополучателю в "личный кабинет" в форме электронного документа, удостоверенного ЭЦП уполномоченного лица услугодателя',
        'The applicant receives the result generated by the portal (a notification as an electronic document), certified with the EDS of the provider\'s authorised person and sent to the "personal cabinet"',
      ),
      duration: null,
      output: t(
        "Электрондық құжат нысанындағы хабарлама",
        "Уведомление в форме электронного документа",
        "Notification as an electronic document",
      ),
      outputDocument: "notification",
      ...(spec.after === undefined || spec.after.length === 0 ? { next: "end" } : {}),
      source: S(ref(12, "process 8"), ...spec.p8),
    },
    ...(spec.after ?? []),
  ];
  return {
    id: "portal",
    channel: "portal",
    title: t("Портал арқылы", "Через портал", "Through the portal"),
    source: S("Regulation p. 10", ...spec.lines),
    steps,
  };
}
