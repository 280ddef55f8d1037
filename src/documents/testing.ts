/** A full document context of synthetic people, for template tests and the benchmark. */
import type { DocumentKind } from "../catalog/vocabulary.ts";
import type { DocumentContext } from "./context.ts";

export function sampleContext(kind: DocumentKind, over: Partial<DocumentContext> = {}): DocumentContext {
  return {
    id: "0b9c5a8e-3f0e-4c1e-9d2b-6a4f1c2d3e4f",
    kind,
    number: "KZO-D01-EDU-2026-OUT-000042",
    issuedAt: new Date("2026-03-05T06:30:00Z"),
    provider: {
      id: "kzo-d01-edu",
      name: {
        kk: "Қызылорда қаласының білім бөлімі",
        ru: "Отдел образования города Кызылорды",
        en: "Kyzylorda city education department",
      },
      address: {
        kk: "Қызылорда қ., Әйтеке би көшесі, 20",
        ru: "г. Кызылорда, ул. Айтеке би, 20",
        en: "20 Aiteke Bi St, Kyzylorda",
      },
      bin: "080440001204",
    },
    service: {
      code: "guardianship-establishment",
      title: {
        kk: "Ата-ананың қамқорлығынсыз қалған балаға қамқоршылық немесе қорғаншылық белгілеу",
        ru: "Установление опеки или попечительства над ребёнком, оставшимся без попечения родителей",
        en: "Establishing guardianship or trusteeship over a child left without parental care",
      },
    },
    act: {
      title: {
        kk: "Білім беру саласындағы мемлекеттік қызметтерді көрсету қағидаларын бекіту туралы",
        ru: "Об утверждении правил оказания государственных услуг в сфере образования",
        en: "On approving the rules of rendering state services in education",
      },
      number: "188",
      date: "2023-06-30",
      issuedBy: {
        kk: "ҚР Оқу-ағарту министрі",
        ru: "Министр просвещения РК",
        en: "Minister of Enlightenment",
      },
    },
    result: {
      title: {
        kk: "Қамқоршылық немесе қорғаншылық белгілеу туралы бұйрық",
        ru: "Приказ об установлении опеки или попечительства",
        en: "Order establishing guardianship or trusteeship",
      },
      form: "Standard annex 2",
      source: { seed: "003", ref: "Guardianship Rules, annex 2, row 6", lines: [2990, 2992] },
    },
    caseNumber: "KZO-D01-EDU-2026-000017",
    registeredAt: new Date("2026-03-02T04:15:00Z"),
    applicant: {
      iin: "850314400218",
      name: "Ахметова Әсем Серікқызы",
      birthDate: "1985-03-14",
      address: "Қызылорда қ., Жібек жолы к-сі, 5, 12-пәтер",
    },
    representative: null,
    children: [{ iin: "150611500123", name: "Нұрланұлы Ғалым", birthDate: "2015-06-11" }],
    drafted:
      "Бала анасының апайы Ахметова Ә. С. қамқорлығына берілсін; тұрғын үй жағдайлары қанағаттанарлық.",
    grounds: [
      {
        n: 2,
        text: {
          kk: "көрсетілетін қызметті алушының Кодекстің 91-бабының 4-тармағында белгіленген талаптарға сәйкес келмеуі",
          ru: "несоответствие услугополучателя требованиям пункта 4 статьи 91 Кодекса",
          en: "the applicant does not meet the requirements of art. 91 p. 4 of the Code",
        },
        provision: "Marriage and Family Code, art. 91 p. 4",
        source: { seed: "003", ref: "Guardianship Rules, annex 2, row 9, sub-p. 2", lines: [3001, 3003] },
      },
    ],
    reasoning: "Өтініш берушінің соттылығы туралы мәлімет бар / сведения о судимости заявителя",
    preliminary: {
      at: "2026-03-04T05:00:00Z",
      hearingAt: "2026-03-06T05:00:00Z",
      place: "Әйтеке би к-сі, 20, 5-кабинет",
    },
    hearing: { heldAt: "2026-03-06T05:00:00Z", attended: true, objections: "Келіспеймін / Не согласна" },
    documents: [
      { kk: "Өтініш", ru: "Заявление", en: "Application" },
      { kk: "Неке туралы куәлік", ru: "Свидетельство о браке", en: "Marriage certificate" },
    ],
    missing: [
      { kk: "Денсаулық туралы анықтама", ru: "Справка о состоянии здоровья", en: "Health certificate" },
    ],
    office: {
      id: "kzo-d01-sc",
      name: {
        kk: "«Азаматтарға арналған үкімет» МК Қызылорда филиалының №1 бөлімі",
        ru: "Отдел №1 Кызылординского филиала ГК «Правительство для граждан»",
        en: "Office No. 1, Kyzylorda branch of the State Corporation",
      },
      address: {
        kk: "Қызылорда қ., Абай д-лы, 1",
        ru: "г. Кызылорда, пр. Абая, 1",
        en: "1 Abai Ave, Kyzylorda",
      },
    },
    employee: "Сейітова Г. Қ.",
    deadline: "2026-03-13T13:00:00Z",
    signer: {
      name: "Оспанов Ерлан Қайратұлы",
      position: { kk: "Бөлім басшысы", ru: "Руководитель отдела", en: "Head of department" },
      seal: false,
    },
    verifyUrl: "http://127.0.0.1:8080/verify/0b9c5a8e-3f0e-4c1e-9d2b-6a4f1c2d3e4f",
    ...over,
  };
}
