/**
 * Accreditation of an adoption agency or extension of its accreditation term — Rules of accreditation
 * (MES order No. 513 of 9 December 2014) as amended by order No. 414 (list item 1, lines 46–197) and their
 * annexes 1–2 as restated by list annexes 1–2 (lines 827–1485).
 */

import type { Step } from "../../schema.ts";
import type { VersionInput } from "../build.ts";
import { calendarDays, t, workingDays } from "../build.ts";
import {
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

const A2 = "List annex 2 (Accreditation Rules annex 2)";
const ACC = "accreditation";
const EXT = "extension";

// ------------------------------------------------------------------ procedures

type Channel = "provider_office" | "portal";

function submitAccreditation(channel: Channel): Step {
  return {
    id: "submit-application",
    kind: "task",
    actor: "applicant",
    action:
      channel === "provider_office"
        ? t(
            "Агенттіктің сенім білдірілген тұлғасы көрсетілетін қызметті берушінің кеңсесіне Қағидалардың 1-қосымшасына сәйкес нысан бойынша өтінішті Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттарды қоса бере отырып береді.",
            "Доверенное лицо агентства подает в канцелярию услугодателя заявление по форме согласно приложению 1 к Правилам с приложением документов, предусмотренных Требованиями к оказанию государственной услуги.",
            "The agency's trustee files, at the provider's office, the application in the form of Rules annex 1 with the documents listed in the service requirements.",
          )
        : t(
            "Агенттіктің сенім білдірілген тұлғасы портал арқылы ЭЦҚ қойылған электрондық құжат нысанындағы сұрауды Мемлекеттік қызмет көрсетуге қойылатын талаптарда көзделген құжаттардың электрондық көшірмелерін қоса бере отырып жолдайды.",
            "Доверенное лицо агентства направляет через портал запрос в форме электронного документа, подписанного ЭЦП, с приложением электронных копий документов, предусмотренных Требованиями к оказанию государственной услуги.",
            "The agency's trustee sends through the portal an EDS-signed electronic request with electronic copies of the documents listed in the service requirements.",
          ),
    duration: null,
    output: t("Өтініш берілді", "Заявление подано", "Application filed"),
    outputDocument: "application",
    source: s("Accreditation Rules p. 5", 57, 64),
  };
}

function completenessDecision(channel: Channel): Step {
  return {
    id: "check-completeness",
    kind: "decision",
    actor: channel === "provider_office" ? "office_clerk" : "responsible_executor",
    action: t(
      "Құжаттар топтамасы толық ұсынылды ма және қолданылу мерзімі өткен құжаттар жоқ па?",
      "Представлен ли полный пакет документов и нет ли документов с истекшим сроком действия?",
      "Is the package of documents complete, with no expired documents?",
    ),
    duration: null,
    output: null,
    ifNo: "refuse-acceptance",
    source: s("Accreditation Rules p. 9, part 3", 77, 79),
  };
}

function refuseAcceptance(channel: Channel): Step {
  return {
    id: "refuse-acceptance",
    kind: "task",
    actor: channel === "provider_office" ? "office_clerk" : "responsible_executor",
    action: t(
      "Көрсетілетін қызметті беруші көрсетілетін қызметті алушыдан өтінішті қабылдаудан бас тартады.",
      "Услугодатель отказывает услугополучателю в приеме заявления.",
      "The provider refuses to accept the application.",
    ),
    duration: null,
    output: t(
      "Өтінішті қабылдаудан бас тартылды",
      "Отказ в приеме заявления",
      "Acceptance of the application refused",
    ),
    next: "end",
    source: s("Accreditation Rules p. 9, part 3", 77, 79),
  };
}

const gatewayData: Step = {
  id: "fetch-gateway-data",
  kind: "task",
  actor: "information_system",
  action: t(
    'Көрсетілетін қызметті беруші көрсетілетін қызметті алушының жеке басын куәландыратын, заңды тұлғаны мемлекеттік тіркеу (қайта тіркеу) туралы, жеке кәсіпкер ретінде мемлекеттік тіркеу туралы құжаттардың мәліметтерін тиісті мемлекеттік ақпараттық жүйелерден "электрондық үкімет" шлюзі арқылы алады.',
    "Услугодатель получает сведения о документах, удостоверяющих личность услугополучателя, о государственной регистрации (перерегистрации) юридического лица, о государственной регистрации в качестве индивидуального предпринимателя из соответствующих государственных информационных систем через шлюз «электронного правительства».",
    "The provider obtains the data of the recipient's identity document and of the state registration (re-registration) of the legal entity or as an individual entrepreneur from the state information systems through the e-government gateway.",
  ),
  duration: null,
  output: t("Мәліметтер алынды", "Сведения получены", "Data obtained"),
  source: s("Accreditation Rules p. 9, part 1", 66, 72),
};

function accreditationProcedure(channel: Channel): VersionInput["procedures"][number] {
  const office = channel === "provider_office";
  return {
    id: office ? "office-accreditation" : "portal-accreditation",
    channel,
    variant: ACC,
    title: office
      ? t(
          "Агенттікті аккредиттеу: көрсетілетін қызметті берушінің кеңсесі арқылы",
          "Аккредитация агентства: через канцелярию услугодателя",
          "Accreditation of an agency: through the provider's office",
        )
      : t(
          "Агенттікті аккредиттеу: портал арқылы",
          "Аккредитация агентства: через портал",
          "Accreditation of an agency: through the portal",
        ),
    source: s("Accreditation Rules pp. 5, 9, 11–13", 57, 106),
    steps: [
      submitAccreditation(channel),
      completenessDecision(channel),
      gatewayData,
      {
        id: "send-to-state-bodies",
        kind: "task",
        actor: "responsible_executor",
        action: t(
          "Мемлекеттік қызмет көрсетуге қойылатын талаптардың 8-тармағында көзделген құжаттарды екі күнтізбелік күн ішінде мемлекеттік органдарға келісу үшін жолдайды.",
          "В течение двух календарных дней направляет документы, предусмотренные пунктом 8 Требований к оказанию государственной услуги, в государственные органы для согласования.",
          "Within two calendar days sends the documents of p. 8 of the service requirements to the state bodies for approval.",
        ),
        duration: calendarDays(2),
        output: t(
          "Құжаттар мемлекеттік органдарға келісуге жолданды",
          "Документы направлены в государственные органы на согласование",
          "Documents sent to the state bodies for approval",
        ),
        source: s("Accreditation Rules p. 11", 81, 83, "екі күнтізбелік күн ішінде"),
      },
      {
        id: "state-bodies-conclusion",
        kind: "task",
        actor: "state_body",
        action: t(
          "Мемлекеттік органдар құжаттар келіп түскен және көрсетілетін қызметті берушіден сұрау түскен сәттен бастап он жұмыс күні ішінде Қазақстан Республикасының аумағында агенттіктің қызметін жүзеге асыру мүмкіндігі туралы қорытынды береді.",
          "Государственные органы в течение десяти рабочих дней с момента поступления документов и запроса услугодателя дают заключение о возможности осуществления деятельности агентства на территории Республики Казахстан.",
          "Within ten working days of receiving the documents and the provider's request, the state bodies give a conclusion on whether the agency may operate in the Republic of Kazakhstan.",
        ),
        duration: workingDays(10),
        output: t(
          "Агенттіктің қызметін жүзеге асыру мүмкіндігі туралы қорытынды",
          "Заключение о возможности осуществления деятельности агентства",
          "Conclusion on whether the agency may operate",
        ),
        outputDocument: "conclusion",
        source: s("Accreditation Rules p. 11", 83, 86, "он жұмыс күні ішінде"),
      },
      {
        id: "check-and-decide",
        kind: "task",
        actor: "responsible_executor",
        action: t(
          "Күнтізбелік 14 (он төрт) күн ішінде көрсетілетін қызметті алушы ұсынған құжаттардың Кодекстің шарттары мен талаптарына сәйкестігін тексереді және агенттіктің қызметін жүзеге асыру мүмкіндігі туралы қорытындының негізінде аккредиттеу туралы не талаптардың 9-тармағында көзделген негіздер бойынша аккредиттеуден бас тарту туралы шешім шығарады.",
          "В течение 14 (четырнадцати) календарных дней проверяет соответствие представленных документов условиям и требованиям Кодекса и на основании заключения о возможности осуществления деятельности агентства выносит решение об аккредитации либо об отказе в аккредитации по основаниям, предусмотренным пунктом 9 Требований.",
          "Within 14 calendar days checks the submitted documents against the conditions and requirements of the Code and, on the basis of the conclusion on whether the agency may operate, decides on accreditation or on refusal on the grounds of p. 9 of the requirements.",
        ),
        duration: calendarDays(14),
        output: t(
          "Аккредиттеу туралы не аккредиттеуден бас тарту туралы шешім",
          "Решение об аккредитации либо об отказе в аккредитации",
          "Decision on accreditation or on refusal",
        ),
        outputDocument: "decision",
        source: s("Accreditation Rules p. 12", 87, 93, "күнтізбелік 14 (он төрт) күн ішінде"),
      },
      noRefusalGroundsDecision(
        "no-refusal-grounds",
        "responsible_executor",
        s("Accreditation Rules p. 12; p. 13, part 2", 87, 101),
      ),
      {
        id: "issue-decision",
        kind: "task",
        actor: office ? "office_clerk" : "responsible_executor",
        action: office
          ? t(
              "Агенттікті аккредиттеу туралы шешімді немесе аккредиттеуден бас тартуды оны қабылдаған күннен бастап күнтізбелік 10 (он) күн ішінде береді.",
              "Выдает решение об аккредитации агентства либо отказ в аккредитации в течение 10 (десяти) календарных дней со дня его принятия.",
              "Issues the decision on accreditation, or the refusal, within 10 calendar days of its adoption.",
            )
          : t(
              'Агенттікті аккредиттеу туралы шешімді немесе аккредиттеуден бас тартуды оны қабылдаған күннен бастап күнтізбелік 10 (он) күн ішінде береді; порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі.',
              "Выдает решение об аккредитации агентства либо отказ в аккредитации в течение 10 (десяти) календарных дней со дня его принятия; на портале результат направляется в «личный кабинет» услугополучателя.",
              "Issues the decision on accreditation, or the refusal, within 10 calendar days of its adoption; on the portal the result goes to the recipient's personal cabinet.",
            ),
        duration: calendarDays(10),
        output: t("Шешім немесе бас тарту берілді", "Решение или отказ выданы", "Decision or refusal issued"),
        outputDocument: "decision",
        next: "end",
        source: s("Accreditation Rules p. 13, part 1", 94, 96, "күнтізбелік 10 (он) күн"),
      },
      ...hearingBranch({
        preliminary: s("Accreditation Rules p. 13, part 2", 97, 105),
        hearing: s("Accreditation Rules p. 13, part 3", 106),
        hearingNext: "issue-decision",
      }),
      refuseAcceptance(channel),
    ],
  };
}

function extensionProcedure(channel: Channel): VersionInput["procedures"][number] {
  const office = channel === "provider_office";
  return {
    id: office ? "office-extension" : "portal-extension",
    channel,
    variant: EXT,
    title: office
      ? t(
          "Аккредиттеу мерзімін ұзарту: көрсетілетін қызметті берушінің кеңсесі арқылы",
          "Продление срока аккредитации: через канцелярию услугодателя",
          "Extension of the accreditation term: through the provider's office",
        )
      : t(
          "Аккредиттеу мерзімін ұзарту: портал арқылы",
          "Продление срока аккредитации: через портал",
          "Extension of the accreditation term: through the portal",
        ),
    source: s("Accreditation Rules pp. 19, 24", 127, 149),
    steps: [
      {
        id: "submit-application",
        kind: "task",
        actor: "applicant",
        action: office
          ? t(
              "Аккредиттеу мерзімі аяқталғанға дейін күнтізбелік отыз күннен кешіктірмей көрсетілетін қызметті берушінің кеңсесіне Қағидалардың 1-қосымшасына сәйкес нысан бойынша өтінішті талаптарда көзделген құжаттарды қоса бере отырып береді.",
              "Не позднее тридцати календарных дней до истечения срока аккредитации подает в канцелярию услугодателя заявление по форме согласно приложению 1 к Правилам с приложением документов, предусмотренных Требованиями.",
              "No later than thirty calendar days before the accreditation expires, files at the provider's office the application in the form of Rules annex 1 with the documents listed in the requirements.",
            )
          : t(
              "Аккредиттеу мерзімі аяқталғанға дейін күнтізбелік отыз күннен кешіктірмей портал арқылы ЭЦҚ қойылған электрондық құжат нысанындағы сұрауды талаптарда көзделген құжаттарды қоса бере отырып жолдайды.",
              "Не позднее тридцати календарных дней до истечения срока аккредитации направляет через портал запрос в форме электронного документа, подписанного ЭЦП, с приложением документов, предусмотренных Требованиями.",
              "No later than thirty calendar days before the accreditation expires, sends through the portal an EDS-signed electronic request with the documents listed in the requirements.",
            ),
        duration: null,
        output: t("Өтініш берілді", "Заявление подано", "Application filed"),
        outputDocument: "application",
        source: s("Accreditation Rules p. 19", 127, 133),
      },
      {
        id: "check-documents",
        kind: "task",
        actor: "responsible_executor",
        action: t(
          "Құжаттарды алған күннен бастап 9 (тоғыз) жұмыс күні ішінде ұсынылған құжаттардың аккредиттеу мерзімін ұзарту және ұзарту туралы не талаптардың 9-тармағында көзделген негіздер бойынша ұзартудан бас тарту туралы дәлелді шешім қабылдау үшін талаптар мен негіздерге сәйкестігін тексереді.",
          "В течение 9 (девяти) рабочих дней со дня получения документов проверяет их соответствие требованиям и основаниям для продления срока аккредитации и принятия мотивированного решения о продлении либо об отказе в продлении по основаниям, предусмотренным пунктом 9 Требований.",
          "Within 9 working days of receiving the documents checks them against the requirements and grounds for extending the accreditation and for a reasoned decision to extend it or to refuse on the grounds of p. 9 of the requirements.",
        ),
        duration: workingDays(9),
        output: t("Құжаттар тексерілді", "Документы проверены", "Documents checked"),
        source: s("Accreditation Rules p. 24, part 1", 135, 140, "9 (тоғыз) жұмыс күні ішінде"),
      },
      noRefusalGroundsDecision(
        "no-refusal-grounds",
        "responsible_executor",
        s("Accreditation Rules p. 24", 135, 143),
      ),
      {
        id: "extension-decision",
        kind: "task",
        actor: "responsible_executor",
        action: t(
          "Агенттікті аккредиттеу мерзімін ұзарту туралы дәлелді шешім қабылдайды.",
          "Принимает мотивированное решение о продлении срока аккредитации агентства.",
          "Adopts the reasoned decision to extend the agency's accreditation term.",
        ),
        duration: null,
        output: t(
          "Аккредиттеу мерзімін ұзарту туралы шешім",
          "Решение о продлении срока аккредитации",
          "Decision extending the accreditation term",
        ),
        outputDocument: "decision",
        next: "end",
        source: s("Accreditation Rules p. 24, part 1", 135, 140),
      },
      ...hearingBranch({
        preliminary: s("Accreditation Rules p. 24, part 2", 141, 148),
        hearing: s("Accreditation Rules p. 24, part 3", 149),
        final: {
          duration: null,
          action: t(
            "Тыңдау нәтижелері бойынша аккредиттеу мерзімін ұзарту туралы не ұзартудан бас тарту туралы дәлелді шешім қабылдайды.",
            "По результатам заслушивания принимает мотивированное решение о продлении срока аккредитации либо об отказе в продлении.",
            "After the hearing, adopts the reasoned decision to extend the accreditation or to refuse the extension.",
          ),
          output: t(
            "Ұзарту туралы не ұзартудан бас тарту туралы дәлелді шешім",
            "Мотивированное решение о продлении либо об отказе в продлении",
            "Reasoned decision to extend or to refuse",
          ),
          source: s("Accreditation Rules p. 24", 135, 149),
        },
      }),
    ],
  };
}

// ------------------------------------------------------------------ standard

const officeAccDocs = [
  doc(
    "acc-office-application",
    ["provider_office"],
    t(
      "Осы мемлекеттік қызмет көрсетуге қойылатын талаптарға қосымшаға сәйкес нысан бойынша өтініш",
      "Заявление по форме согласно приложению к настоящим требованиям к оказанию государственной услуги",
      "Application in the form annexed to these service requirements",
    ),
    s(`${A2}, row 8, sub-p. 1-1`, 1055, 1058),
    { variant: ACC },
  ),
  doc(
    "acc-office-identity-document",
    ["provider_office"],
    t(
      "Көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
      "Документ, удостоверяющий личность услугополучателя",
      "The recipient's identity document",
    ),
    s(`${A2}, row 8, sub-p. 1-2`, 1059, 1063),
    {
      variant: ACC,
      condition: t(
        "Жеке басын сәйкестендіру үшін талап етіледі",
        "Требуется для идентификации личности",
        "Required to identify the person",
      ),
    },
  ),
  doc(
    "acc-office-constituent-documents",
    ["provider_office"],
    t(
      "Құрылтай құжаттарының нотариалды куәландырылған көшірмелері",
      "Нотариально засвидетельствованные копии учредительных документов",
      "Notarised copies of the constituent documents",
    ),
    s(`${A2}, row 8, sub-p. 1-3`, 1064, 1066),
    { variant: ACC, presentation: "copy" },
  ),
  doc(
    "acc-office-authority-document",
    ["provider_office"],
    t(
      "Агенттік орналасқан мемлекеттің құзыретті органы берген, тиісті салада қызметті жүзеге асыруға өкілеттігін растайтын құжаттың көшірмесі",
      "Копия документа, выданного компетентным органом государства места нахождения агентства, подтверждающего его полномочия на осуществление деятельности в соответствующей сфере",
      "Copy of the document issued by the competent body of the agency's state confirming its authority to work in the field",
    ),
    s(`${A2}, row 8, sub-p. 1-4`, 1067, 1073),
    { variant: ACC, presentation: "copy" },
  ),
  doc(
    "acc-office-recommendation-letter",
    ["provider_office"],
    t(
      "Агенттіктің өкілеттігін растайтын құжатты берген немесе агенттіктің қызметіне бақылауды жүзеге асыратын мемлекеттің құзыретті органының агенттіктің Қазақстан Республикасының аумағында тиісті қызметті жүзеге асыру мүмкіндігі туралы ұсыным хаты",
      "Рекомендательное письмо компетентного органа государства, выдавшего документ о полномочиях агентства или осуществляющего контроль за его деятельностью, о возможности осуществления агентством соответствующей деятельности на территории Республики Казахстан",
      "Recommendation letter from the competent body of the state that issued the agency's authority document or supervises it, on whether the agency may carry out the activity in the Republic of Kazakhstan",
    ),
    s(`${A2}, row 8, sub-p. 1-5`, 1074, 1082),
    { variant: ACC },
  ),
  doc(
    "acc-office-services-list",
    ["provider_office"],
    t(
      "Бала асырап алуға үміткерлерге агенттік ұсынатын көрсетілетін қызметтердің тізбесі",
      "Перечень услуг, оказываемых агентством кандидатам в усыновители",
      "List of the services the agency offers to adoption candidates",
    ),
    s(`${A2}, row 8, sub-p. 1-6`, 1083, 1085),
    { variant: ACC },
  ),
  doc(
    "acc-office-monitoring-undertaking",
    ["provider_office"],
    t(
      '"Неке (ерлі-зайыптылық) және отбасы туралы" Кодекске сәйкес асырап алынған балалардың тұрмыс жағдайлары мен тәрбиесіне бақылауды жүзеге асыру және тиісті есептер беру жөніндегі міндеттеме',
      "Обязательство об осуществлении контроля за условиями жизни и воспитания усыновленных детей и представлении соответствующих отчетов в соответствии с Кодексом «О браке (супружестве) и семье»",
      "Undertaking to monitor the living conditions and upbringing of adopted children and to report, under the Code on Marriage (Matrimony) and Family",
    ),
    s(`${A2}, row 8, sub-p. 1-7`, 1086, 1093),
    { variant: ACC },
  ),
  doc(
    "acc-office-consular-undertaking",
    ["provider_office"],
    t(
      "Бала асырап алушылар өздері тұратын мемлекетке келген соң асырап алынған баланың Қазақстан Республикасының консулдық мекемесінде есепке қойылуын бақылауды жүзеге асыру жөніндегі міндеттеме",
      "Обязательство об осуществлении контроля за постановкой усыновленного ребенка на учет в консульском учреждении Республики Казахстан после прибытия усыновителей в государство проживания",
      "Undertaking to see that the adopted child is registered at a consular office of the Republic of Kazakhstan after the adopters arrive in their state",
    ),
    s(`${A2}, row 8, sub-p. 1-8`, 1094, 1100),
    { variant: ACC },
  ),
  doc(
    "acc-office-power-of-attorney",
    ["provider_office"],
    t(
      "Агенттіктің көрсетілетін қызметті алушыға берген нотариалды куәландырылған сенімхаты",
      "Нотариально удостоверенная доверенность, выданная агентством услугополучателю",
      "Notarised power of attorney given by the agency to the recipient",
    ),
    s(`${A2}, row 8, sub-p. 1-9`, 1101, 1104),
    { variant: ACC },
  ),
  doc(
    "acc-office-reporting-body-undertaking",
    ["provider_office"],
    t(
      "Агенттіктің қызметі тоқтатылған жағдайда асырап алынған балалардың өмір сүру және тәрбиелену жағдайлары туралы есептер мен ақпаратты беріп отыратын органды немесе ұйымды тағайындау туралы агенттік орналасқан мемлекеттің құзыретті органының міндеттемесі",
      "Обязательство компетентного органа государства места нахождения агентства о назначении органа или организации, которые будут представлять отчеты и информацию об условиях жизни и воспитания усыновленных детей в случае прекращения деятельности агентства",
      "Undertaking of the competent body of the agency's state to appoint a body or organisation that will report on the living and upbringing conditions of adopted children if the agency stops operating",
    ),
    s(`${A2}, row 8, sub-p. 1-10`, 1108, 1121),
    { variant: ACC },
  ),
  doc(
    "acc-office-incident-undertaking",
    ["provider_office"],
    t(
      "Баланың қайтыс болуы, оған қатыгездік көрсету, оның ішінде физикалық немесе психикалық зорлық-зомбылық жасау, баланың жыныстық тиіспеушілігіне қастық жасау фактісі анықталған кезден бастап жиырма төрт сағат ішінде Қазақстан Республикасының балалардың құқықтарын қорғау саласындағы уәкілетті органына хабар беру туралы агенттік орналасқан мемлекеттің құзыретті органының міндеттемесі",
      "Обязательство компетентного органа государства места нахождения агентства сообщать в уполномоченный орган Республики Казахстан в области защиты прав детей в течение двадцати четырех часов с момента выявления фактов смерти ребенка, жестокого обращения с ним, в том числе физического или психического насилия, посягательства на его половую неприкосновенность",
      "Undertaking of the competent body of the agency's state to inform the Kazakh authority for children's rights within twenty-four hours of discovering a child's death, cruelty to the child including physical or mental violence, or an assault on the child's sexual integrity",
    ),
    s(`${A2}, row 8, sub-p. 1-11`, 1122, 1135),
    { variant: ACC },
  ),
  doc(
    "acc-office-changes-undertaking",
    ["provider_office"],
    t(
      "Агенттіктің құрылтай құжаттарындағы өзгерістер туралы Қазақстан Республикасының балалардың құқықтарын қорғау саласындағы уәкілетті органын хабардар ету туралы агенттік орналасқан мемлекеттің құзыретті органының міндеттемесі",
      "Обязательство компетентного органа государства места нахождения агентства уведомлять уполномоченный орган Республики Казахстан в области защиты прав детей об изменениях в учредительных документах агентства",
      "Undertaking of the competent body of the agency's state to notify the Kazakh authority for children's rights of changes to the agency's constituent documents",
    ),
    s(`${A2}, row 8, sub-p. 1-12`, 1136, 1144),
    { variant: ACC },
  ),
];

const portalAccDocs = [
  doc(
    "acc-portal-request",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының ЭЦҚ қойылған электрондық құжат нысанындағы сұрау",
      "Запрос в форме электронного документа, подписанного ЭЦП услугополучателя",
      "Request as an electronic document signed with the recipient's EDS",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-1`, 1150, 1153),
    { variant: ACC },
  ),
  doc(
    "acc-portal-constituent-documents",
    ["portal"],
    t(
      "Құрылтай құжаттарының нотариалды куәландырылған көшірмелерінің электронды көшірмесі",
      "Электронная копия нотариально засвидетельствованных копий учредительных документов",
      "Electronic copy of the notarised copies of the constituent documents",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-2`, 1154, 1157),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-authority-document",
    ["portal"],
    t(
      "Агенттік орналасқан мемлекеттің құзыретті органы берген оның тиісті салада қызметті жүзеге асыруға өкілеттігін растайтын құжаттың электронды көшірмесі",
      "Электронная копия документа, выданного компетентным органом государства места нахождения агентства, подтверждающего его полномочия на осуществление деятельности в соответствующей сфере",
      "Electronic copy of the competent body's document confirming the agency's authority to work in the field",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-3`, 1158, 1169),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-recommendation-letter",
    ["portal"],
    t(
      "Мемлекеттің құзыретті органының агенттіктің Қазақстан Республикасының аумағында тиісті қызметті жүзеге асыру мүмкіндігі туралы ұсыным хатының электронды көшірмесі",
      "Электронная копия рекомендательного письма компетентного органа государства о возможности осуществления агентством соответствующей деятельности на территории Республики Казахстан",
      "Electronic copy of the competent body's recommendation letter on whether the agency may operate in the Republic of Kazakhstan",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-4`, 1170, 1179),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-services-list",
    ["portal"],
    t(
      "Бала асырап алуға үміткерлерге агенттік ұсынатын көрсетілетін қызметтер тізбесінің электронды көшірмесі",
      "Электронная копия перечня услуг, оказываемых агентством кандидатам в усыновители",
      "Electronic copy of the list of services the agency offers to adoption candidates",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-5`, 1180, 1183),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-monitoring-undertaking",
    ["portal"],
    t(
      "Асырап алынған балалардың тұрмыс жағдайлары мен тәрбиесіне бақылауды жүзеге асыру және тиісті есептер беру жөніндегі міндеттеменің электронды көшірмесі",
      "Электронная копия обязательства об осуществлении контроля за условиями жизни и воспитания усыновленных детей и представлении отчетов",
      "Electronic copy of the undertaking to monitor adopted children's living conditions and upbringing and to report",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-6`, 1184, 1192),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-consular-undertaking",
    ["portal"],
    t(
      "Асырап алынған баланың Қазақстан Республикасының консулдық мекемесінде есепке қойылуын бақылауды жүзеге асыру жөніндегі міндеттеменің электронды көшірмесі",
      "Электронная копия обязательства об осуществлении контроля за постановкой усыновленного ребенка на консульский учет",
      "Electronic copy of the undertaking on the adopted child's consular registration",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-7`, 1193, 1200),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-power-of-attorney",
    ["portal"],
    t(
      "Агенттіктің көрсетілетін қызметті алушыға берген нотариалды куәландырылған сенімхатының электронды көшірмесі",
      "Электронная копия нотариально удостоверенной доверенности, выданной агентством услугополучателю",
      "Electronic copy of the notarised power of attorney given by the agency to the recipient",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-8`, 1201, 1205),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-reporting-body-undertaking",
    ["portal"],
    t(
      "Агенттіктің қызметі тоқтатылған жағдайда есептер мен ақпаратты беріп отыратын органды немесе ұйымды тағайындау туралы құзыретті органның міндеттемесінің электрондық көшірмесі",
      "Электронная копия обязательства компетентного органа о назначении органа или организации для представления отчетов и информации в случае прекращения деятельности агентства",
      "Electronic copy of the competent body's undertaking to appoint a reporting body or organisation if the agency stops operating",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-9`, 1206, 1220),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-incident-undertaking",
    ["portal"],
    t(
      "Баланың қайтыс болуы, оған қатыгездік көрсету, зорлық-зомбылық, жыныстық тиіспеушілігіне қастық жасау фактісі анықталған кезден бастап жиырма төрт сағат ішінде уәкілетті органға хабар беру туралы құзыретті органның міндеттемесінің электрондық көшірмесі",
      "Электронная копия обязательства компетентного органа сообщать в уполномоченный орган в течение двадцати четырех часов о фактах смерти ребенка, жестокого обращения, насилия, посягательства на половую неприкосновенность",
      "Electronic copy of the competent body's undertaking to report a child's death, cruelty, violence or sexual assault to the authority within twenty-four hours",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-10`, 1224, 1239),
    { variant: ACC, presentation: "electronic_copy" },
  ),
  doc(
    "acc-portal-changes-undertaking",
    ["portal"],
    t(
      "Агенттіктің құрылтай құжаттарындағы өзгерістер туралы уәкілетті органды хабардар ету туралы құзыретті органның міндеттемесінің электрондық көшірмесі",
      "Электронная копия обязательства компетентного органа уведомлять уполномоченный орган об изменениях в учредительных документах агентства",
      "Electronic copy of the competent body's undertaking to notify the authority of changes to the agency's constituent documents",
    ),
    s(`${A2}, row 8, portal, sub-p. 1-11`, 1240, 1249),
    { variant: ACC, presentation: "electronic_copy" },
  ),
];

const extDocs = [
  doc(
    "ext-office-application",
    ["provider_office"],
    t(
      "Қағидалардың 1-қосымшасына сәйкес нысан бойынша көрсетілетін қызметті алушының өтініші",
      "Заявление услугополучателя по форме согласно приложению 1 к Правилам",
      "The recipient's application in the form of Rules annex 1",
    ),
    s(`${A2}, row 8, sub-p. 2-1`, 1255, 1258),
    { variant: EXT },
  ),
  doc(
    "ext-office-power-of-attorney",
    ["provider_office"],
    t(
      "Бала асырап алу жөніндегі агенттіктің сенім білдірген адамға берген нотариалды куәландырылған сенімхатының көшірмесі",
      "Копия нотариально удостоверенной доверенности, выданной агентством по усыновлению доверенному лицу",
      "Copy of the notarised power of attorney given by the adoption agency to its trustee",
    ),
    s(`${A2}, row 8, sub-p. 2-2`, 1259, 1263),
    { variant: EXT, presentation: "copy" },
  ),
  doc(
    "ext-portal-request",
    ["portal"],
    t(
      "Көрсетілетін қызметті алушының ЭЦҚ қойылған электрондық құжат нысанындағы сұрау",
      "Запрос в форме электронного документа, подписанного ЭЦП услугополучателя",
      "Request as an electronic document signed with the recipient's EDS",
    ),
    s(`${A2}, row 8, portal, sub-p. 2-1`, 1269, 1272),
    { variant: EXT },
  ),
  doc(
    "ext-portal-power-of-attorney",
    ["portal"],
    t(
      "Агенттіктің сенім білдірген адамға берген нотариалды куәландырылған сенімхатының көшірмесі",
      "Копия нотариально удостоверенной доверенности, выданной агентством доверенному лицу",
      "Copy of the notarised power of attorney given by the agency to its trustee",
    ),
    s(`${A2}, row 8, portal, sub-p. 2-2`, 1273, 1276),
    { variant: EXT, presentation: "copy" },
  ),
];

const accGrounds = [
  {
    n: 1,
    text: t(
      "Ұсынылған құжаттардың Қазақстан Республикасының заңнамасында белгіленген талаптарға сәйкес болмауы",
      "Несоответствие представленных документов требованиям, установленным законодательством Республики Казахстан",
      "The documents submitted do not meet the requirements of the legislation of the Republic of Kazakhstan",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 1`, 1296, 1299),
  },
  {
    n: 2,
    text: t(
      "Өз қызметі туралы дәйексіз мәліметтер ұсынылуы",
      "Представление недостоверных сведений о своей деятельности",
      "Unreliable information about its activity was submitted",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 2`, 1300, 1301),
  },
  {
    n: 3,
    text: t(
      "Агенттіктің немесе оның филиалдарының және (немесе) өкілдіктерінің қызметі туралы шет мемлекеттің құзыретті органдарынан, сондай-ақ Қазақстан Республикасының мемлекеттік органдарынан келіп түскен жағымсыз ақпараттың болуы",
      "Наличие отрицательной информации о деятельности агентства или его филиалов и (или) представительств, поступившей от компетентных органов иностранного государства, а также от государственных органов Республики Казахстан",
      "Negative information on the activity of the agency or its branches and (or) representative offices received from the competent bodies of a foreign state or from state bodies of the Republic of Kazakhstan",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 3`, 1302, 1310),
  },
  {
    n: 4,
    text: t(
      "Агенттік орналасқан мемлекеттегі қолайсыз әлеуметтік-экономикалық, саяси, экологиялық ахуал, әскери іс-қимылдардың жүзеге асырылуы",
      "Неблагоприятная социально-экономическая, политическая, экологическая обстановка, ведение военных действий в государстве места нахождения агентства",
      "An unfavourable socio-economic, political or ecological situation, or military action, in the agency's state",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 4`, 1311, 1316),
  },
  {
    n: 5,
    text: t(
      "Агенттіктің филиалы және (немесе) өкілдігі қызметкерлерінің Қазақстан Республикасының заңнамасын бұзуы",
      "Нарушение работниками филиала и (или) представительства агентства законодательства Республики Казахстан",
      "Staff of the agency's branch and (or) representative office have broken the law of the Republic of Kazakhstan",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 5`, 1317, 1320),
  },
  {
    n: 6,
    text: t(
      "Агенттіктің асырап алынған балалардың тұрмыс жағдайлары мен тәрбиесін бақылауды жүзеге асыру және белгіленген тәртіппен тиісті есептер мен ақпарат беру жөніндегі өз міндеттемелерін бұзуы",
      "Нарушение агентством своих обязательств по контролю за условиями жизни и воспитания усыновленных детей и представлению в установленном порядке отчетов и информации",
      "The agency has broken its undertakings to monitor adopted children's living conditions and upbringing and to report as established",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 6`, 1321, 1327),
  },
  {
    n: 7,
    text: t(
      "Агенттіктің асырап алынған баланың белгіленген тәртіппен Қазақстан Республикасының консулдық мекемесінде есепке қойылуын бақылауды жүзеге асыру жөніндегі өз міндеттемелерін бұзуы",
      "Нарушение агентством своих обязательств по контролю за постановкой усыновленного ребенка на учет в консульском учреждении Республики Казахстан",
      "The agency has broken its undertakings on the adopted child's registration at a consular office of the Republic of Kazakhstan",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 7`, 1328, 1339),
  },
  {
    n: 8,
    text: t(
      "Агенттіктің өз мемлекеті аумағында қызметінің тоқтатылуы",
      "Прекращение деятельности агентства на территории своего государства",
      "The agency has stopped operating in its own state",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 8`, 1340, 1342),
  },
  {
    n: 9,
    text: t(
      "Қазақстан Республикасының аумағында аккредиттелген агенттіктердің белгіленген санынан асуы",
      "Превышение установленного количества аккредитованных агентств на территории Республики Казахстан",
      "The set number of agencies accredited in the Republic of Kazakhstan would be exceeded",
    ),
    variant: ACC,
    source: s(`${A2}, row 9, sub-p. 9`, 1343, 1346),
  },
  genericGround("nla", 10, KK_GENERIC.nla, s(`${A2}, row 9, sub-p. 10`, 1347, 1356), ACC),
  genericGround(
    "negative_approval",
    11,
    KK_GENERIC.negative_approval,
    s(`${A2}, row 9, sub-p. 11`, 1357, 1363),
    ACC,
  ),
  genericGround("court_ban", 12, KK_GENERIC.court_ban, s(`${A2}, row 9, sub-p. 12`, 1364, 1370), ACC),
  genericGround(
    "special_right",
    13,
    KK_GENERIC.special_right_verdict,
    s(`${A2}, row 9, sub-p. 13`, 1371, 1378),
    ACC,
  ),
  genericGround("personal_data", 14, KK_GENERIC.personal_data, s(`${A2}, row 9, sub-p. 14`, 1379, 1389), ACC),
];

const extGrounds = [
  {
    n: 1,
    text: t(
      '"Неке (ерлі-зайыптылық) және отбасы туралы" Қазақстан Республикасы Кодексі нормаларының сақталмауы',
      "Несоблюдение норм Кодекса Республики Казахстан «О браке (супружестве) и семье»",
      "Non-compliance with the Code of the Republic of Kazakhstan on Marriage (Matrimony) and Family",
    ),
    variant: EXT,
    provision: "Code of the Republic of Kazakhstan on Marriage (Matrimony) and Family",
    source: s(`${A2}, row 9, extension, sub-p. 1`, 1397, 1400),
  },
  genericGround(
    "unreliable",
    2,
    KK_GENERIC.unreliable,
    s(`${A2}, row 9, extension, sub-p. 2`, 1401, 1407),
    EXT,
  ),
  genericGround(
    "court_ban",
    3,
    KK_GENERIC.court_ban,
    s(`${A2}, row 9, extension, sub-p. 3`, 1408, 1414),
    EXT,
  ),
  genericGround(
    "special_right",
    4,
    KK_GENERIC.special_right_verdict,
    s(`${A2}, row 9, extension, sub-p. 4`, 1415, 1422),
    EXT,
  ),
  genericGround("nla", 5, KK_GENERIC.nla, s(`${A2}, row 9, extension, sub-p. 5`, 1423, 1432), EXT),
  genericGround(
    "negative_approval",
    6,
    KK_GENERIC.negative_approval,
    s(`${A2}, row 9, extension, sub-p. 6`, 1433, 1439),
    EXT,
  ),
  genericGround(
    "personal_data",
    7,
    KK_GENERIC.personal_data,
    s(`${A2}, row 9, extension, sub-p. 7`, 1440, 1453),
    EXT,
  ),
];

const TERM_TEXT_ACC =
  "2 cd (p. 11, documents to the state bodies) + 10 working days (p. 11, their conclusion) + 14 cd (p. 12, check " +
  "and decision) + 10 cd (p. 13, issue of the decision) = 26 calendar days + 10 working days, i.e. at least 36 " +
  "calendar days, against the term of 30 calendar days (standard row 3, sub-p. 1).";

export const version: VersionInput = {
  id: "national-2022",
  issuer: ISSUER,
  act: ORDER_414,
  amendedBy: [],
  implementsStandard: null,
  effective: effective414(
    "This version is the Rules of accreditation of adoption agencies approved by MES order No. 513 of 9 December " +
      "2014 (reg. No. 10372) as amended by order 414 (list item 1, with Rules annexes 1–2 restated by list annexes " +
      "1–2); sub-p. 3 of p. 2, p. 18 and p. 28 of the Rules were deleted.",
  ),
  source: s("List item 1 (lines 46–197) and list annexes 1–2 (lines 827–1485)", 46, 1485),
  titleInAct: t(
    "Бала асырап алу жөніндегі агенттікті аккредиттеу немесе аккредиттеу мерзімін ұзарту",
    "Аккредитация агентства по усыновлению или продление срока аккредитации",
    "Accreditation of an adoption agency or extension of the accreditation term",
  ),
  variants: [
    {
      id: ACC,
      title: t(
        "Бала асырап алу жөніндегі агенттікті аккредиттеу",
        "Аккредитация агентства по усыновлению",
        "Accreditation of an adoption agency",
      ),
    },
    {
      id: EXT,
      title: t(
        "Бала асырап алу жөніндегі агенттікті аккредиттеу мерзімін ұзарту",
        "Продление срока аккредитации агентства по усыновлению",
        "Extension of an adoption agency's accreditation term",
      ),
    },
  ],
  standard: {
    // The act: an application on the portal is certified with an EDS or a one-time password.
    portalCertification: {
      methods: ["eds", "otp"],
      source: s(`${A2}, row 10`, 1463, 1484, "бір реттік парольмен куәландыру арқылы алады"),
    },
    provider: {
      kinds: ["ministry_committee"],
      description: t(
        "Қазақстан Республикасы Оқу-ағарту министрлігінің Балалардың құқықтарын қорғау комитеті",
        "Комитет по охране прав детей Министерства просвещения Республики Казахстан",
        "Committee for the Protection of Children's Rights of the Ministry of Enlightenment",
      ),
      source: s(`${A2}, row 1`, 902, 906),
    },
    channels: [
      { channel: "provider_office", source: s(`${A2}, row 2, sub-p. 1`, 923, 924) },
      { channel: "portal", source: s(`${A2}, row 2, sub-p. 2`, 925, 928) },
    ],
    terms: [
      {
        channel: null,
        variant: ACC,
        duration: calendarDays(30),
        condition: t(
          "Көрсетілетін қызметті берушіге құжаттарды тапсырған сәттен бастап, сондай-ақ портал арқылы өтініш берген кезде",
          "С момента сдачи документов услугодателю, а также при обращении через портал",
          "From the moment the documents are handed to the provider, and when applying through the portal",
        ),
        source: s(`${A2}, row 3, sub-p. 1`, 936, 942, "күнтізбелік отыз күн"),
      },
      {
        channel: null,
        variant: EXT,
        duration: calendarDays(15),
        condition: t(
          "Көрсетілетін қызметті берушіге құжаттарды тапсырған сәттен бастап, сондай-ақ портал арқылы өтініш берген кезде",
          "С момента сдачи документов услугодателю, а также при обращении через портал",
          "From the moment the documents are handed to the provider, and when applying through the portal",
        ),
        source: s(`${A2}, row 3, sub-p. 1`, 943, 949, "күнтізбелік он бес күн"),
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 20,
        maxServiceMinutes: 30,
        source: s(`${A2}, row 3, sub-pp. 2–3`, 950, 956),
      },
    ],
    forms: { values: ["electronic_partially_automated", "paper"], source: s(`${A2}, row 4`, 958, 966) },
    results: [
      {
        id: "accreditation-decision",
        kind: "decision",
        variant: ACC,
        title: t(
          "Бала асырап алу жөніндегі агенттікті аккредиттеу туралы шешім",
          "Решение об аккредитации агентства по усыновлению",
          "Decision on accreditation of the adoption agency",
        ),
        source: s(`${A2}, row 5`, 968, 977),
      },
      {
        id: "extension-decision",
        kind: "decision",
        variant: EXT,
        title: t(
          "Бала асырап алу жөніндегі агенттікті аккредиттеу мерзімін ұзарту (туралы шешім)",
          "(Решение о) продлении срока аккредитации агентства по усыновлению",
          "(Decision on) extension of the adoption agency's accreditation term",
        ),
        source: s(`${A2}, row 5`, 968, 977),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Талаптардың 9-тармағында көрсетілген негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді шешім",
          "Мотивированное решение об отказе в оказании государственной услуги по основаниям, указанным в пункте 9 Требований",
          "Reasoned decision refusing the service on the grounds of p. 9 of the requirements",
        ),
        source: s(`${A2}, row 5`, 968, 977),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны: электрондық және (немесе) қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: электронная и (или) бумажная.",
          "The result is given in electronic and (or) paper form.",
        ),
        source: s(`${A2}, row 5`, 984, 987),
      },
      {
        text: t(
          "Көрсетілетін қызметті алушы нәтижеге қағаз тасымалдағышта жүгінген кезде нәтиже электронды нысанда ресімделеді, басып шығарылады, мөрмен және көрсетілетін қызметті берушінің уәкілетті адамының қолымен расталады.",
          "При обращении услугополучателя за результатом на бумажном носителе результат оформляется в электронной форме, распечатывается, заверяется печатью и подписью уполномоченного лица услугодателя.",
          "When the recipient asks for the result on paper, it is drawn up electronically, printed, and certified with the stamp and the signature of the provider's authorised person.",
        ),
        source: s(`${A2}, row 5`, 988, 997),
      },
      {
        text: t(
          'Порталда нәтиже электрондық құжат нысанында көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя в форме электронного документа.",
          "On the portal the result is sent to and kept in the recipient's personal cabinet as an electronic document.",
        ),
        source: s(`${A2}, row 5`, 998, 1003),
      },
    ],
    fee: {
      free: true,
      text: t("Тегін", "Бесплатно", "Free of charge"),
      source: s(`${A2}, row 6`, 1005, 1015),
    },
    schedules: [
      {
        who: "provider",
        calendar: "provider",
        text: t(
          "2015 жылғы 23 қарашадағы Қазақстан Республикасының Еңбек кодексіне сәйкес демалыс және мереке күндерін қоспағанда, дүйсенбіден бастап жұманы қоса алғанда, сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 9.00-ден 18.30-ға дейін.",
          "С понедельника по пятницу включительно, с 9.00 до 18.30 часов, с перерывом на обед с 13.00 до 14.30 часов, кроме выходных и праздничных дней согласно Трудовому кодексу Республики Казахстан от 23 ноября 2015 года.",
          "Monday to Friday, 9.00–18.30 with a lunch break 13.00–14.30, except weekends and holidays under the Labour Code of 23 November 2015.",
        ),
        source: s(`${A2}, row 7, sub-p. 1`, 1024, 1033),
      },
      {
        who: "portal",
        calendar: "portal",
        text: t(
          "Жөндеу жұмыстарын жүргізуге байланысты техникалық үзілістерді қоспағанда, тәулік бойы (көрсетілетін қызметті алушы жұмыс уақыты аяқталғаннан кейін, Кодекске сәйкес демалыс және мереке күндері жүгінген кезде өтініштерді қабылдау және нәтижелерді беру келесі жұмыс күні жүзеге асырылады).",
          "Круглосуточно, за исключением технических перерывов в связи с ремонтными работами (при обращении после окончания рабочего времени, в выходные и праздничные дни согласно Кодексу прием заявлений и выдача результатов осуществляются следующим рабочим днем).",
          "Around the clock except technical breaks for maintenance (an application filed after working hours, on weekends or holidays under the Labour Code is accepted, and its result issued, on the next working day).",
        ),
        source: s(`${A2}, row 7, sub-p. 2`, 1034, 1045),
      },
    ],
    documents: [...officeAccDocs, ...portalAccDocs, ...extDocs],
    documentsRef: null,
    refusalGrounds: [...accGrounds, ...extGrounds],
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Барлық ұсынылған құжаттар Қазақстан Республикасының заңнамасында және Қазақстан Республикасы қатысушысы болып табылатын халықаралық шарттарда көзделген тәртіппен заңдастырылады. Қазақстан Республикасынан тыс жерде берілген құжаттар тиісті шет мемлекеттің мемлекеттік тілінде ұсынылады, сондай-ақ қазақ және орыс тілдеріне аударылуға жатады.",
          "Все представленные документы легализуются в порядке, предусмотренном законодательством Республики Казахстан и международными договорами, участником которых является Республика Казахстан. Документы, выданные за пределами Республики Казахстан, представляются на государственном языке соответствующего иностранного государства и подлежат переводу на казахский и русский языки.",
          "All documents submitted are legalised as provided by the law of the Republic of Kazakhstan and its international treaties. Documents issued outside the Republic of Kazakhstan are submitted in the state language of the foreign state and must be translated into Kazakh and Russian.",
        ),
        source: s(`${A2}, row 8`, 1280, 1292),
      },
      {
        text: t(
          'Көрсетілетін қызметті беруші көрсетілетін қызметті алушының жеке басын куәландыратын, заңды тұлғаны мемлекеттік тіркеу (қайта тіркеу) туралы, жеке кәсіпкер ретінде мемлекеттік тіркеу туралы құжаттардың мәліметтерін "электрондық үкімет" шлюзі арқылы алады; көрсетілетін қызметті алушы ақпараттық жүйелерде қамтылған, заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісім береді.',
          "Услугодатель получает сведения о документах, удостоверяющих личность услугополучателя, о государственной регистрации (перерегистрации) юридического лица, о регистрации в качестве индивидуального предпринимателя через шлюз «электронного правительства»; услугополучатель дает согласие на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах.",
          "The provider obtains the identity, legal-entity and individual-entrepreneur registration data through the e-government gateway; the recipient consents to the use of legally protected secret information held in information systems.",
        ),
        source: s("Accreditation Rules p. 9, parts 1–2", 66, 76),
      },
      {
        text: t(
          "Аккредиттеу мерзімін ұзарту үшін өтініш аккредиттеу мерзімі аяқталғанға дейін күнтізбелік отыз күннен кешіктірмей беріледі.",
          "Заявление о продлении срока аккредитации подается не позднее тридцати календарных дней до истечения срока аккредитации.",
          "The application to extend the accreditation must be filed no later than thirty calendar days before the accreditation expires.",
        ),
        source: s("Accreditation Rules p. 19", 127, 129, "күнтізбелік отыз күннен кешіктірмей"),
      },
      preliminaryRefusalRequirement("Accreditation Rules p. 13, parts 2–3 (accreditation)", 97, 106),
      preliminaryRefusalRequirement("Accreditation Rules p. 24, parts 2–3 (extension)", 141, 149),
      monitoringRequirement("Accreditation Rules p. 17", 108, 124),
      monitoringRequirement("Accreditation Rules p. 27", 154, 167),
      {
        text: t(
          "Көрсетілетін қызметті берушінің шешіміне, әрекеттеріне (әрекетсіздігіне) шағым көрсетілетін қызметті беруші басшысының атына, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға (шағымды қарайтын орган) беріледі; шағымды жоғары тұрған әкімшілік орган, лауазымды адам, шағымды қарайтын орган қарайды.",
          "Жалоба на решение, действия (бездействие) услугодателя подается на имя руководителя услугодателя, в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг (орган, рассматривающий жалобу); жалобу рассматривает вышестоящий административный орган, должностное лицо, орган, рассматривающий жалобу.",
          "A complaint against the provider's decision, action or inaction goes to the head of the provider or to the authorised body for assessing and controlling the quality of state services (the complaint review body); it is reviewed by the higher administrative body, an official or the review body.",
        ),
        source: s("Accreditation Rules p. 38, parts 1–3", 170, 178),
      },
      {
        text: t(
          "Шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалып отырған лауазымды адам шағым келіп түскен күннен бастап 3 (үш) жұмыс күнінен кешіктірмей оны шағымды қарайтын органға жібереді; егер ол 3 (үш) жұмыс күні ішінде шағымдағы талаптарды толық қанағаттандыратын шешім не әкімшілік әрекет қабылдаса, шағымды жібермейді.",
          "Должностное лицо, чье решение, действие (бездействие) обжалуется, не позднее 3 (трех) рабочих дней со дня поступления жалобы направляет ее в орган, рассматривающий жалобу; жалоба не направляется, если в течение 3 (трех) рабочих дней принято решение либо административное действие, полностью удовлетворяющее требования жалобы.",
          "The official complained about forwards the complaint to the review body no later than 3 working days after receiving it, unless within those 3 working days a decision or administrative action fully satisfying the complaint is taken.",
        ),
        source: s("Accreditation Rules p. 38, parts 4–5", 179, 185, "3 (үш) жұмыс күнінен кешіктірмей"),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушінің атына келіп түскен шағым Заңның 25-бабының 2-тармағына сәйкес тіркелген күнінен бастап 5 (бес) жұмыс күні ішінде қаралуға жатады.",
          "Жалоба, поступившая на имя услугодателя, подлежит рассмотрению в течение 5 (пяти) рабочих дней со дня ее регистрации в соответствии с пунктом 2 статьи 25 Закона.",
          "A complaint addressed to the provider is reviewed within 5 working days of its registration (Law, art. 25 p. 2).",
        ),
        source: s("Accreditation Rules p. 38, part 6", 186, 188, "(бес) жұмыс күні ішінде"),
      },
      {
        text: t(
          "Шағымды қарайтын органның атына келіп түскен шағым тіркелген күнінен бастап 15 (он бес) жұмыс күні ішінде қаралуға жатады; егер заңда өзгеше көзделмесе, сотқа жүгінуге сотқа дейінгі тәртіппен шағым жасалғаннан кейін жол беріледі.",
          "Жалоба, поступившая на имя органа, рассматривающего жалобу, подлежит рассмотрению в течение 15 (пятнадцати) рабочих дней со дня ее регистрации; если иное не предусмотрено законом, обращение в суд допускается после обжалования в досудебном порядке.",
          "A complaint addressed to the review body is reviewed within 15 working days of its registration; unless the law provides otherwise, court action is possible only after the pre-trial complaint.",
        ),
        source: s("Accreditation Rules p. 38, parts 7–8", 189, 192, "15 (он бес) жұмыс күні ішінде"),
      },
      {
        text: t(
          'Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті ЭЦҚ болған жағдайда портал арқылы электрондық нысанда немесе абоненттік нөмірін порталдың есептік жазбасына тіркеген және қосқан кезде бір реттік парольмен куәландыру арқылы алады. Қызмет көрсету тәртібі мен жағдайы туралы ақпаратты порталдағы "жеке кабинеті", көрсетілетін қызметті берушінің анықтама қызметтері, сондай-ақ Бірыңғай байланыс орталығының "1414", 8 800 080 7777 телефоны арқылы алады.',
          "Услугополучатель получает государственную услугу в электронной форме через портал при наличии ЭЦП либо с удостоверением одноразовым паролем при регистрации и подключении абонентского номера к учетной записи портала. Информацию о порядке и условиях оказания услуги получает через «личный кабинет» на портале, справочные службы услугодателя, а также Единый контакт-центр «1414», 8 800 080 7777.",
          "The recipient obtains the service electronically through the portal with an EDS, or with a one-time password once the mobile number is registered and linked to the portal account. Information on the procedure and conditions is available in the portal's personal cabinet, from the provider's help desks and from the Unified Contact Centre 1414, 8 800 080 7777.",
        ),
        source: s(`${A2}, row 10`, 1463, 1484),
      },
    ],
  },
  procedures: [
    accreditationProcedure("provider_office"),
    accreditationProcedure("portal"),
    extensionProcedure("provider_office"),
    extensionProcedure("portal"),
  ],
  contradictions: [
    {
      id: "office-accreditation-steps-exceed-term",
      kind: "term_vs_steps",
      procedure: "office-accreditation",
      text: t(
        "Қағидалардың 11–13-тармақтарындағы рәсімдер тізбегі (2 күнтізбелік күн + 10 жұмыс күні + 14 күнтізбелік күн + 10 күнтізбелік күн, кемінде 36 күнтізбелік күн) аккредиттеудің 30 күнтізбелік күндік мерзімінен асады.",
        "Цепочка процедур пунктов 11–13 Правил (2 календарных дня + 10 рабочих дней + 14 календарных дней + 10 календарных дней, не менее 36 календарных дней) превышает срок аккредитации 30 календарных дней.",
        `Office accreditation: ${TERM_TEXT_ACC}`,
      ),
      sources: [
        s(`${A2}, row 3, sub-p. 1`, 936, 942, "күнтізбелік отыз күн"),
        s("Accreditation Rules pp. 11–13", 81, 96),
      ],
    },
    {
      id: "portal-accreditation-steps-exceed-term",
      kind: "term_vs_steps",
      procedure: "portal-accreditation",
      text: t(
        "Порталда да Қағидалардың 11–13-тармақтарындағы рәсімдер тізбегі (кемінде 36 күнтізбелік күн) аккредиттеудің 30 күнтізбелік күндік мерзімінен асады.",
        "И на портале цепочка процедур пунктов 11–13 Правил (не менее 36 календарных дней) превышает срок аккредитации 30 календарных дней.",
        `Portal accreditation: ${TERM_TEXT_ACC}`,
      ),
      sources: [
        s(`${A2}, row 3, sub-p. 1`, 936, 942, "күнтізбелік отыз күн"),
        s("Accreditation Rules pp. 11–13", 81, 96),
      ],
    },
    {
      id: "office-extension-check-may-exceed-term",
      kind: "term_vs_steps",
      procedure: "office-extension",
      text: t(
        "Ұзартудың 9 жұмыс күндік тексеруі (24-тармақ) 15 күнтізбелік күндік мерзімге әдетте сыяды (11–13 күнтізбелік күн), бірақ мереке күндері түскенде одан асуы мүмкін; бас тарту кезінде алдын ала шешім мен тыңдау да осы мерзімге сыюы керек. Күмәнді болғандықтан тіркелді.",
        "Проверка продления в 9 рабочих дней (пункт 24) обычно укладывается в срок 15 календарных дней (11–13 календарных дней), но может его превысить, если на период приходятся праздничные дни; при отказе в этот же срок должны уложиться предварительное решение и заслушивание. Отмечено как сомнительное.",
        "Extension: the 9-working-day check (Rules p. 24) normally fits the 15-calendar-day term (11–13 calendar days) but can exceed it when public holidays fall inside (e.g. 21–23 March), and on refusal the preliminary decision and hearing must also fit in; recorded because doubtful.",
      ),
      sources: [
        s(`${A2}, row 3, sub-p. 1`, 943, 949, "күнтізбелік он бес күн"),
        s("Accreditation Rules p. 24", 135, 149, "9 (тоғыз) жұмыс күні ішінде"),
      ],
    },
    {
      id: "portal-extension-check-may-exceed-term",
      kind: "term_vs_steps",
      procedure: "portal-extension",
      text: t(
        "Порталда да ұзартудың 9 жұмыс күндік тексеруі мереке күндері түскенде 15 күнтізбелік күндік мерзімнен асуы мүмкін. Күмәнді болғандықтан тіркелді.",
        "И на портале проверка продления в 9 рабочих дней может превысить срок 15 календарных дней при праздничных днях. Отмечено как сомнительное.",
        "Portal extension: the 9-working-day check (Rules p. 24) can exceed the 15-calendar-day term when public holidays fall inside; recorded because doubtful.",
      ),
      sources: [
        s(`${A2}, row 3, sub-p. 1`, 943, 949, "күнтізбелік он бес күн"),
        s("Accreditation Rules p. 24", 135, 149, "9 (тоғыз) жұмыс күні ішінде"),
      ],
    },
    {
      id: "service-title-wording",
      kind: "other",
      text: t(
        'Қызметтің атауы Қағидалардың 5 және 19-тармақтарында "Бала асырап алу жөніндегі агенттікті аккредиттеу немесе аккредиттеу мерзімін ұзарту", ал стандарттың тақырыбында "Бала асырап алу агенттігін аккредиттеу немесе аккредиттеу мерзімін ұзарту" деп берілген.',
        "Наименование услуги в пунктах 5 и 19 Правил: «Аккредитация агентства по усыновлению или продление срока аккредитации» (букв. «агентства по вопросам усыновления»), а в заголовке перечня требований — «Аккредитация агентства усыновления или продление срока аккредитации».",
        'The service title reads "Бала асырап алу жөніндегі агенттікті аккредиттеу…" in Rules pp. 5 and 19 but "Бала асырап алу агенттігін аккредиттеу…" in the heading of the standard.',
      ),
      sources: [s("Accreditation Rules p. 5", 59, 60), s(`${A2}, heading`, 896, 900)],
    },
    {
      id: "application-form-reference",
      kind: "other",
      text: t(
        'Аккредиттеуге өтініштің нысаны стандарттың 8-жолының 1-1) тармақшасында "осы мемлекеттік қызмет көрсетуге қойылатын талаптарға қосымша" деп, ал Қағидалардың 5-тармағында және 2-1) тармақшасында Қағидалардың 1-қосымшасы деп көрсетілген.',
        "Форма заявления на аккредитацию в подпункте 1-1) строки 8 стандарта указана как «приложение к настоящим требованиям», а в пункте 5 Правил и подпункте 2-1) — как приложение 1 к Правилам.",
        'The accreditation application form is "the annex to these service requirements" in standard row 8 sub-p. 1-1, but Rules annex 1 in Rules p. 5 and in sub-p. 2-1; the requirements have no annex of their own.',
      ),
      sources: [s(`${A2}, row 8, sub-p. 1-1`, 1055, 1058), s("Accreditation Rules p. 5", 62, 64)],
    },
  ],
};
