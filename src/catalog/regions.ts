/**
 * The 17 regions and 3 cities of republican significance of Kazakhstan.
 * `kato` is the region's code in the classifier of administrative-territorial
 * objects (КАТО), which ISO 3166-2:KZ also uses since 2024 ("KZ-" + kato).
 * `from` marks regions created in 2018 (Shymkent, Turkistan) and 2022 (Abai, Jetisu, Ulytau).
 */
export const REGION_CODES = [
  "abai",
  "akmola",
  "aktobe",
  "almaty-region",
  "atyrau",
  "east-kazakhstan",
  "jetisu",
  "karaganda",
  "kostanay",
  "kyzylorda",
  "mangystau",
  "north-kazakhstan",
  "pavlodar",
  "turkistan",
  "ulytau",
  "west-kazakhstan",
  "zhambyl",
  "astana",
  "almaty",
  "shymkent",
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  code: RegionCode;
  kato: string;
  kind: "region" | "city";
  name: { kk: string; ru: string; en: string };
  /** First day of existence, for regions created after 2015. */
  from?: string;
}

export const REGIONS: readonly Region[] = [
  {
    code: "abai",
    kato: "10",
    kind: "region",
    name: { kk: "Абай облысы", ru: "Область Абай", en: "Abai Region" },
    from: "2022-06-08",
  },
  {
    code: "akmola",
    kato: "11",
    kind: "region",
    name: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
  },
  {
    code: "aktobe",
    kato: "15",
    kind: "region",
    name: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
  },
  {
    code: "almaty-region",
    kato: "19",
    kind: "region",
    name: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
  },
  {
    code: "atyrau",
    kato: "23",
    kind: "region",
    name: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
  },
  {
    code: "west-kazakhstan",
    kato: "27",
    kind: "region",
    name: { kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
  },
  {
    code: "zhambyl",
    kato: "31",
    kind: "region",
    name: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region" },
  },
  {
    code: "jetisu",
    kato: "33",
    kind: "region",
    name: { kk: "Жетісу облысы", ru: "Область Жетісу", en: "Jetisu Region" },
    from: "2022-06-08",
  },
  {
    code: "karaganda",
    kato: "35",
    kind: "region",
    name: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
  },
  {
    code: "kostanay",
    kato: "39",
    kind: "region",
    name: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
  },
  {
    code: "kyzylorda",
    kato: "43",
    kind: "region",
    name: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
  },
  {
    code: "mangystau",
    kato: "47",
    kind: "region",
    name: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
  },
  {
    code: "pavlodar",
    kato: "55",
    kind: "region",
    name: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
  },
  {
    code: "north-kazakhstan",
    kato: "59",
    kind: "region",
    name: {
      kk: "Солтүстік Қазақстан облысы",
      ru: "Северо-Казахстанская область",
      en: "North Kazakhstan Region",
    },
  },
  {
    code: "turkistan",
    kato: "61",
    kind: "region",
    name: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
  },
  {
    code: "ulytau",
    kato: "62",
    kind: "region",
    name: { kk: "Ұлытау облысы", ru: "Область Ұлытау", en: "Ulytau Region" },
    from: "2022-06-08",
  },
  {
    code: "east-kazakhstan",
    kato: "63",
    kind: "region",
    name: {
      kk: "Шығыс Қазақстан облысы",
      ru: "Восточно-Казахстанская область",
      en: "East Kazakhstan Region",
    },
  },
  {
    code: "astana",
    kato: "71",
    kind: "city",
    name: { kk: "Астана қаласы", ru: "город Астана", en: "Astana" },
  },
  {
    code: "almaty",
    kato: "75",
    kind: "city",
    name: { kk: "Алматы қаласы", ru: "город Алматы", en: "Almaty" },
  },
  {
    code: "shymkent",
    kato: "79",
    kind: "city",
    name: { kk: "Шымкент қаласы", ru: "город Шымкент", en: "Shymkent" },
    from: "2018-06-19",
  },
];

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}
