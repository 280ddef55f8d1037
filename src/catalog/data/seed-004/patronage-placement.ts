/**
 * Zhambyl region: regulation of the state service "Передача ребенка (детей) на патронатное воспитание",
 * Annex 1 to akimat resolution No. 332 of 31 December 2015 (new wording of the regulation approved by
 * resolution No. 133 of 25 June 2015). Russian act: `ru` is verbatim, `kk` and `en` are translations.
 */
import { calendarDays, minutes, t, type VersionInput } from "../build.ts";
import { act, akimat, effective, officeFlow, portalFlow, S } from "./common.ts";

const serviceTitle = t(
  "Баланы (балаларды) патронаттық тәрбиелеуге беру",
  "Передача ребенка (детей) на патронатное воспитание",
  "Transfer of a child (children) to patronage upbringing",
);

export const version: VersionInput = {
  id: "zhambyl-2015",
  issuer: { kind: "regional_akimat", region: "zhambyl", name: akimat },
  act,
  amendedBy: [],
  implementsStandard: {
    text: t(
      'Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 2 қарашадағы № 619 "Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 "Отбасы және балалар саласында көрсетілетін мемлекеттік қызметтер стандарттарын бекіту туралы" бұйрығына өзгерістер енгізу туралы" бұйрығымен бекітілген "Баланы (балаларды) патронаттық тәрбиелеуге беру" мемлекеттік көрсетілетін қызмет стандарты (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 12366 болып тіркелген)',
      'Стандарт государственной услуги "Передача ребенка (детей) на патронатное воспитание", утвержденный приказом Министра образования и науки Республики Казахстан от 2 ноября 2015 года № 619 "О внесении изменений в приказ Министра образования и науки Республики Казахстан от 13 апреля 2015 года № 198 "Об утверждении стандартов государственных услуг, оказываемых в сфере семьи и детей"" (зарегистрирован в Реестре государственной регистрации нормативных правовых актов № 12366)',
      'Standard of the state service "Transfer of a child (children) to patronage upbringing" as approved by order No. 619 of the Minister of Education and Science of 2 November 2015 amending order No. 198 of 13 April 2015 "On approval of the standards of state services in the sphere of family and children" (State Register No. 12366)',
    ),
    source: S("Regulation p. 1", 75, 82, "от 2 ноября 2015 года"),
  },
  effective,
  source: S("Annex 1 to resolution No. 332: regulation with its annexes 1–2", 52, 265),
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
      source: S("Regulation p. 1", 73, 75, "отделами образования"),
    },
    channels: [
      { channel: "provider_office", source: S("Regulation p. 1, sub-p. 1", 83, 84) },
      { channel: "portal", source: S("Regulation p. 1, sub-p. 2", 85) },
    ],
    terms: [],
    queue: [],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: S("Regulation p. 2", 86, 87),
    },
    results: [
      {
        id: "patronage-contract",
        kind: "contract",
        title: t(
          "Баланы (балаларды) патронаттық тәрбиелеуге беру туралы шарт (көрсетілетін қызметті берушіге жүгінген кезде)",
          "Договор о передаче ребенка (детей) на патронатное воспитание (при обращении к услугодателю)",
          "Contract on the transfer of the child (children) to patronage upbringing (when applying to the provider)",
        ),
        source: S("Regulation p. 3", 92, 93),
      },
      {
        id: "contract-notification",
        kind: "notification",
        title: t(
          "Баланы (балаларды) патронаттық тәрбиелеуге беру туралы шарт жасалғаны туралы хабарлама (порталда)",
          "Уведомление о заключении договора о передаче ребенка (детей) на патронатное воспитание (на портале)",
          "Notification that the contract on transfer to patronage upbringing has been concluded (on the portal)",
        ),
        form: "Standard annex 1",
        source: S("Regulation p. 3", 96, 97),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Стандарттың 10-тармағында көзделген жағдайларда және негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом 10 стандарта государственной услуги",
          "Reasoned refusal to render the service in the cases and on the grounds of p. 10 of the standard",
        ),
        source: S("Regulation p. 3", 92, 99),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін беру көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады.",
          "Выдача результата оказания государственной услуги осуществляется через канцелярию услугодателя.",
          "The result is issued through the provider's office.",
        ),
        source: S("Regulation p. 3", 100, 101),
      },
      {
        text: t(
          'Портал арқылы: нәтиже көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат нысанында көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі.',
          'Результат оказания государственной услуги направляется услугополучателю в "личный кабинет" в форме электронного документа, удостоверенного электронной цифровой подписью уполномоченного лица услугодателя.',
          "Through the portal: the result is sent to the applicant's \"personal cabinet\" as an electronic document certified with the EDS of the provider's authorised person.",
        ),
        source: S("Regulation p. 10, sub-p. 12 (process 8)", 216, 220),
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
      source: S("Regulation p. 4", 106, 109, "пункте 9 стандарта"),
    },
    refusalGrounds: [],
    refusalGroundsRef: {
      text: t(
        "Бас тарту жағдайлары мен негіздері мемлекеттік көрсетілетін қызмет стандартының 10-тармағында көзделген.",
        "Отказ в оказании государственной услуги – в случаях и по основаниям, предусмотренным пунктом 10 стандарта государственной услуги.",
        "Refusal in the cases and on the grounds of p. 10 of the standard.",
      ),
      source: S("Regulation p. 3", 92, 95, "пунктом 10 стандарта"),
    },
    otherRequirements: [
      {
        text: t(
          "Құжаттар салыстыру үшін түпнұсқада ұсынылады, содан кейін түпнұсқалар көрсетілетін қызметті алушыға қайтарылады. Құжаттарды қабылдау кезінде көрсетілетін қызметті алушыға тиісті құжаттарды қабылдағаны туралы қолхат беріледі.",
          "Документы представляются в подлинниках для сверки, после чего подлинники возвращаются услугополучателю. При приеме документов услугополучателю выдается расписка о приеме соответствующих документов.",
          "Documents are presented in the original for verification and the originals are then returned to the applicant. On acceptance the applicant receives a receipt for the documents.",
        ),
        source: S("Regulation p. 8, sub-p. 1", 145, 148),
      },
      {
        text: t(
          "Стандартқа сәйкес мемлекеттік қызметті халыққа қызмет көрсету орталықтары арқылы көрсету көзделмеген.",
          "В соответствии со стандартом, оказание государственной услуги через центры обслуживания населения не предусмотрено.",
          "Under the standard, the service is not rendered through public service centres (State Corporation).",
        ),
        source: S("Regulation p. 9", 165, 166),
      },
      {
        text: t(
          "Қызмет көрсету процесіне қатысатын қызметкерлер: кеңсе қызметкері, жауапты қызметкер, көрсетілетін қызметті берушінің басшысы.",
          "Перечень работников услугодателя, которые участвуют в процессе оказания государственной услуги: работник канцелярии; ответственный работник; руководитель услугодателя.",
          "Staff taking part: the office clerk, the responsible employee and the head of the provider.",
        ),
        source: S("Regulation p. 7", 135, 139),
      },
      {
        text: t(
          "Ақпараттық жүйелердің функционалдық өзара іс-қимылының диаграммасы регламенттің 1-қосымшасында, бизнес-процестер анықтамалығы 2-қосымшасында берілген; анықтамалық www.egov.kz порталында және көрсетілетін қызметті берушінің интернет-ресурстарында орналастырылады (қосымшалардың мазмұны дереккөзде жоқ).",
          'Диаграмма функционального взаимодействия информационных систем – приложение 1 к регламенту; справочник бизнес-процессов – приложение 2 к регламенту, размещается на веб-портале "электронного правительства" www.egov.kz, интернет-ресурсах услугодателя (содержание приложений в источнике отсутствует).',
          "The diagram of the information systems' functional interaction is Annex 1 and the business-process handbook Annex 2 of the regulation; the handbook is published on www.egov.kz and the provider's internet resources (the annexes' content is missing from the seed).",
        ),
        source: S("Regulation p. 11 and annexes 1–2", 221, 265),
      },
    ],
  },
  procedures: [
    officeFlow({
      lines: [140, 159],
      receive: { from: 143, to: 148, duration: minutes(30), quote: "не более 30 минут" },
      assign: { from: 149, to: 150, duration: calendarDays(2), quote: "не более 2 календарных дней" },
      prepare: {
        from: 151,
        to: 154,
        duration: calendarDays(25),
        quote: "не более 25 календарных дней",
        action: t(
          "Жауапты қызметкер келіп түскен құжаттарды қарайды, көрсетілетін қызметті алушының тұрғын үй-тұрмыстық жағдайларын тексеру актісін, содан кейін мемлекеттік көрсетілетін қызметтің нәтижесін дайындайды және оны қол қою үшін көрсетілетін қызметті берушінің басшысына жолдайды",
          "Ответственный работник рассматривает поступившие документы, готовит акт обследования жилищно-бытовых условий услугополучателя, затем готовит результат государственной услуги, направляет его руководителю услугодателя для подписания",
          "The responsible employee reviews the documents, prepares the act of inspection of the applicant's housing and living conditions, then prepares the result and sends it to the head for signature",
        ),
      },
      sign: { from: 155, to: 157, duration: calendarDays(3), quote: "не более 3 календарных дней" },
      issue: { from: 158, to: 159, duration: minutes(20), quote: "не более 20 минут" },
      resultsLines: [122, 128],
      resultKind: "contract",
    }),
    portalFlow({
      lines: [167, 220],
      registration: [175, 176],
      p1: [177, 179],
      c1: [180, 182],
      p2: [183, 184],
      p3: [185, 191],
      c2: [192, 197],
      p4: [198, 200],
      p5: [201, 205],
      p6: [206, 207],
      c3: [208, 210],
      p7: [214, 215],
      p8: [216, 220],
    }),
  ],
  contradictions: [
    {
      id: "result-issue-office-vs-cabinet",
      kind: "internal",
      text: t(
        '3-тармақ нәтижені беру тек көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады дейді, ал 10-тармақтың 8-процесі нәтижені электрондық құжат нысанында "жеке кабинетке" жібереді; порталдағы нәтиже (шарт жасалғаны туралы хабарлама) шарттың өзін қалай алатынын акт айтпайды.',
        'Пункт 3: выдача результата осуществляется через канцелярию услугодателя; процесс 8 пункта 10: результат направляется в "личный кабинет" в форме электронного документа. Как услугополучатель, обратившийся через портал, получает сам договор, регламент не говорит.',
        "P. 3 says the result is issued through the provider's office, while process 8 of p. 10 sends it to the personal cabinet as an electronic document; the act does not say how a portal applicant obtains the contract itself.",
      ),
      sources: [
        S("Regulation p. 3", 100, 101, "через канцелярию услугодателя"),
        S("Regulation p. 10, sub-p. 12 (process 8)", 218, 220, "личный кабинет"),
      ],
    },
    {
      id: "no-refusal-path-in-office-flow",
      kind: "other",
      text: t(
        "3-тармақ нәтиже ретінде дәлелді бас тартуды атайды, бірақ 5 және 8-тармақтардағы рәсімдерде бас тарту туралы шешім қабылданатын шарт немесе қадам жоқ.",
        "Пункт 3 называет результатом также мотивированный ответ об отказе, но процедуры пунктов 5 и 8 не содержат условия или шага, на котором принимается решение об отказе.",
        "P. 3 lists a reasoned refusal as a possible result, but the steps of pp. 5 and 8 contain no condition or step at which a refusal is decided.",
      ),
      sources: [S("Regulation p. 3", 92, 95), S("Regulation p. 8", 140, 159)],
    },
  ],
};
