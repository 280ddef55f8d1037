/**
 * The monthly calculation index (МРП / АЕК) by year, as the annual laws on the
 * republican budget set it. Entered from memory of those laws, not from a
 * text we hold offline: every row is `certain: false` until checked against
 * the published law (adilet.zan.kz).
 */
export interface IndexRow {
  year: number;
  /** Tenge. */
  mrp: number;
  law: string;
  certain: boolean;
}

export const MRP_BY_YEAR: readonly IndexRow[] = [
  { year: 2015, mrp: 1982, law: "Law on the republican budget for 2015–2017", certain: false },
  { year: 2016, mrp: 2121, law: "Law on the republican budget for 2016–2018", certain: false },
  { year: 2017, mrp: 2269, law: "Law on the republican budget for 2017–2019", certain: false },
  { year: 2018, mrp: 2405, law: "Law on the republican budget for 2018–2020", certain: false },
  { year: 2019, mrp: 2525, law: "Law on the republican budget for 2019–2021", certain: false },
  { year: 2020, mrp: 2778, law: "Law on the republican budget for 2020–2022", certain: false },
  { year: 2021, mrp: 2917, law: "Law on the republican budget for 2021–2023", certain: false },
  { year: 2022, mrp: 3063, law: "Law on the republican budget for 2022–2024", certain: false },
  { year: 2023, mrp: 3450, law: "Law on the republican budget for 2023–2025", certain: false },
  { year: 2024, mrp: 3692, law: "Law on the republican budget for 2024–2026", certain: false },
  { year: 2025, mrp: 3932, law: "Law on the republican budget for 2025–2027", certain: false },
  { year: 2026, mrp: 4325, law: "Law on the republican budget for 2026–2028", certain: false },
];

export function mrpOf(year: number): IndexRow | undefined {
  return MRP_BY_YEAR.find((r) => r.year === year);
}
