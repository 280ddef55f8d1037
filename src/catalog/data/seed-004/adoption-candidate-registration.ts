/**
 * Zhambyl region: regulation of the state service "Постановка на учет лиц, желающих усыновить детей",
 * Annex 2 to akimat resolution No. 332 of 31 December 2015 (new wording of the regulation approved by
 * resolution No. 133 of 25 June 2015). Russian act: `ru` is verbatim, `kk` and `en` are translations.
 */
import { calendarDays, minutes, t, type VersionInput } from "../build.ts";
import { act, akimat, effective, officeFlow, portalFlow, S } from "./common.ts";

const serviceTitle = t(
  "Бала асырап алуға тілек білдірген адамдарды есепке қою",
  "Постановка на учет лиц, желающих усыновить детей",
  "Registration of persons wishing to adopt children",
);

export const version: VersionInput = {
  id: "zhambyl-2015",
  issuer: { kind: "regional_akimat", region: "zhambyl", name: akimat },
  act,
  amendedBy: [],
  implementsStandard: {
    text: t(
      'Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 2 қарашадағы № 619 "Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 "Отбасы және балалар саласында көрсетілетін мемлекеттік қызметтер стандарттарын бекіту туралы" бұйрығына өзгерістер енгізу туралы" бұйрығымен бекітілген "Бала асырап алуға тілек білдірген адамдарды есепке қою" мемлекеттік көрсетілетін қызмет стандарты (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 12366 болып тіркелген)',
      'Стандарт государственной услуги "Постановка на учет лиц, желающих усыновить детей", утвержденный приказом Министра образования и науки Республики Казахстан от 2 ноября 2015 года № 619 "О внесении изменений в приказ Министра образования и науки Республики Казахстан от 13 апреля 2015 года № 198 "Об утверждении стандартов государственных услуг, оказываемых в сфере семьи и детей"" (зарегистрирован в Реестре государственной регистрации нормативных правовых актов № 12366)',
      'Standard of the state service "Registration of persons wishing to adopt children" as approved by order No. 619 of the Minister of Education and Science of 2 November 2015 amending order No. 198 of 13 April 2015 "On approval of the standards of state services in the sphere of family and children" (State Register No. 12366)',
    ),
    source: S("Regulation p. 1", 294, 301, "от 2 ноября 2015 года"),
  },
  effective,
  source: S("Annex 2 to resolution No. 332: regulation with its annexes 1–2", 269, 478),
  titleInAct: serviceTitle,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_education_department"],
      description: t(
        "Жамбыл облысының аудандары мен Тараз қаласының білім бөлімдері",
        "Отделы образования районов и города Тараз Жамбылской области",
        "Education departments of the districts and of Taraz city, Zhambyl region",
      ),
      source: S("Regulation p. 1", 292, 294, "отделами образования"),
    },
    channels: [
      { channel: "provider_office", source: S("Regulation p. 1, sub-p. 1", 302, 303) },
      { channel: "portal", source: S("Regulation p. 1, sub-p. 2", 304) },
    ],
    terms: [],
    queue: [],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: S("Regulation p. 2", 305, 306),
    },
    results: [
      {
        id: "adoption-candidate-conclusion",
        kind: "conclusion",
        title: t(
          "Бала асырап алушылыққа үміткер (үміткерлер) болу мүмкіндігі (мүмкін еместігі) туралы қорытынды (көрсетілетін қызметті берушіге жүгінген кезде)",
          "Заключение о возможности (невозможности) быть кандидатом(ами) в усыновители (при обращении к услугодателю)",
          "Conclusion on the possibility (impossibility) of being a candidate (candidates) for adoptive parents (when applying to the provider)",
        ),
        form: "Standard annex 1",
        source: S("Regulation p. 3", 308, 310),
      },
      {
        id: "conclusion-ready-notification",
        kind: "notification",
        title: t(
          "Бала асырап алушылыққа үміткер (үміткерлер) болу мүмкіндігі (мүмкін еместігі) туралы қорытындының дайындығы туралы хабарлама (порталда)",
          "Уведомление о готовности заключения о возможности (невозможности) быть кандидатом(ами) в усыновители (на портале)",
          "Notification that the conclusion on the possibility (impossibility) of being adoption candidate(s) is ready (on the portal)",
        ),
        form: "Standard annex 2",
        source: S("Regulation p. 3", 311, 313),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін беру көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады.",
          "Выдача результата оказания государственной услуги осуществляется через канцелярию услугодателя.",
          "The result is issued through the provider's office.",
        ),
        source: S("Regulation p. 3", 314, 315),
      },
      {
        text: t(
          'Портал арқылы: нәтиже (хабарлама) көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат нысанында "жеке кабинетке" жіберіледі; хабарламаны алғаннан кейін көрсетілетін қызметті алушы қорытындыны алу үшін хабарламада көрсетілген мекенжайға жүгінуі қажет.',
          'Результат оказания государственной услуги направляется услугополучателю в "личный кабинет" в форме электронного документа, удостоверенного электронной цифровой подписью уполномоченного лица услугодателя. После получения уведомления услугополучателю необходимо обратиться по указанному в уведомлении адресу для получения заключения о возможности (невозможности) быть кандидатом(ами) в усыновители.',
          "Through the portal: the result (a notification) is sent to the personal cabinet as an electronic document certified with the EDS of the provider's authorised person; after receiving it the applicant must go to the address given in the notification to collect the conclusion.",
        ),
        source: S("Regulation p. 10, sub-p. 12 (process 8) and closing paragraph", 432, 439),
      },
    ],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Мемлекеттік қызмет көрсету рәсімін бастауға негіздеме стандарттың 9-тармағында көрсетілген көрсетілетін қызметті алушының өтініші мен құжаттары болып табылады.",
        "Основанием для начала процедуры (действия) по оказанию государственной услуги является заявление и документы услугополучателя, необходимые для оказания государственной услуги, указанные в пункте 9 стандарта.",
        "The procedure starts on the applicant's application and the documents listed in p. 9 of the standard.",
      ),
      source: S("Regulation p. 4", 320, 323, "пункте 9 стандарта"),
    },
    refusalGrounds: [],
    refusalGroundsRef: {
      text: t(
        "Регламент бас тарту негіздерінің тармағын атамайды; портал арқылы көрсетілетін қызметті беруші тіркелген құжаттардың стандартта көрсетілген құжаттарға және қызмет көрсету негіздеріне сәйкестігін тексереді, бұзушылықтар болса – бас тарту туралы хабарлама (7-процесс).",
        "Регламент не называет пункт стандарта об основаниях отказа; при обращении через портал услугодатель проверяет соответствие приложенных документов документам, указанным в стандарте, и основаниям для оказания услуги, при нарушениях – сообщение об отказе (процесс 7).",
        "The regulation names no paragraph of the standard with refusal grounds; on the portal the provider checks the attached documents against the documents listed in the standard and the grounds for rendering the service, and on violations a refusal message follows (process 7).",
      ),
      source: S("Regulation p. 10, sub-pp. 10-11 (condition 3, process 7)", 427, 431),
    },
    otherRequirements: [
      {
        text: t(
          "Құжаттар салыстыру үшін түпнұсқада ұсынылады, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады. Құжаттарды қабылдау кезінде көрсетілетін қызметті алушыға тиісті құжаттарды қабылдағаны туралы қолхат беріледі.",
          "Документы представляются в подлинниках для сверки, после чего подлинники возвращаются услугополучателю. При приеме документов услугополучателю выдается расписка о приеме соответствующих документов.",
          "Documents are presented in the original for verification and the originals are then returned to the applicant. On acceptance the applicant receives a receipt for the documents.",
        ),
        source: S("Regulation p. 8, sub-p. 1", 360, 363),
      },
      {
        text: t(
          "Тұрғын үй-тұрмыстық жағдайларын тексеру актісі стандарттың 3-қосымшасына сәйкес нысан бойынша дайындалады.",
          "Акт обследования жилищно-бытовых условий услугополучателя готовится по форме согласно приложению 3 к стандарту.",
          "The act of inspection of housing and living conditions follows the form of Annex 3 to the standard.",
        ),
        source: S("Regulation p. 8, sub-p. 3", 366, 368),
      },
      {
        text: t(
          "Стандартқа сәйкес мемлекеттік қызметті халыққа қызмет көрсету орталықтары арқылы көрсету көзделмеген.",
          "В соответствии со стандартом, оказание государственной услуги через центры обслуживания населения не предусмотрено.",
          "Under the standard, the service is not rendered through public service centres (State Corporation).",
        ),
        source: S("Regulation p. 9", 384, 385),
      },
      {
        text: t(
          "Қызмет көрсету процесіне қатысатын қызметкерлер: кеңсе қызметкері, жауапты қызметкер, көрсетілетін қызметті берушінің басшысы.",
          "Перечень структурных подразделений, (работников) услугодателя, которые участвуют в процессе оказания государственной услуги: работник канцелярии; ответственный работник; руководитель услугодателя.",
          "Staff taking part: the office clerk, the responsible employee and the head of the provider.",
        ),
        source: S("Regulation p. 7", 350, 354),
      },
      {
        text: t(
          "Ақпараттық жүйелердің функционалдық өзара іс-қимылының диаграммасы регламенттің 1-қосымшасында, бизнес-процестер анықтамалығы 2-қосымшасында берілген; анықтамалық www.egov.kz порталында және көрсетілетін қызметті берушінің интернет-ресурстарында орналастырылады (қосымшалардың мазмұны дереккөзде жоқ).",
          'Диаграмма функционального взаимодействия информационных систем – приложение 1 к регламенту; справочник бизнес-процессов – приложение 2 к регламенту, размещается на веб-портале "электронного правительства" www.egov.kz, интернет-ресурсах услугодателя (содержание приложений в источнике отсутствует).',
          "The diagram of the information systems' functional interaction is Annex 1 and the business-process handbook Annex 2 of the regulation; the handbook is published on www.egov.kz and the provider's internet resources (the annexes' content is missing from the seed).",
        ),
        source: S("Regulation p. 11 and annexes 1–2", 440, 478),
      },
    ],
  },
  procedures: [
    officeFlow({
      lines: [355, 378],
      receive: { from: 358, to: 363, duration: minutes(30), quote: "не более 30 минут" },
      assign: { from: 364, to: 365, duration: calendarDays(1), quote: "не более 1 календарного дня" },
      prepare: {
        from: 366,
        to: 370,
        duration: calendarDays(12),
        quote: "не более 12 календарных дней",
        action: t(
          "Жауапты қызметкер келіп түскен құжаттарды қарайды, стандарттың 3-қосымшасына сәйкес нысан бойынша көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайларын тексеру актісін, содан кейін мемлекеттік көрсетілетін қызметтің нәтижесін дайындайды және оны қол қою үшін көрсетілетін қызметті берушінің басшысына жолдайды",
          "Ответственный работник рассматривает поступившие документы, готовит акт обследования жилищно-бытовых условий услугополучателя по форме согласно приложению 3 к стандарту, затем готовит результат государственной услуги, направляет его руководителю услугодателя для подписания",
          "The responsible employee reviews the documents, prepares the act of inspection of the applicant's housing and living conditions on the form of Annex 3 to the standard, then prepares the result and sends it to the head for signature",
        ),
      },
      sign: { from: 374, to: 376, duration: calendarDays(2), quote: "не более 2 календарных дней" },
      issue: { from: 377, to: 378, duration: minutes(20), quote: "не более 20 минут" },
      resultsLines: [339, 345],
      resultKind: "conclusion",
    }),
    portalFlow({
      lines: [386, 439],
      registration: [391, 392],
      p1: [393, 395],
      c1: [396, 398],
      p2: [399, 400],
      p3: [401, 407],
      c2: [408, 416],
      p4: [417, 419],
      p5: [420, 424],
      p6: [425, 426],
      c3: [427, 429],
      p7: [430, 431],
      p8: [432, 436],
      after: [
        {
          id: "collect-conclusion",
          kind: "task",
          actor: "applicant",
          action: t(
            "Хабарламаны алғаннан кейін бала асырап алушылыққа үміткер (үміткерлер) болу мүмкіндігі (мүмкін еместігі) туралы қорытындыны алу үшін хабарламада көрсетілген мекенжайға жүгінеді",
            "После получения уведомления услугополучателю необходимо обратиться по указанному в уведомлении адресу для получения заключения о возможности (невозможности) быть кандидатом(ами) в усыновители",
            "After receiving the notification, goes to the address given in it to collect the conclusion on the possibility (impossibility) of being adoption candidate(s)",
          ),
          duration: null,
          output: t("Қорытынды алынды", "Заключение получено", "Conclusion collected"),
          outputDocument: "conclusion",
          next: "end",
          source: S("Regulation p. 10, closing paragraph", 437, 439),
        },
      ],
    }),
  ],
  contradictions: [
    {
      id: "portal-refusal-not-a-listed-result",
      kind: "other",
      text: t(
        "3-тармақ нәтиже ретінде тек қорытындыны (порталда – оның дайындығы туралы хабарламаны) атайды және бас тартуды көздемейді, ал 10-тармақтың 7-процесі құжаттардағы бұзушылықтарға байланысты қызметтен бас тарту туралы хабарлама қалыптастырады.",
        "Пункт 3 называет результатом только заключение (на портале – уведомление о его готовности) и не предусматривает отказа, тогда как процесс 7 пункта 10 формирует сообщение об отказе в услуге в связи с нарушениями в документах.",
        "P. 3 names only the conclusion (on the portal, a notification that it is ready) as the result and provides no refusal, while process 7 of p. 10 produces a refusal message for violations in the documents.",
      ),
      sources: [
        S("Regulation p. 3", 307, 313),
        S("Regulation p. 10, sub-p. 11 (process 7)", 430, 431, "об отказе в запрашиваемой услуге"),
      ],
    },
  ],
};
