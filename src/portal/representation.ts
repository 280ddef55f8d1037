/**
 * A representative applying at the portal for an applicant under a notarised power of attorney.
 *
 * The signed-in citizen signs the request as the representative; the request names the applicant (the
 * principal) and the power of attorney (number, date). The power is looked up in the unified notarial
 * information system (ЕНИС / БНАЖ, `NotaryDb.byNumber`) and must be: on record, of the date given, given
 * by the applicant, to the signed-in citizen, not revoked, in force on the day of receipt, and — where
 * it names services — covering this one. Each failure is its own typed error; nothing is stored.
 *
 * The acts' wording: at the State Corporation the employee enters "the data of the applicant or of the
 * representative under a power of attorney (a notarially certified power of attorney is required; data of
 * one certified otherwise are not entered)", the request goes "to ЕНИС about the representative's
 * power-of-attorney data", condition 1 checks they are there, and process 4 answers "the data cannot be
 * obtained because they are missing" (001, e.g. Annex 1, p. 8, sub-pp. 2–6, lines 202–221). Our acts say
 * this of the State Corporation channel; the portal applies the same check and the same answer
 * (README.md: "Representatives").
 */
import type { Catalog, Source } from "../catalog/schema.ts";
import { QyzmetError } from "../core/errors.ts";
import type { IntakeInput } from "../engine/index.ts";
import { kzDay } from "../statedb/local.ts";
import type { PowerOfAttorneyRecord, StateDatabases } from "../statedb/ports.ts";

/** 001's own statement of the ЕНИС check and its answer (State Corporation flow of Annex 1, p. 8). */
export const ENIS_CHECK_SOURCE: Source = {
  seed: "001",
  ref: "Annex 1, p. 8, sub-pp. 2–6",
  lines: [202, 221],
  quote: "нотариалды куәландырылған сенімхаттың болуы қажет",
};

export type RepresentationErrorCode =
  | "REPRESENTATIVE_IS_APPLICANT"
  | "POA_NOT_FOUND"
  | "POA_DATE_MISMATCH"
  | "POA_PRINCIPAL_MISMATCH"
  | "POA_ATTORNEY_MISMATCH"
  | "POA_REVOKED"
  | "POA_NOT_IN_FORCE"
  | "POA_SCOPE";

const MESSAGES: Record<RepresentationErrorCode, { kk: string; ru: string; en: string }> = {
  REPRESENTATIVE_IS_APPLICANT: {
    kk: "Өкіл мен көрсетілетін қызметті алушы бір адам: өзіңіз үшін сенімхатсыз жүгініңіз",
    ru: "Представитель и услугополучатель — одно лицо: за себя подавайте без доверенности",
    en: "The representative and the applicant are the same person: apply for yourself without a power of attorney",
  },
  POA_NOT_FOUND: {
    kk: "БНАЖ-де сенімхат мәліметтерінің болмауына байланысты мәліметтерді алу мүмкін емес (нотариалды куәландырылған сенімхат қажет)",
    ru: "Получение данных невозможно в связи с отсутствием данных доверенности в ЕНИС (нужна нотариально удостоверенная доверенность)",
    en: "The data cannot be obtained: the notarial system (ЕНИС) has no power of attorney of this number (a notarised power of attorney is required)",
  },
  POA_DATE_MISMATCH: {
    kk: "БНАЖ-дегі сенімхаттың күні сұраныста көрсетілген күнмен сәйкес келмейді",
    ru: "Дата доверенности в ЕНИС не совпадает с датой, указанной в запросе",
    en: "The date of the power of attorney in ЕНИС is not the date given in the request",
  },
  POA_PRINCIPAL_MISMATCH: {
    kk: "Сенімхатты көрсетілетін қызметті алушы бермеген: БНАЖ бойынша сенім білдіруші басқа адам",
    ru: "Доверенность выдана не услугополучателем: по данным ЕНИС доверитель — другое лицо",
    en: "The power of attorney was not given by the applicant: in ЕНИС the principal is another person",
  },
  POA_ATTORNEY_MISMATCH: {
    kk: "Сенімхат сізге берілмеген: БНАЖ бойынша сенім білдірілген адам басқа",
    ru: "Доверенность выдана не вам: по данным ЕНИС поверенный — другое лицо",
    en: "The power of attorney was not given to you: in ЕНИС the attorney is another person",
  },
  POA_REVOKED: {
    kk: "Сенімхаттың күші жойылған (БНАЖ)",
    ru: "Доверенность отменена (ЕНИС)",
    en: "The power of attorney has been revoked (ЕНИС)",
  },
  POA_NOT_IN_FORCE: {
    kk: "Сенімхат бүгін күшінде емес: оның мерзімі өтті немесе әлі басталмады (БНАЖ)",
    ru: "Доверенность сегодня не действует: её срок истёк или ещё не начался (ЕНИС)",
    en: "The power of attorney is not in force today: its term has ended or not yet begun (ЕНИС)",
  },
  POA_SCOPE: {
    kk: "Сенімхат бұл мемлекеттік көрсетілетін қызметке өкілдік етуге өкілеттік бермейді",
    ru: "Доверенность не уполномочивает представлять по этой государственной услуге",
    en: "The power of attorney does not authorise representation for this state service",
  },
};

export function representationError(
  code: RepresentationErrorCode,
  details: Record<string, unknown> = {},
): QyzmetError {
  return new QyzmetError(
    code,
    MESSAGES[code],
    { ...details, source: ENIS_CHECK_SOURCE },
    code === "REPRESENTATIVE_IS_APPLICANT" ? 400 : 422,
  );
}

/**
 * Where this service's own acts say a representative under a notarised power of attorney may apply: the
 * sources of the steps that check the power in ЕНИС (`person-and-power-of-attorney`), one per act's
 * reference. Empty: the service's acts say nothing of representatives.
 */
export function representationSources(catalog: Catalog, serviceCode: string): Source[] {
  const service = catalog.find((s) => s.code === serviceCode);
  const found = new Map<string, Source>();
  for (const v of service?.versions ?? [])
    for (const p of v.procedures)
      for (const step of p.steps)
        if (step.check === "person-and-power-of-attorney")
          found.set(`${step.source.seed}:${step.source.ref}`, step.source);
  return [...found.values()];
}

export interface VerifiedRepresentation {
  powerOfAttorney: PowerOfAttorneyRecord;
  /** The service's own acts on representatives (may be empty, README.md). */
  sources: Source[];
  queriedAt: string;
}

/**
 * Checks the representative of a portal request against ЕНИС; throws the first failure. `signerIin` is the
 * signed-in citizen's IIN, already equal to the EDS's; `at` the moment of receipt.
 */
export async function verifyRepresentation(
  dbs: StateDatabases,
  catalog: Catalog,
  request: IntakeInput,
  signerIin: string,
  at: Date,
): Promise<VerifiedRepresentation | null> {
  const rep = request.representative;
  if (!rep) return null;
  if (rep.iin === request.applicant.iin)
    throw representationError("REPRESENTATIVE_IS_APPLICANT", { iin: rep.iin });
  const number = rep.powerOfAttorney.number.trim();
  const on = kzDay(at);
  const answer = await dbs.notary.byNumber(number, on);
  const poa = answer.data;
  if (!answer.found || !poa) throw representationError("POA_NOT_FOUND", { number });
  if (poa.issuedOn !== rep.powerOfAttorney.date)
    throw representationError("POA_DATE_MISMATCH", { number, given: rep.powerOfAttorney.date });
  if (poa.principalIin !== request.applicant.iin)
    throw representationError("POA_PRINCIPAL_MISMATCH", { number, applicant: request.applicant.iin });
  if (poa.agentIin !== signerIin) throw representationError("POA_ATTORNEY_MISMATCH", { number });
  if (poa.revoked) throw representationError("POA_REVOKED", { number });
  if (on < poa.issuedOn || on > poa.validUntil)
    throw representationError("POA_NOT_IN_FORCE", { number, on, validUntil: poa.validUntil });
  if (poa.services !== null && !poa.services.includes(request.serviceCode))
    throw representationError("POA_SCOPE", {
      number,
      serviceCode: request.serviceCode,
      covers: poa.services,
    });
  return {
    powerOfAttorney: poa,
    sources: representationSources(catalog, request.serviceCode),
    queriedAt: answer.queriedAt,
  };
}
