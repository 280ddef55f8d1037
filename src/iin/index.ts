/** Kazakhstan's identification numbers: IIN (individuals) and BIN (legal entities). Pure, no I/O. */
export {
  BIN_ATTRIBUTES,
  BIN_ENTITY_TYPES,
  type BinAttribute,
  type BinEntityType,
  type BinParts,
  isValidBin,
  makeBin,
  nextBin,
  type ParsedBin,
  parseBin,
} from "./bin.ts";
export { checkDigit, checkPass } from "./check-digit.ts";
export { IdNumberError, type IdNumberErrorCode } from "./errors.ts";
export {
  type Century,
  type IinParts,
  iinCenturyDigit,
  iinCheckDigit,
  isValidIin,
  makeIin,
  maskIin,
  nextIin,
  type ParsedIin,
  parseIin,
  type Sex,
} from "./iin.ts";
