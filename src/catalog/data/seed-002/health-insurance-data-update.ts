/**
 * Regulation 15 of Kyzylorda akimat resolution No. 1114 (14.05.2018): updating data on individuals for whom
 * the state pays contributions to compulsory social health insurance. Seed 002, lines 1289–1340.
 * Implements MES order No. 6 of 10.01.2018 (not order No. 198). Provider office only.
 */
import { minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  acceptStep,
  assignStep,
  completenessCheck,
  documentsRef,
  handbook,
  reasonedRefusalResult,
  ref,
  refusalRef,
  refuseStep,
  resultForm,
  s,
  submitStep,
  THIRTY_MIN_QUOTE,
  task,
  versionHead,
} from "./common-b.ts";

const REG = 15;
const r = (sub: number) => ref(REG, 6, sub);
const TWENTY_MIN = { quote: "жиырма минуттан аспайды", duration: minutes(20) };

const title = t(
  "Міндетті әлеуметтік медициналық сақтандыруға жарналарын мемлекет төлейтін жеке тұлғалар туралы деректерді өзектендіру",
  "Актуализация данных о физических лицах, взносы на обязательное социальное медицинское страхование за которых уплачивает государство",
  "Updating data on individuals for whom the state pays contributions to compulsory social health insurance",
);

const prepareAction = t(
  "Құжаттарды қарайды, заңнамамен белгіленген тәртіпке сәйкес ҚР БҒМ Ұлттық білім беру деректер базасына (ҰБДБ) хабарламаны немесе дәлелді бас тартуды дайындайды және көрсетілетін қызметті берушінің басшысына ұсынады",
  "Рассматривает документы, в установленном законодательством порядке готовит уведомление в Национальную образовательную базу данных МОН РК (НОБД) или мотивированный отказ и представляет руководителю услугодателя",
  "Reviews the documents, prepares, in the manner set by law, the notification to the MES National Educational Database (NEDB) or a reasoned refusal, and submits it to the provider's head",
);
const prepareOutput = t(
  "Көрсетілетін қызметті берушінің басшысына хабарламаны немесе дәлелді бас тартуды ұсыну",
  "Представление руководителю услугодателя уведомления или мотивированного отказа",
  "Notification or reasoned refusal submitted to the head",
);

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: {
    text: t(
      'Қазақстан Республикасы Білім және ғылым министрінің 2018 жылғы 10 қаңтардағы № 6 бұйрығымен (НҚА мемлекеттік тіркеу тізілімінде № 16314) бекітілген "Міндетті әлеуметтік медициналық сақтандыруға жарналарын мемлекет төлейтін жеке тұлғалар туралы деректерді өзектендіру" мемлекеттік көрсетілетін қызмет стандарты',
      'Стандарт государственной услуги "Актуализация данных о физических лицах, взносы на обязательное социальное медицинское страхование за которых уплачивает государство", утвержденный приказом Министра образования и науки Республики Казахстан от 10 января 2018 года № 6 (зарегистрирован в Реестре государственной регистрации НПА под № 16314)',
      'Standard of the state service "Updating data on individuals for whom the state pays contributions to compulsory social health insurance" approved by order No. 6 of the Minister of Education and Science of the Republic of Kazakhstan of 10 January 2018 (State Register of normative legal acts No. 16314)',
    ),
    source: s(ref(REG, 3), 1301, 1301, "2018 жылғы 10 қаңтардағы №6 бұйрығымен"),
  },
  source: s("Regulation 15 (whole)", 1289, 1340),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_education_department"],
      description: t(
        "Облыстық маңызы бар қаланың және аудандардың білім бөлімдері",
        "Отделы образования города областного значения и районов",
        "Education departments of the city of regional significance and of the districts",
      ),
      source: s(ref(REG, 1), 1295),
    },
    channels: [{ channel: "provider_office", source: s(ref(REG, 1), 1297) }],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(ref(REG, 2), 1299) },
    results: [
      {
        id: "notification",
        kind: "notification",
        title: t("Хабарлама", "Уведомление", "Notification"),
        form: "Standard annex 1",
        source: s(ref(REG, 3), 1301, 1301, "1-қосымшасына сәйкес нысан бойынша хабарлама"),
      },
      reasonedRefusalResult(REG, 1301, "стандарттың 10-тармағында көзделген жағдайлар және негіздер бойынша"),
    ],
    delivery: [resultForm(REG, 1303, "paper")],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 1306, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      1301,
      "стандарттың 10-тармағында көзделген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [handbook(REG, 8, 1333, 1335)],
  },
  procedures: [
    {
      id: "provider-office",
      channel: "provider_office",
      title: t(
        "Көрсетілетін қызметті берушінің кеңсесіне жүгіну",
        "Обращение в канцелярию услугодателя",
        "Application at the provider's office",
      ),
      source: s(ref(REG, 6), 1308, 1322),
      steps: [
        submitStep("s1-submit", "1", "provider", r(1), 1310),
        completenessCheck("s2-check", "2", "office_clerk", "s2-refuse", r(2), 1312),
        acceptStep(
          "s2-accept",
          "2",
          "office_clerk",
          r(2),
          { line: 1312, ...TWENTY_MIN },
          t(
            "Көрсетілетін қызметті берушінің басшысына құжаттарды ұсыну",
            "Передача документов руководителю услугодателя",
            "Documents passed to the provider's head",
          ),
          "receipt",
          t(
            "Құжаттарды тіркейді, көрсетілетін қызметті алушыға қабылданған күні, қабылдаған адамның тегі, аты, әкесінің аты (болған жағдайда) және құжаттар топтамасын қабылдаған уақыты көрсетілген өтініштің көшірмесін береді",
            "Регистрирует документы и выдает услугополучателю копию заявления с указанием даты приема, фамилии, имени, отчества (при его наличии) принявшего лица и времени приема пакета документов",
            "Registers the documents and gives the applicant a copy of the application showing the date and time of acceptance and the surname, name and patronymic (if any) of the person who accepted it",
          ),
        ),
        assignStep("s3-assign", "3", "head", r(3), {
          line: 1314,
          quote: THIRTY_MIN_QUOTE,
          duration: minutes(30),
        }),
        {
          id: "s4-own-organisation",
          n: "4",
          kind: "decision",
          actor: "responsible_executor",
          action: t(
            "Көрсетілетін қызметті алушы өзі оқитын немесе оқуын аяқтаған білім беру ұйымына өтініш берді ме?",
            "Услугополучатель обратился в организацию образования, в которой он обучается или завершил обучение?",
            "Did the applicant apply to the education organisation where they study or completed their studies?",
          ),
          duration: null,
          output: null,
          ifNo: "s4-prepare-other",
          source: s(
            r(4),
            1316,
            1318,
            "оқымайтын немесе оқуын аяқтамаған білім беру ұйымына өтініш берген жағдайда",
          ),
        },
        {
          ...task(
            "s4-prepare",
            "4",
            "responsible_executor",
            r(4),
            { line: 1316, quote: "бір жұмыс күні ішінде", duration: workingDays(1) },
            prepareAction,
            prepareOutput,
            "notification",
          ),
          next: "s5-sign",
        },
        task(
          "s4-prepare-other",
          "4",
          "responsible_executor",
          r(4),
          { line: 1318, quote: "4 жұмыс күні ішінде", duration: workingDays(4) },
          prepareAction,
          prepareOutput,
          "notification",
        ),
        task(
          "s5-sign",
          "5",
          "head",
          r(5),
          { line: 1320, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
          t(
            "Хабарламаға немесе дәлелді бас тартуға қол қояды",
            "Подписывает уведомление или мотивированный отказ",
            "Signs the notification or the reasoned refusal",
          ),
          t(
            "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің кеңсе қызметкеріне жолдау",
            "Направление результата государственной услуги сотруднику канцелярии услугодателя",
            "Result passed to the provider's office clerk",
          ),
          "notification",
        ),
        {
          ...task(
            "s6-issue",
            "6",
            "office_clerk",
            r(6),
            { line: 1322, ...TWENTY_MIN },
            t(
              "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға береді",
              "Регистрирует результат государственной услуги и выдает его услугополучателю",
              "Registers the result and issues it to the applicant",
            ),
            t(
              "Мемлекеттік көрсетілетін қызмет нәтижесін беру",
              "Выдача результата государственной услуги",
              "Result issued",
            ),
          ),
          next: "end",
        },
        refuseStep("s2-refuse", "2", "office_clerk", r(2), { line: 1312, ...TWENTY_MIN }, "3"),
      ],
    },
  ],
  contradictions: [
    {
      id: "nedb-notification-wording",
      kind: "other",
      text: t(
        'Орындаушы "ҚР БҒМ ҰБДБ-ға хабарламаны" дайындайды деп жазылған, ал 3-тармақ бойынша хабарлама – көрсетілетін қызметті алушыға берілетін нәтиже; ҰБДБ-дағы деректерді өзектендіру әрекеті өз алдына сипатталмаған',
        'Исполнитель готовит "уведомление в НОБД МОН РК", тогда как по пункту 3 уведомление — результат, выдаваемый услугополучателю; само обновление данных в НОБД отдельно не описано',
        'The executor prepares "the notification to the MES NEDB", whereas under p. 3 the notification is the result handed to the applicant; the actual update of the NEDB data is not described as a step',
      ),
      sources: [s(r(4), 1316), s(ref(REG, 3), 1301)],
    },
    {
      id: "education-organisation-case",
      kind: "other",
      text: t(
        "Қызметті берушілер – білім бөлімдері, бірақ 4 жұмыс күндік ерекше мерзім көрсетілетін қызметті алушы оқымайтын немесе оқуын аяқтамаған білім беру ұйымына өтініш берген жағдайға байланысты; бұл жағдайды анықтау тәртібі актіде жоқ",
        "Услугодатели — отделы образования, однако особый срок 4 рабочих дня привязан к обращению в организацию образования, в которой услугополучатель не обучается или не завершил обучение; как это устанавливается, акт не говорит",
        "The providers are the education departments, yet the special 4-working-day limit applies when the applicant applied to an education organisation where they do not study or have not completed study; the act does not say how this is determined",
      ),
      sources: [s(ref(REG, 1), 1295), s(r(4), 1318, 1318, "4 жұмыс күні ішінде")],
    },
  ],
};
