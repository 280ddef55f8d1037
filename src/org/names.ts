/**
 * Kazakh and Russian personal names for the synthetic population and staff,
 * with the forms of each sex: surnames in -ов/-ев/-ин take -а for women,
 * -ский becomes -ская, Ukrainian -енко/-чук do not change. Kazakh patronymics
 * come in both forms in use: the traditional -ұлы / -қызы ("son / daughter
 * of") and the Russian-style -ович / -овна.
 */
import type { Sex } from "../iin/iin.ts";
import type { Prng } from "./prng.ts";

export type Ethnicity = "kazakh" | "russian";

const KAZAKH_SURNAMES = [
  "Ахметов",
  "Бекенов",
  "Жақыпов",
  "Жұмабаев",
  "Қасымов",
  "Мұқанов",
  "Оспанов",
  "Сәрсенов",
  "Тоқаев",
  "Омаров",
  "Сұлтанов",
  "Байжанов",
  "Ермеков",
  "Исабеков",
  "Қожахметов",
  "Мұратов",
  "Әбдірахманов",
  "Ибраев",
  "Серікбаев",
  "Нұрғалиев",
] as const;

const RUSSIAN_SURNAMES = [
  "Иванов",
  "Петров",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Морозов",
  "Волков",
  "Лебедев",
  "Козлов",
  "Павлов",
  "Семенов",
  "Ковальский",
  "Шевченко",
  "Бондаренко",
  "Ковальчук",
] as const;

const KAZAKH_MALE = [
  "Айдос",
  "Ерлан",
  "Нұрлан",
  "Асқар",
  "Бауыржан",
  "Дәурен",
  "Ержан",
  "Қайрат",
  "Марат",
  "Серік",
  "Талғат",
  "Жандос",
  "Арман",
  "Ерболат",
  "Дархан",
  "Бекзат",
  "Нұрсұлтан",
  "Алихан",
  "Санжар",
  "Мұхтар",
] as const;

const KAZAKH_FEMALE = [
  "Айгүл",
  "Айгерім",
  "Гүлнар",
  "Динара",
  "Жанар",
  "Әсел",
  "Мадина",
  "Салтанат",
  "Сәуле",
  "Ақбота",
  "Гүлжан",
  "Айнұр",
  "Мөлдір",
  "Дана",
  "Аружан",
  "Жансая",
  "Томирис",
  "Балжан",
  "Назерке",
  "Камила",
] as const;

/** Russian male names with the patronymics they give a son and a daughter. */
const RUSSIAN_MALE: readonly (readonly [string, string, string])[] = [
  ["Александр", "Александрович", "Александровна"],
  ["Алексей", "Алексеевич", "Алексеевна"],
  ["Андрей", "Андреевич", "Андреевна"],
  ["Дмитрий", "Дмитриевич", "Дмитриевна"],
  ["Сергей", "Сергеевич", "Сергеевна"],
  ["Николай", "Николаевич", "Николаевна"],
  ["Владимир", "Владимирович", "Владимировна"],
  ["Иван", "Иванович", "Ивановна"],
  ["Михаил", "Михайлович", "Михайловна"],
  ["Павел", "Павлович", "Павловна"],
  ["Виктор", "Викторович", "Викторовна"],
  ["Юрий", "Юрьевич", "Юрьевна"],
  ["Олег", "Олегович", "Олеговна"],
  ["Евгений", "Евгеньевич", "Евгеньевна"],
  ["Игорь", "Игоревич", "Игоревна"],
];

const RUSSIAN_FEMALE = [
  "Анна",
  "Елена",
  "Ольга",
  "Татьяна",
  "Наталья",
  "Ирина",
  "Светлана",
  "Мария",
  "Екатерина",
  "Юлия",
  "Марина",
  "Галина",
  "Людмила",
  "Вера",
  "Дарья",
] as const;

/** The surname in the form of the given sex (surnames are listed in the male form). */
export function surnameForm(male: string, sex: Sex): string {
  if (sex === "m") return male;
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (male.endsWith("ский")) return `${male.slice(0, -4)}ская`;
  return male; // -енко, -чук and the like do not decline by sex
}

export function randomSurname(prng: Prng, ethnicity: Ethnicity): string {
  return prng.pick(ethnicity === "kazakh" ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES);
}

export function randomGivenName(prng: Prng, ethnicity: Ethnicity, sex: Sex): string {
  if (ethnicity === "kazakh") return prng.pick(sex === "m" ? KAZAKH_MALE : KAZAKH_FEMALE);
  return sex === "m" ? prng.pick(RUSSIAN_MALE)[0] : prng.pick(RUSSIAN_FEMALE);
}

export type PatronymicStyle = "traditional" | "russian";

/**
 * The patronymic a child of `sex` gets from the father's given name. Kazakh
 * names: "Ерланұлы" / "Ерланқызы" (traditional) or "Ерланович" / "Ерлановна".
 */
export function patronymicOf(fatherName: string, sex: Sex, style: PatronymicStyle): string {
  const russian = RUSSIAN_MALE.find(([name]) => name === fatherName);
  if (russian) return sex === "m" ? russian[1] : russian[2];
  if (style === "traditional") return `${fatherName}${sex === "m" ? "ұлы" : "қызы"}`;
  return `${fatherName}${sex === "m" ? "ович" : "овна"}`;
}

export function randomFatherName(prng: Prng, ethnicity: Ethnicity): string {
  return ethnicity === "kazakh" ? prng.pick(KAZAKH_MALE) : prng.pick(RUSSIAN_MALE)[0];
}

export interface PersonName {
  surname: string;
  givenName: string;
  patronymic: string | null;
}

/** A whole random name of one sex and ethnicity; `noPatronymic` is the share without one. */
export function randomName(prng: Prng, ethnicity: Ethnicity, sex: Sex, noPatronymic = 0.03): PersonName {
  const surname = surnameForm(randomSurname(prng, ethnicity), sex);
  const givenName = randomGivenName(prng, ethnicity, sex);
  const style: PatronymicStyle = prng.chance(0.5) ? "traditional" : "russian";
  const patronymic = prng.chance(noPatronymic)
    ? null
    : patronymicOf(randomFatherName(prng, ethnicity), sex, style);
  return { surname, givenName, patronymic };
}

export function fullName(n: PersonName): string {
  return [n.surname, n.givenName, n.patronymic].filter((s) => s !== null).join(" ");
}

/** Street names for synthetic addresses (kk, ru, en). */
export const STREETS: readonly { kk: string; ru: string; en: string }[] = [
  { kk: "Абай даңғылы", ru: "проспект Абая", en: "Abai Avenue" },
  { kk: "Тәуелсіздік көшесі", ru: "улица Тауелсиздик", en: "Tauelsizdik Street" },
  { kk: "Бейбітшілік көшесі", ru: "улица Бейбитшилик", en: "Beibitshilik Street" },
  { kk: "Желтоқсан көшесі", ru: "улица Желтоксан", en: "Zheltoksan Street" },
  { kk: "Сәтбаев көшесі", ru: "улица Сатпаева", en: "Satbayev Street" },
  { kk: "Әуезов көшесі", ru: "улица Ауэзова", en: "Auezov Street" },
  { kk: "Төле би көшесі", ru: "улица Толе би", en: "Tole Bi Street" },
  { kk: "Жамбыл көшесі", ru: "улица Жамбыла", en: "Zhambyl Street" },
  { kk: "Республика даңғылы", ru: "проспект Республики", en: "Respublika Avenue" },
  { kk: "Достық көшесі", ru: "улица Достык", en: "Dostyk Street" },
  { kk: "Бауыржан Момышұлы көшесі", ru: "улица Бауыржана Момышулы", en: "Baurzhan Momyshuly Street" },
  { kk: "Құрманғазы көшесі", ru: "улица Курмангазы", en: "Kurmangazy Street" },
];
