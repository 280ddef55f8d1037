/** User-facing texts the engine writes into notifications and receipts (kk / ru / en). */
import type { Text3 } from "../store/tables.ts";

export const CLOSED_TEXT: Record<"issued" | "refused" | "refused_to_accept", Text3> = {
  issued: {
    kk: "Мемлекеттік қызметтің нәтижесі дайын",
    ru: "Результат оказания государственной услуги готов",
    en: "The result of the state service is ready",
  },
  refused: {
    kk: "Мемлекеттік қызметті көрсетуден дәлелді бас тарту шығарылды",
    ru: "Вынесен мотивированный отказ в оказании государственной услуги",
    en: "A reasoned refusal of the state service was issued",
  },
  refused_to_accept: {
    kk: "Құжаттарды қабылдаудан бас тартылды: топтама толық емес",
    ru: "Отказано в приёме документов: пакет неполный",
    en: "The documents were not accepted: the package is incomplete",
  },
};

export const REGISTERED_TEXT = (number: string): Text3 => ({
  kk: `Өтінішіңіз тіркелді, нөмірі ${number}`,
  ru: `Ваше заявление зарегистрировано под номером ${number}`,
  en: `Your application was registered as ${number}`,
});

export const HEARING_NOTICE_TEXT = (hearingAt: string, place: string): Text3 => ({
  kk: `Мемлекеттік қызметті көрсетуден бас тарту туралы алдын ала шешім. Тыңдау: ${hearingAt}, ${place}. Ұстанымыңызды білдіре аласыз (ӘРПК 73-бап).`,
  ru: `Предварительное решение об отказе в оказании государственной услуги. Заслушивание: ${hearingAt}, ${place}. Вы можете выразить свою позицию (АППК, ст. 73).`,
  en: `Preliminary decision to refuse the state service. Hearing: ${hearingAt}, ${place}. You may state your position (APPC art. 73).`,
});

export const OVERDUE_TEXT = (what: string): Text3 => ({
  kk: `Мерзімі өтіп кетті: ${what}`,
  ru: `Срок истёк: ${what}`,
  en: `Overdue: ${what}`,
});

export const REFUSAL_WARNING_TEXT = (latest: string): Text3 => ({
  kk: `Бас тарту туралы алдын ала шешімді ${latest} дейін жіберу керек (мерзім аяқталғанға дейін 3 жұмыс күні)`,
  ru: `Предварительное решение об отказе нужно направить до ${latest} (за 3 рабочих дня до окончания срока)`,
  en: `A preliminary decision to refuse must be sent by ${latest} (3 working days before the term ends)`,
});
