/** The region the citizen last chose (the version in force depends on it); Kyzylorda, the demo's, at first. */
const KEY = "qyzmet.region";

export function storedRegion(): string {
  try {
    return localStorage.getItem(KEY) ?? "kyzylorda";
  } catch {
    return "kyzylorda";
  }
}

export function rememberRegion(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // private mode
  }
}

/** Today in Kazakhstan, YYYY-MM-DD. */
export function todayInKazakhstan(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" }).format(new Date());
}
