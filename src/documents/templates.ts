/**
 * One template per document kind the catalogue names: receipts, the
 * inspection act, the results (certificate, conclusion, order, resolution,
 * decision, contract, permission, voucher, ID certificate and its duplicate,
 * notification, cover letter) and the refusal track (preliminary decision with
 * the hearing notice, the hearing record, the reasoned refusal). A template is
 * a pure function of the context and the language.
 */
import { formatLocal } from "../calendar/index.ts";
import type { DocumentKind } from "../catalog/vocabulary.ts";
import type { DocumentContext, PersonRef } from "./context.ts";
import { documentsError } from "./errors.ts";
import type { Block, DocLang, DocModel } from "./model.ts";
import { type IssueLang, langsOf } from "./model.ts";
import { renderPdf } from "./pdf.ts";
import { HEADING, L } from "./texts.ts";

type T = { kk: string; ru: string; en: string };
type Body = (c: DocumentContext, lang: DocLang) => Block[];

/** dd.mm.yyyy in Asia/Almaty. */
export function localDate(at: Date | string): string {
  const s = formatLocal(new Date(at).getTime());
  return `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)}`;
}

/** dd.mm.yyyy HH:MM in Asia/Almaty. */
export function localDateTime(at: Date | string): string {
  const s = formatLocal(new Date(at).getTime());
  return `${localDate(at)} ${s.slice(11, 16)}`;
}

const say = (t: T, lang: DocLang, vars: Record<string, string> = {}): string =>
  t[lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");

function person(p: PersonRef, lang: DocLang): string {
  const born = p.birthDate
    ? `, ${L.birthDate[lang].toLowerCase()} ${localDate(`${p.birthDate}T12:00:00Z`)}`
    : "";
  return `${p.name} (${L.iin[lang]} ${p.iin}${born})`;
}

function childLine(p: PersonRef, lang: DocLang): string {
  const iin = p.iin ? `, ${L.iin[lang]} ${p.iin}` : "";
  const born = p.birthDate ? `, ${localDate(`${p.birthDate}T12:00:00Z`)}` : "";
  return `${p.name}${born}${iin}`;
}

/** The fields every case document carries: applicant, representative, children, the service, the case's number. */
function caseFields(c: DocumentContext, lang: DocLang): Block {
  const rows: [string, string][] = [[L.applicant[lang], person(c.applicant, lang)]];
  if (c.applicant.address) rows.push([L.address[lang], c.applicant.address]);
  if (c.representative)
    rows.push([L.representative[lang], `${c.representative.name} (${c.representative.powerOfAttorney})`]);
  for (const [i, ch] of c.children.entries())
    rows.push([c.children.length > 1 ? `${L.child[lang]} ${i + 1}` : L.child[lang], childLine(ch, lang)]);
  rows.push([L.service[lang], c.service.title[lang]]);
  if (c.caseNumber) rows.push([L.caseNumber[lang], `${c.caseNumber}, ${localDate(c.registeredAt)}`]);
  return { kind: "fields", rows };
}

const resultTitle = (c: DocumentContext, lang: DocLang) => (c.result?.title ?? c.service.title)[lang];

const drafted = (c: DocumentContext, lang: DocLang): Block[] =>
  c.drafted ? [{ kind: "fields", rows: [[L.content[lang], c.drafted]] }] : [];

const para = (text: string, bold = false): Block => ({ kind: "para", text, ...(bold ? { bold } : {}) });

const BODIES: Partial<Record<DocumentKind, Body>> = {
  receipt: (c, lang) => [
    para(
      say(
        {
          kk: "{office} мемлекеттік көрсетілетін қызметке өтінішті және құжаттарды қабылдады.",
          ru: "{office} принял(а) заявление и документы на оказание государственной услуги.",
          en: "{office} has accepted the application and documents for the state service.",
        },
        lang,
        { office: (c.office?.name ?? c.provider.name)[lang] },
      ),
    ),
    caseFields(c, lang),
    { kind: "list", title: L.documents[lang], items: c.documents.map((d) => d[lang]) },
    ...(c.obtained && c.obtained.length > 0
      ? [
          {
            kind: "list",
            title: L.obtained[lang],
            items: c.obtained.map((d) => `${d.title[lang]} — ${d.system}`),
          } satisfies Block,
        ]
      : []),
    {
      kind: "fields",
      rows: [
        ...(c.deadline ? [[L.deadline[lang], localDateTime(c.deadline)] as [string, string]] : []),
        ...(c.employee ? [[L.employee[lang], c.employee] as [string, string]] : []),
      ],
    },
  ],
  // 003 (Guardianship Rules) annex 3 / Accreditation Rules annex 7: the fields of the form.
  refusal_to_accept_receipt: (c, lang) => [
    para(
      say(
        {
          kk: "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 20-бабының 2-тармағын басшылыққа алып, {office} ({address}) мемлекеттік қызмет көрсетуге қойылатын талаптарында көзделген тізбеге сәйкес Сіз ұсынған құжаттар топтамасының толық болмауына байланысты «{service}» мемлекеттік қызмет көрсетуге құжаттарды қабылдаудан бас тартады, атап айтқанда:",
          ru: "Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан «О государственных услугах», {office} ({address}) отказывает в приёме документов на оказание государственной услуги «{service}» ввиду представления Вами неполного пакета документов согласно перечню, предусмотренному требованиями к оказанию государственной услуги, а именно:",
          en: "Under art. 20 p. 2 of the Law of the Republic of Kazakhstan on State Services, {office} ({address}) refuses to accept the documents for the state service “{service}” because the package you presented is incomplete against the list of the service's requirements, namely:",
        },
        lang,
        {
          office: (c.office?.name ?? c.provider.name)[lang],
          address: (c.office?.address ?? c.provider.address)[lang],
          service: c.service.title[lang],
        },
      ),
    ),
    { kind: "list", title: L.missing[lang], items: c.missing.map((d) => d[lang]) },
    caseFields(c, lang),
    para(L.twoCopies[lang]),
    { kind: "signature_line", label: `${L.employeeSign[lang]} (${c.employee ?? "—"})` },
    { kind: "signature_line", label: L.executorSign[lang] },
    { kind: "signature_line", label: L.receiverSign[lang] },
  ],
  inspection_act: (c, lang) => [
    para(
      say(
        {
          kk: "Өтініш берушінің тұрғын үй-тұрмыстық жағдайлары «{service}» мемлекеттік қызметін көрсету үшін тексерілді.",
          ru: "Жилищно-бытовые условия заявителя обследованы для оказания государственной услуги «{service}».",
          en: "The applicant's housing and living conditions were inspected for the state service “{service}”.",
        },
        lang,
        { service: c.service.title[lang] },
      ),
    ),
    caseFields(c, lang),
    { kind: "fields", rows: [[L.findings[lang], c.drafted ?? "—"]] },
    { kind: "signature_line", label: L.inspectorSign[lang] },
    { kind: "signature_line", label: L.applicantSign[lang] },
  ],
  certificate: (c, lang) => [
    para(
      say(
        {
          kk: "Осы анықтама {applicant} берілді: {title}.",
          ru: "Настоящая справка выдана {applicant}: {title}.",
          en: "This certificate is issued to {applicant}: {title}.",
        },
        lang,
        { applicant: person(c.applicant, lang), title: resultTitle(c, lang) },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
    para(
      say(
        {
          kk: "Анықтама талап етілген жерге ұсыну үшін берілді.",
          ru: "Справка выдана для предъявления по месту требования.",
          en: "Issued for presentation where required.",
        },
        lang,
      ),
    ),
  ],
  conclusion: (c, lang) => [
    para(
      say(
        {
          kk: "Ұсынылған құжаттарды, мемлекеттік деректер базаларының мәліметтерін және тексеру нәтижелерін қарап, {provider} {applicant} қатысты оң қорытынды береді: {title}.",
          ru: "Рассмотрев представленные документы, сведения государственных баз данных и результаты обследования, {provider} выдаёт положительное заключение в отношении {applicant}: {title}.",
          en: "Having examined the documents, the state databases' records and the inspection, {provider} issues a positive conclusion on {applicant}: {title}.",
        },
        lang,
        {
          provider: c.provider.name[lang],
          applicant: person(c.applicant, lang),
          title: resultTitle(c, lang),
        },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  order: (c, lang) => [
    para(
      say(
        {
          kk: "«{service}» мемлекеттік қызметін көрсету туралы {applicant} өтінішін қарап, БҰЙЫРАМЫН:",
          ru: "Рассмотрев заявление {applicant} об оказании государственной услуги «{service}», ПРИКАЗЫВАЮ:",
          en: "Having considered the application of {applicant} for the state service “{service}”, I ORDER:",
        },
        lang,
        { applicant: person(c.applicant, lang), service: c.service.title[lang] },
      ),
    ),
    {
      kind: "list",
      title: "",
      items: [
        `${resultTitle(c, lang)}${c.children.length ? ` — ${c.children.map((ch) => childLine(ch, lang)).join("; ")}` : ""}.`,
        ...(c.drafted ? [c.drafted] : []),
        say(
          {
            kk: "Бұйрықтың орындалуын бақылау өзіме қалдырамын.",
            ru: "Контроль за исполнением настоящего приказа оставляю за собой.",
            en: "I reserve control over the execution of this order.",
          },
          lang,
        ),
      ],
    },
    caseFields(c, lang),
  ],
  akimat_resolution: (c, lang) => [
    para(
      say(
        {
          kk: "«{service}» мемлекеттік қызметін көрсету туралы {applicant} өтінішін қарап, әкімдік ҚАУЛЫ ЕТЕДІ:",
          ru: "Рассмотрев заявление {applicant} об оказании государственной услуги «{service}», акимат ПОСТАНОВЛЯЕТ:",
          en: "Having considered the application of {applicant} for the state service “{service}”, the akimat RESOLVES:",
        },
        lang,
        { applicant: person(c.applicant, lang), service: c.service.title[lang] },
      ),
    ),
    {
      kind: "list",
      title: "",
      items: [
        `${resultTitle(c, lang)}.`,
        ...(c.drafted ? [c.drafted] : []),
        say(
          {
            kk: "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
            ru: "Настоящее постановление вводится в действие со дня подписания.",
            en: "This resolution takes effect on the day it is signed.",
          },
          lang,
        ),
      ],
    },
    caseFields(c, lang),
  ],
  decision: (c, lang) => [
    para(
      say(
        {
          kk: "{provider} {applicant} өтінішін қарап, ШЕШІМ ҚАБЫЛДАДЫ: {title}.",
          ru: "{provider}, рассмотрев заявление {applicant}, ПРИНЯЛ РЕШЕНИЕ: {title}.",
          en: "{provider}, having considered the application of {applicant}, has DECIDED: {title}.",
        },
        lang,
        {
          provider: c.provider.name[lang],
          applicant: person(c.applicant, lang),
          title: resultTitle(c, lang),
        },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  contract: (c, lang) => [
    para(
      say(
        {
          kk: "{provider}, бұдан әрі «Қызмет беруші», {signer} атынан, бір тараптан, және {applicant}, бұдан әрі «Көрсетілетін қызметті алушы», екінші тараптан, төмендегілер туралы осы шартты жасасты:",
          ru: "{provider}, именуемый в дальнейшем «Услугодатель», в лице {signer}, с одной стороны, и {applicant}, именуемый(ая) в дальнейшем «Услугополучатель», с другой стороны, заключили настоящий договор о нижеследующем:",
          en: "{provider} (“the Provider”), represented by {signer}, of the one part, and {applicant} (“the Applicant”), of the other part, have made this contract as follows:",
        },
        lang,
        {
          provider: c.provider.name[lang],
          signer: c.signer?.name ?? L.head[lang],
          applicant: person(c.applicant, lang),
        },
      ),
    ),
    {
      kind: "list",
      title: "",
      items: [
        `${say({ kk: "Шарттың мәні", ru: "Предмет договора", en: "Subject" }, lang)}: ${resultTitle(c, lang)}${c.children.length ? ` — ${c.children.map((ch) => childLine(ch, lang)).join("; ")}` : ""}.`,
        ...(c.drafted ? [c.drafted] : []),
        say(
          {
            kk: "Тараптар Қазақстан Республикасының заңнамасында белгіленген міндеттерді орындайды.",
            ru: "Стороны исполняют обязанности, установленные законодательством Республики Казахстан.",
            en: "The parties perform the duties the law of the Republic of Kazakhstan sets.",
          },
          lang,
        ),
        say(
          {
            kk: "Шарт қол қойылған күнінен бастап күшіне енеді.",
            ru: "Договор вступает в силу со дня подписания.",
            en: "The contract takes effect on the day it is signed.",
          },
          lang,
        ),
      ],
    },
    caseFields(c, lang),
    { kind: "signature_line", label: L.applicantSign[lang] },
  ],
  permission: (c, lang) => [
    para(
      say(
        {
          kk: "{applicant} өтініші бойынша рұқсат етіледі: {title}.",
          ru: "По заявлению {applicant} разрешается: {title}.",
          en: "On the application of {applicant}, permission is given: {title}.",
        },
        lang,
        { applicant: person(c.applicant, lang), title: resultTitle(c, lang) },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  voucher: (c, lang) => [
    para(
      say(
        {
          kk: "Жолдама берілді: {title}.",
          ru: "Выдана путёвка: {title}.",
          en: "A voucher is issued: {title}.",
        },
        lang,
        { title: resultTitle(c, lang) },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  id_certificate: (c, lang) => idCertificate(c, lang, false),
  duplicate: (c, lang) => idCertificate(c, lang, true),
  notification: (c, lang) => [
    para(
      say(
        {
          kk: "Құрметті {name}! {provider} Сізге хабарлайды: {title}.",
          ru: "Уважаемый(ая) {name}! {provider} уведомляет Вас: {title}.",
          en: "Dear {name}, {provider} notifies you: {title}.",
        },
        lang,
        { name: c.applicant.name, provider: c.provider.name[lang], title: resultTitle(c, lang) },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  cover_letter: (c, lang) => [
    para(
      say(
        {
          kk: "{provider} «{service}» мемлекеттік көрсетілетін қызметінің нәтижесін жолдайды: {title}.",
          ru: "{provider} направляет результат оказания государственной услуги «{service}»: {title}.",
          en: "{provider} sends the result of the state service “{service}”: {title}.",
        },
        lang,
        { provider: c.provider.name[lang], service: c.service.title[lang], title: resultTitle(c, lang) },
      ),
    ),
    caseFields(c, lang),
    ...drafted(c, lang),
  ],
  // Administrative Procedural Code art. 73: the applicant is told of the preliminary decision and may object.
  preliminary_refusal: (c, lang) => [
    para(
      say(
        {
          kk: "Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 73-бабына сәйкес Сізге «{service}» мемлекеттік қызметін көрсетуден бас тарту туралы алдын ала шешім туралы хабарлаймыз және алдын ала шешім бойынша позицияңызды білдіру үшін тыңдауға шақырамыз.",
          ru: "В соответствии со статьёй 73 Административного процедурно-процессуального кодекса Республики Казахстан уведомляем Вас о предварительном решении об отказе в оказании государственной услуги «{service}» и приглашаем на заслушивание для выражения Вашей позиции по предварительному решению.",
          en: "Under art. 73 of the Administrative Procedural Code of the Republic of Kazakhstan we notify you of the preliminary decision to refuse the state service “{service}” and invite you to a hearing to state your position on it.",
        },
        lang,
        { service: c.service.title[lang] },
      ),
    ),
    caseFields(c, lang),
    groundsList(c, lang),
    {
      kind: "fields",
      rows: [
        [L.reasoning[lang], c.reasoning ?? "—"],
        [L.hearingAt[lang], c.preliminary ? localDateTime(c.preliminary.hearingAt) : "—"],
        [L.place[lang], c.preliminary?.place ?? "—"],
      ],
    },
    para(
      say(
        {
          kk: "Қарсылықтарыңызды тыңдауға дейін жазбаша немесе тыңдау кезінде ауызша ұсына аласыз.",
          ru: "Возражения Вы можете представить письменно до заслушивания или устно на заслушивании.",
          en: "You may present your objections in writing before the hearing or orally at it.",
        },
        lang,
      ),
    ),
  ],
  hearing_protocol: (c, lang) => [
    caseFields(c, lang),
    {
      kind: "fields",
      rows: [
        [L.heldAt[lang], c.hearing ? localDateTime(c.hearing.heldAt) : "—"],
        [L.attended[lang], c.hearing ? (c.hearing.attended ? L.yes[lang] : L.no[lang]) : "—"],
        [L.objections[lang], c.hearing?.objections ?? L.none[lang]],
      ],
    },
    groundsList(c, lang),
  ],
  // APPC art. 74; the Law on State Services art. 19-1: a refusal cites its grounds and the hearing.
  reasoned_refusal: (c, lang) => [
    para(
      say(
        {
          kk: "{provider} {applicant} «{service}» мемлекеттік қызметін көрсету туралы өтінішін қарап, тыңдау нәтижелерін ескере отырып, мемлекеттік қызмет көрсетуден мынадай негіздер бойынша бас тартады:",
          ru: "{provider}, рассмотрев заявление {applicant} об оказании государственной услуги «{service}» и с учётом результатов заслушивания, отказывает в оказании государственной услуги по следующим основаниям:",
          en: "{provider}, having considered the application of {applicant} for the state service “{service}” and the result of the hearing, refuses the service on these grounds:",
        },
        lang,
        {
          provider: c.provider.name[lang],
          applicant: person(c.applicant, lang),
          service: c.service.title[lang],
        },
      ),
    ),
    groundsList(c, lang),
    {
      kind: "fields",
      rows: [
        [L.reasoning[lang], c.reasoning ?? "—"],
        ...(c.hearing
          ? [
              [
                L.heldAt[lang],
                `${localDateTime(c.hearing.heldAt)}; ${L.objections[lang].toLowerCase()}: ${c.hearing.objections ?? L.none[lang]}`,
              ] as [string, string],
            ]
          : []),
      ],
    },
    caseFields(c, lang),
    para(
      say(
        {
          kk: "Бұл шешімге «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 25-бабына сәйкес қызмет берушіге, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға немесе сотқа шағым жасауға болады.",
          ru: "Настоящее решение может быть обжаловано в соответствии со статьёй 25 Закона «О государственных услугах» услугодателю, в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг или в суд.",
          en: "This decision may be appealed under art. 25 of the Law on State Services to the provider, the authority for assessing and controlling the quality of state services, or a court.",
        },
        lang,
      ),
    ),
  ],
};

function idCertificate(c: DocumentContext, lang: DocLang, duplicate: boolean): Block[] {
  return [
    para(
      say(
        {
          kk: "Осы куәлік {applicant} берілді: {title}.",
          ru: "Настоящее удостоверение выдано {applicant}: {title}.",
          en: "This certificate is issued to {applicant}: {title}.",
        },
        lang,
        { applicant: person(c.applicant, lang), title: resultTitle(c, lang) },
      ),
      true,
    ),
    ...(duplicate
      ? [
          para(
            say(
              {
                kk: "Телнұсқа жоғалған (бүлінген) куәліктің орнына берілді.",
                ru: "Дубликат выдан взамен утерянного (испорченного) удостоверения.",
                en: "The duplicate replaces a lost (damaged) certificate.",
              },
              lang,
            ),
          ),
        ]
      : []),
    caseFields(c, lang),
    ...drafted(c, lang),
  ];
}

function groundsList(c: DocumentContext, lang: DocLang): Block {
  return {
    kind: "list",
    title: L.grounds[lang],
    items: c.grounds.map(
      (g) => `(${g.n}) ${g.text[lang]}${g.provision ? ` — ${g.provision}` : ""} [${g.source.ref}]`,
    ),
  };
}

function basis(c: DocumentContext, lang: DocLang): string[] {
  const act = `${c.act.issuedBy[lang]}, ${localDate(`${c.act.date}T12:00:00Z`)} ${L.actNo[lang]} ${c.act.number}: ${c.act.title[lang]}`;
  const lines = [act];
  if (c.result)
    lines.push(`${c.result.form ?? c.result.source.ref} (${L.ref[lang]}: ${c.result.source.ref})`);
  return lines;
}

/** The document model of `c` in `lang`; DOCUMENT_KIND_UNSUPPORTED for a kind without a template. */
export function buildModel(c: DocumentContext, lang: DocLang): DocModel {
  const body = BODIES[c.kind];
  const heading = HEADING[c.kind];
  if (!body || !heading) throw documentsError("DOCUMENT_KIND_UNSUPPORTED", { kind: c.kind });
  const signer = c.signer
    ? {
        position: c.signer.seal ? L.system[lang] : `${c.signer.position[lang]}`,
        name: c.signer.name,
        how: c.signer.seal ? L.sealed[lang] : L.signedEds[lang],
      }
    : null;
  return {
    id: c.id,
    kind: c.kind,
    lang,
    issuer: { name: c.provider.name[lang], address: c.provider.address[lang], bin: c.provider.bin },
    heading: heading[lang],
    title: c.result ? c.result.title[lang] : c.service.title[lang],
    number: c.number,
    date: localDate(c.issuedAt),
    blocks: body(c, lang),
    basis: basis(c, lang),
    signer,
    verifyUrl: c.verifyUrl,
    verifyNote: L.verify[lang],
    createdAt: c.issuedAt,
  };
}

/** The PDF of `c` in one language, or the bilingual form (each language on its own pages). */
export async function renderDocument(c: DocumentContext, lang: IssueLang): Promise<Uint8Array> {
  const [first, ...more] = langsOf(lang).map((l) => buildModel(c, l));
  return renderPdf(first ?? buildModel(c, "kk"), ...more);
}
