/**
 * The demo organisation: for every region of REGIONS its real administrative
 * centre and two or three more real districts or cities (kk/ru/en), and in
 * each of them the providers the catalogue names, the State Corporation's
 * offices and their staff. Deterministic: the same data on every machine.
 *
 * Synthetic parts (say so wherever the data is shown):
 *  - district KATO codes: the region's two-digit prefix, a made-up district
 *    number, five zeros;
 *  - provider street addresses, school numbers, BINs (valid by the check
 *    digit, registered to nobody) and the akim offices, which are named after
 *    a rural district of the district rather than a real one;
 *  - staff names and IINs (valid by the check digit and birth date).
 *
 * Provider ids (used in incoming numbers `<provider>-<year>-<sequence>`):
 *   region   KZO-EDU  KZO-ESP  KZO-AKIMAT  KZO-SC
 *   district KZO-D01-EDU  -ESP  -EC  -AKIM  -SCH  -SC  -AKIMAT
 *   republic KZ-CPCR (Committee for the Protection of Children's Rights)
 * Logins `<provider id lower-case>.<role>`: clerk, head, executor, executor2,
 * dept, akim, specialist, operator, operator2; `kzo.supervisor` per region,
 * `kz.supervisor` and `admin` for the republic. Staff ids are the logins.
 */
import { REGIONS, type RegionCode } from "../catalog/regions.ts";
import type { StaffRole } from "../core/actor.ts";
import { nextBin } from "../iin/bin.ts";
import { nextIin, type Sex } from "../iin/iin.ts";
import type { District, OrgKind, Provider, Region, StaffMember, Text3 } from "./model.ts";
import { type Ethnicity, fullName, randomName, STREETS } from "./names.ts";
import { Prng } from "./prng.ts";

/** The one password of every demo user. Never use the demo organisation in production. */
export const DEMO_PASSWORD = "qyzmet-demo";

export const DEMO_SEED = 20_240_101;

interface DistrictSeed {
  kk: string;
  ru: string;
  /** Russian genitive: "Отдел образования Казалинского района". */
  ruGen: string;
  en: string;
}

interface RegionSeed {
  /** Upper-case prefix of provider ids; lower-case for district ids and logins. */
  prefix: string;
  /** Russian genitive ("Кызылординской области"); "по …" form for a State Corporation branch. */
  ruGen: string;
  ruPo: string;
  /** Rough share of the population (hundreds of thousands), for the synthetic citizens. */
  weight: number;
  /** Share of Russian names in the synthetic population (rough). */
  russianShare: number;
  /** The first district is the regional centre (for the cities: a city district). */
  districts: readonly DistrictSeed[];
}

const d = (kk: string, ru: string, ruGen: string, en: string): DistrictSeed => ({ kk, ru, ruGen, en });
const oblast = (ruGen: string) => ({ ruGen, ruPo: `по ${ruGen}` });

export const REGION_SEEDS: Readonly<Record<RegionCode, RegionSeed>> = {
  abai: {
    prefix: "ABA",
    ...oblast("области Абай"),
    weight: 6,
    russianShare: 0.2,
    districts: [
      d("Семей қаласы", "город Семей", "города Семей", "Semey City"),
      d("Аягөз ауданы", "Аягозский район", "Аягозского района", "Ayagoz District"),
      d("Жарма ауданы", "Жарминский район", "Жарминского района", "Zharma District"),
      d("Үржар ауданы", "Урджарский район", "Урджарского района", "Urzhar District"),
    ],
  },
  akmola: {
    prefix: "AKM",
    ...oblast("Акмолинской области"),
    weight: 8,
    russianShare: 0.35,
    districts: [
      d("Көкшетау қаласы", "город Кокшетау", "города Кокшетау", "Kokshetau City"),
      d("Бурабай ауданы", "Бурабайский район", "Бурабайского района", "Burabay District"),
      d("Целиноград ауданы", "Целиноградский район", "Целиноградского района", "Tselinograd District"),
      d("Зеренді ауданы", "Зерендинский район", "Зерендинского района", "Zerendi District"),
    ],
  },
  aktobe: {
    prefix: "AKT",
    ...oblast("Актюбинской области"),
    weight: 9,
    russianShare: 0.1,
    districts: [
      d("Ақтөбе қаласы", "город Актобе", "города Актобе", "Aktobe City"),
      d("Хромтау ауданы", "Хромтауский район", "Хромтауского района", "Khromtau District"),
      d("Мұғалжар ауданы", "Мугалжарский район", "Мугалжарского района", "Mugalzhar District"),
    ],
  },
  "almaty-region": {
    prefix: "ALO",
    ...oblast("Алматинской области"),
    weight: 15,
    russianShare: 0.12,
    districts: [
      d("Қонаев қаласы", "город Конаев", "города Конаев", "Konaev City"),
      d("Іле ауданы", "Илийский район", "Илийского района", "Ile District"),
      d("Қарасай ауданы", "Карасайский район", "Карасайского района", "Karasay District"),
      d("Талғар ауданы", "Талгарский район", "Талгарского района", "Talgar District"),
    ],
  },
  atyrau: {
    prefix: "ATR",
    ...oblast("Атырауской области"),
    weight: 7,
    russianShare: 0.05,
    districts: [
      d("Атырау қаласы", "город Атырау", "города Атырау", "Atyrau City"),
      d("Жылыой ауданы", "Жылыойский район", "Жылыойского района", "Zhylyoi District"),
      d("Махамбет ауданы", "Махамбетский район", "Махамбетского района", "Makhambet District"),
    ],
  },
  "west-kazakhstan": {
    prefix: "ZKO",
    ...oblast("Западно-Казахстанской области"),
    weight: 7,
    russianShare: 0.2,
    districts: [
      d("Орал қаласы", "город Уральск", "города Уральска", "Oral City"),
      d("Бөрлі ауданы", "Бурлинский район", "Бурлинского района", "Burli District"),
      d("Теректі ауданы", "Теректинский район", "Теректинского района", "Terekti District"),
    ],
  },
  zhambyl: {
    prefix: "ZHM",
    ...oblast("Жамбылской области"),
    weight: 12,
    russianShare: 0.08,
    districts: [
      d("Тараз қаласы", "город Тараз", "города Тараза", "Taraz City"),
      d("Байзақ ауданы", "Байзакский район", "Байзакского района", "Baizak District"),
      d("Қордай ауданы", "Кордайский район", "Кордайского района", "Korday District"),
    ],
  },
  jetisu: {
    prefix: "ZHT",
    ...oblast("области Жетісу"),
    weight: 7,
    russianShare: 0.12,
    districts: [
      d("Талдықорған қаласы", "город Талдыкорган", "города Талдыкоргана", "Taldykorgan City"),
      d("Қаратал ауданы", "Каратальский район", "Каратальского района", "Karatal District"),
      d("Ескелді ауданы", "Ескельдинский район", "Ескельдинского района", "Eskeldi District"),
    ],
  },
  karaganda: {
    prefix: "KRG",
    ...oblast("Карагандинской области"),
    weight: 11,
    russianShare: 0.35,
    districts: [
      d("Қарағанды қаласы", "город Караганда", "города Караганды", "Karaganda City"),
      d("Теміртау қаласы", "город Темиртау", "города Темиртау", "Temirtau City"),
      d("Бұқар жырау ауданы", "район Бухар-Жырау", "района Бухар-Жырау", "Bukhar-Zhyrau District"),
      d("Абай ауданы", "Абайский район", "Абайского района", "Abai District"),
    ],
  },
  kostanay: {
    prefix: "KST",
    ...oblast("Костанайской области"),
    weight: 8,
    russianShare: 0.4,
    districts: [
      d("Қостанай қаласы", "город Костанай", "города Костаная", "Kostanay City"),
      d("Рудный қаласы", "город Рудный", "города Рудного", "Rudny City"),
      d("Қостанай ауданы", "Костанайский район", "Костанайского района", "Kostanay District"),
    ],
  },
  kyzylorda: {
    prefix: "KZO",
    ...oblast("Кызылординской области"),
    weight: 8,
    russianShare: 0.03,
    districts: [
      d("Қызылорда қаласы", "город Кызылорда", "города Кызылорды", "Kyzylorda City"),
      d("Қазалы ауданы", "Казалинский район", "Казалинского района", "Kazaly District"),
      d("Арал ауданы", "Аральский район", "Аральского района", "Aral District"),
      d("Сырдария ауданы", "Сырдарьинский район", "Сырдарьинского района", "Syrdariya District"),
    ],
  },
  mangystau: {
    prefix: "MNG",
    ...oblast("Мангистауской области"),
    weight: 8,
    russianShare: 0.05,
    districts: [
      d("Ақтау қаласы", "город Актау", "города Актау", "Aktau City"),
      d("Жаңаөзен қаласы", "город Жанаозен", "города Жанаозен", "Zhanaozen City"),
      d("Мұнайлы ауданы", "Мунайлинский район", "Мунайлинского района", "Munaily District"),
    ],
  },
  pavlodar: {
    prefix: "PVL",
    ...oblast("Павлодарской области"),
    weight: 8,
    russianShare: 0.35,
    districts: [
      d("Павлодар қаласы", "город Павлодар", "города Павлодара", "Pavlodar City"),
      d("Екібастұз қаласы", "город Экибастуз", "города Экибастуза", "Ekibastuz City"),
      d("Павлодар ауданы", "Павлодарский район", "Павлодарского района", "Pavlodar District"),
    ],
  },
  "north-kazakhstan": {
    prefix: "SKO",
    ...oblast("Северо-Казахстанской области"),
    weight: 5,
    russianShare: 0.45,
    districts: [
      d("Петропавл қаласы", "город Петропавловск", "города Петропавловска", "Petropavl City"),
      d("Қызылжар ауданы", "Кызылжарский район", "Кызылжарского района", "Kyzylzhar District"),
      d("Айыртау ауданы", "Айыртауский район", "Айыртауского района", "Aiyrtau District"),
    ],
  },
  turkistan: {
    prefix: "TRK",
    ...oblast("Туркестанской области"),
    weight: 21,
    russianShare: 0.02,
    districts: [
      d("Түркістан қаласы", "город Туркестан", "города Туркестана", "Turkistan City"),
      d("Кентау қаласы", "город Кентау", "города Кентау", "Kentau City"),
      d("Сайрам ауданы", "Сайрамский район", "Сайрамского района", "Sairam District"),
      d("Төле би ауданы", "Толебийский район", "Толебийского района", "Tole Bi District"),
    ],
  },
  ulytau: {
    prefix: "ULT",
    ...oblast("области Ұлытау"),
    weight: 2,
    russianShare: 0.1,
    districts: [
      d("Жезқазған қаласы", "город Жезказган", "города Жезказгана", "Zhezkazgan City"),
      d("Сәтбаев қаласы", "город Сатпаев", "города Сатпаева", "Satbayev City"),
      d("Ұлытау ауданы", "Улытауский район", "Улытауского района", "Ulytau District"),
    ],
  },
  "east-kazakhstan": {
    prefix: "VKO",
    ...oblast("Восточно-Казахстанской области"),
    weight: 7,
    russianShare: 0.4,
    districts: [
      d("Өскемен қаласы", "город Усть-Каменогорск", "города Усть-Каменогорска", "Oskemen City"),
      d("Риддер қаласы", "город Риддер", "города Риддера", "Ridder City"),
      d("Глубокое ауданы", "Глубоковский район", "Глубоковского района", "Glubokoe District"),
      d("Зайсан ауданы", "Зайсанский район", "Зайсанского района", "Zaisan District"),
    ],
  },
  astana: {
    prefix: "AST",
    ruGen: "города Астаны",
    ruPo: "по городу Астане",
    weight: 15,
    russianShare: 0.15,
    districts: [
      d("Алматы ауданы", "район Алматы", "района Алматы", "Almaty District"),
      d("Байқоңыр ауданы", "район Байконур", "района Байконур", "Baikonyr District"),
      d("Есіл ауданы", "район Есиль", "района Есиль", "Yesil District"),
      d("Сарыарқа ауданы", "район Сарыарка", "района Сарыарка", "Saryarka District"),
    ],
  },
  almaty: {
    prefix: "ALA",
    ruGen: "города Алматы",
    ruPo: "по городу Алматы",
    weight: 23,
    russianShare: 0.25,
    districts: [
      d("Алмалы ауданы", "Алмалинский район", "Алмалинского района", "Almaly District"),
      d("Әуезов ауданы", "Ауэзовский район", "Ауэзовского района", "Auezov District"),
      d("Бостандық ауданы", "Бостандыкский район", "Бостандыкского района", "Bostandyk District"),
      d("Медеу ауданы", "Медеуский район", "Медеуского района", "Medeu District"),
    ],
  },
  shymkent: {
    prefix: "SHY",
    ruGen: "города Шымкента",
    ruPo: "по городу Шымкенту",
    weight: 12,
    russianShare: 0.05,
    districts: [
      d("Абай ауданы", "Абайский район", "Абайского района", "Abai District"),
      d("Әл-Фараби ауданы", "Аль-Фарабийский район", "Аль-Фарабийского района", "Al-Farabi District"),
      d("Еңбекші ауданы", "Енбекшинский район", "Енбекшинского района", "Enbekshi District"),
      d("Қаратау ауданы", "Каратауский район", "Каратауского района", "Karatau District"),
    ],
  },
};

// ------------------------------------------------------------------ names

const SC_KK = "«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КЕАҚ";
const SC_RU = "НАО «Государственная корпорация „Правительство для граждан“»";
const SC_EN = "the State Corporation “Government for Citizens”";

interface Place {
  kk: string;
  /** Kazakh genitive: name + "ның" ("Қазалы ауданының"). */
  kkGen: string;
  ruGen: string;
  en: string;
}

type RegionPlace = Place & { ruPo: string };
type RegionNameFn = (region: RegionPlace) => Text3;
type DistrictNameFn = (
  region: RegionPlace,
  district: Place,
  extra: { school: number; city: boolean },
) => Text3;

const REGION_NAMES: Record<"EDU" | "ESP" | "AKIMAT" | "SC", RegionNameFn> = {
  EDU: (r) => ({
    kk: `${r.kkGen} білім басқармасы`,
    ru: `Управление образования ${r.ruGen}`,
    en: `Education Department of ${r.en}`,
  }),
  ESP: (r) => ({
    kk: `${r.kkGen} жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы`,
    ru: `Управление координации занятости и социальных программ ${r.ruGen}`,
    en: `Department of Employment Coordination and Social Programmes of ${r.en}`,
  }),
  AKIMAT: (r) => ({ kk: `${r.kkGen} әкімдігі`, ru: `Акимат ${r.ruGen}`, en: `Akimat of ${r.en}` }),
  SC: (r) => ({
    kk: `${SC_KK} ${r.kk} бойынша филиалы`,
    ru: `Филиал ${SC_RU} ${r.ruPo}`,
    en: `Branch of ${SC_EN} for ${r.en}`,
  }),
};

const DISTRICT_NAMES: Record<"EDU" | "ESP" | "EC" | "AKIM" | "SCH" | "SC" | "AKIMAT", DistrictNameFn> = {
  EDU: (_r, d) => ({
    kk: `${d.kkGen} білім бөлімі`,
    ru: `Отдел образования ${d.ruGen}`,
    en: `Education Division of ${d.en}`,
  }),
  ESP: (_r, d) => ({
    kk: `${d.kkGen} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`,
    ru: `Отдел занятости и социальных программ ${d.ruGen}`,
    en: `Employment and Social Programmes Division of ${d.en}`,
  }),
  EC: (_r, d) => ({
    kk: `${d.kkGen} халықты жұмыспен қамту орталығы`,
    ru: `Центр занятости населения ${d.ruGen}`,
    en: `Employment Centre of ${d.en}`,
  }),
  // Synthetic: the akim of "a rural district of" the district (in a city of
  // republican significance, the apparatus of the city district's akim).
  AKIM: (_r, d, { city }) =>
    city
      ? {
          kk: `${d.kk} әкімінің аппараты`,
          ru: `Аппарат акима ${d.ruGen}`,
          en: `Office of the Akim of ${d.en}`,
        }
      : {
          kk: `${d.kk} ауылдық округі әкімінің аппараты`,
          ru: `Аппарат акима сельского округа ${d.ruGen}`,
          en: `Office of the Rural District Akim, ${d.en}`,
        },
  SCH: (_r, d, { school }) => ({
    kk: `${d.kk} білім бөлімінің «№ ${school} жалпы білім беретін мектебі» КММ`,
    ru: `КГУ «Общеобразовательная школа № ${school}» отдела образования ${d.ruGen}`,
    en: `Secondary School No. ${school} of the Education Division of ${d.en}`,
  }),
  SC: (r, d) => ({
    kk: `${SC_KK} ${r.kk} бойынша филиалының ${d.kk} бөлімі`,
    ru: `Отдел ${d.ruGen} филиала ${SC_RU} ${r.ruPo}`,
    en: `${d.en} Office of the Branch of ${SC_EN} for ${r.en}`,
  }),
  AKIMAT: (_r, d) => ({ kk: `${d.kkGen} әкімдігі`, ru: `Акимат ${d.ruGen}`, en: `Akimat of ${d.en}` }),
};

const REGION_KINDS: Record<keyof typeof REGION_NAMES, OrgKind> = {
  EDU: "regional_education_department",
  ESP: "regional_employment_social_department",
  AKIMAT: "local_executive_body",
  SC: "state_corporation_branch",
};

const DISTRICT_KINDS: Record<keyof typeof DISTRICT_NAMES, OrgKind> = {
  EDU: "district_education_department",
  ESP: "district_employment_social_department",
  EC: "employment_centre",
  AKIM: "akim_office",
  SCH: "education_organisation",
  SC: "state_corporation_branch",
  AKIMAT: "local_executive_body",
};

// ------------------------------------------------------------------ staff

/** A staff line: login suffix, role, and further roles the same person holds. */
type RoleLine = readonly [short: string, role: StaffRole, also?: readonly StaffRole[]];

const OFFICE_STAFF: readonly RoleLine[] = [
  ["clerk", "office_clerk"],
  ["head", "head"],
  ["executor", "responsible_executor"],
  ["executor2", "responsible_executor"],
  ["dept", "department_head"],
];
// In an akim's office the akim is its head and the specialist its executor when the office itself
// renders a service (e.g. the certificate of targeted social assistance, 001 Annex 8).
const AKIM_STAFF: readonly RoleLine[] = [
  ["akim", "akim", ["head"]],
  ["specialist", "akim_specialist", ["responsible_executor"]],
  ["clerk", "office_clerk"],
];
const SC_STAFF: readonly RoleLine[] = [
  ["operator", "state_corporation_operator"],
  ["operator2", "state_corporation_operator"],
];

/** The staff lines of an organisation of this kind. */
export function staffLinesFor(kind: OrgKind): readonly RoleLine[] {
  if (kind === "akim_office") return AKIM_STAFF;
  if (kind === "state_corporation_branch") return SC_STAFF;
  return OFFICE_STAFF;
}

/** A staff member before the password is hashed (the seed adds the one demo hash). */
export type DemoStaff = Omit<StaffMember, "active">;

export interface DemoOrganisation {
  regions: Region[];
  districts: District[];
  providers: Provider[];
  staff: DemoStaff[];
}

export const REPUBLIC_PROVIDER_ID = "KZ-CPCR";

/** Hands out valid, unique IINs: per birth date and sex the next issuable serial. */
export class IinAllocator {
  readonly #next = new Map<string, number>();
  readonly #first: number;

  constructor(firstSerial: number) {
    this.#first = firstSerial;
  }

  take(birthDate: string, sex: Sex): string {
    const key = `${birthDate}${sex}`;
    const { iin, serial } = nextIin({ birthDate, sex, serial: this.#next.get(key) ?? this.#first });
    this.#next.set(key, serial + 1);
    return iin;
  }
}

function randomDate(prng: Prng, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  const day = prng.int(0, Math.round((to - from) / 86_400_000));
  return new Date(from + day * 86_400_000).toISOString().slice(0, 10);
}

function address(prng: Prng, region: Text3, district: Text3 | null): Text3 {
  const street = prng.pick(STREETS);
  const house = prng.int(1, 120);
  const parts = (lang: keyof Text3) => [region[lang], district?.[lang]].filter((p) => p !== undefined);
  return {
    kk: [...parts("kk"), street.kk, String(house)].join(", "),
    ru: [...parts("ru"), street.ru, String(house)].join(", "),
    en: `${house} ${street.en}, ${[...parts("en")].reverse().join(", ")}`,
  };
}

let cached: DemoOrganisation | undefined;

/** The whole demo organisation (computed once, then shared: treat it as read-only). */
export function demoOrganisation(): DemoOrganisation {
  cached ??= buildDemoOrganisation();
  return cached;
}

function buildDemoOrganisation(): DemoOrganisation {
  const prng = new Prng(DEMO_SEED);
  const iins = new IinAllocator(5000); // citizens use serials below 5000
  let binSerial = 10_000;
  const bin = (attribute: "head_office" | "branch"): string => {
    const made = nextBin({
      year: prng.int(1995, 2022),
      month: prng.int(1, 12),
      entityType: "resident_legal_entity",
      attribute,
      serial: binSerial + prng.int(1, 100),
    });
    binSerial = made.serial;
    return made.bin;
  };

  const regions: Region[] = [];
  const districts: District[] = [];
  const providers: Provider[] = [];
  const staff: DemoStaff[] = [];

  const addStaff = (provider: Provider) => {
    for (const [short, role, also = []] of staffLinesFor(provider.kind)) {
      const login = `${provider.id.toLowerCase()}.${short}`;
      staff.push(person(login, [role, ...also], provider.id, provider.regionCode));
    }
  };
  const person = (
    login: string,
    roles: StaffRole[],
    providerId: string | null,
    regionCode: string | null,
  ): DemoStaff => {
    const share = regionCode ? REGION_SEEDS[regionCode as RegionCode].russianShare : 0.2;
    const ethnicity: Ethnicity = prng.chance(share) ? "russian" : "kazakh";
    const sex: Sex = prng.chance(0.5) ? "m" : "f";
    const name = randomName(prng, ethnicity, sex, 0);
    const iin = iins.take(randomDate(prng, 1962, 2000), sex);
    return { id: login, login, fullName: fullName(name), iin, providerId, regionCode, roles };
  };

  for (const r of REGIONS) {
    const seed = REGION_SEEDS[r.code];
    regions.push({ code: r.code, kato: `${r.kato}0000000`, name: { ...r.name } });
    const rPlace: RegionPlace = {
      kk: r.name.kk,
      kkGen: `${r.name.kk}ның`,
      ruGen: seed.ruGen,
      ruPo: seed.ruPo,
      en: r.name.en,
    };
    const city = r.kind === "city";
    const centre = seed.districts[0];
    if (!centre) throw new Error(`${r.code}: no districts`);
    const centreName: Text3 = { kk: centre.kk, ru: centre.ru, en: centre.en };

    for (const [suffix, nameFn] of Object.entries(REGION_NAMES) as [
      keyof typeof REGION_NAMES,
      RegionNameFn,
    ][]) {
      const kind = REGION_KINDS[suffix];
      const provider: Provider = {
        id: `${seed.prefix}-${suffix}`,
        kind,
        regionCode: r.code,
        districtId: null,
        bin: bin(kind === "state_corporation_branch" ? "branch" : "head_office"),
        name: nameFn(rPlace),
        address: address(prng, r.name, centreName),
      };
      providers.push(provider);
      addStaff(provider);
    }

    seed.districts.forEach((ds, i) => {
      const n = String(i + 1).padStart(2, "0");
      const district: District = {
        id: `${seed.prefix.toLowerCase()}-d${n}`,
        regionCode: r.code,
        kato: `${r.kato}${String(10 + 2 * i)}00000`,
        name: { kk: ds.kk, ru: ds.ru, en: ds.en },
      };
      districts.push(district);
      const dPlace: Place = { kk: ds.kk, kkGen: `${ds.kk}ның`, ruGen: ds.ruGen, en: ds.en };
      const school = prng.int(1, 60);
      for (const [suffix, nameFn] of Object.entries(DISTRICT_NAMES) as [
        keyof typeof DISTRICT_NAMES,
        DistrictNameFn,
      ][]) {
        const kind = DISTRICT_KINDS[suffix];
        const provider: Provider = {
          id: `${seed.prefix}-D${n}-${suffix}`,
          kind,
          regionCode: r.code,
          districtId: district.id,
          bin: bin(kind === "state_corporation_branch" ? "branch" : "head_office"),
          name: nameFn(rPlace, dPlace, { school, city }),
          address: address(prng, r.name, district.name),
        };
        providers.push(provider);
        addStaff(provider);
      }
    });
    staff.push(person(`${seed.prefix.toLowerCase()}.supervisor`, ["supervisor"], null, r.code));
  }

  const cpcr: Provider = {
    id: REPUBLIC_PROVIDER_ID,
    kind: "ministry_committee",
    regionCode: "astana",
    districtId: null,
    bin: bin("head_office"),
    name: {
      kk: "Қазақстан Республикасы Оқу-ағарту министрлігінің Балалардың құқықтарын қорғау комитеті",
      ru: "Комитет по охране прав детей Министерства просвещения Республики Казахстан",
      en: "Committee for the Protection of Children's Rights of the Ministry of Enlightenment of the Republic of Kazakhstan",
    },
    // The House of Ministries (demo address).
    address: {
      kk: "Астана қаласы, Есіл ауданы, Мәңгілік Ел даңғылы, 8",
      ru: "город Астана, район Есиль, проспект Мангилик Ел, 8",
      en: "8 Mangilik El Avenue, Yesil District, Astana",
    },
  };
  providers.push(cpcr);
  addStaff(cpcr);
  staff.push(person("kz.supervisor", ["supervisor"], null, null));
  staff.push(person("admin", ["administrator"], null, null));
  return { regions, districts, providers, staff };
}

/** Region code → upper-case id prefix ("kyzylorda" → "KZO"). */
export function regionPrefix(code: RegionCode): string {
  return REGION_SEEDS[code].prefix;
}
