export { type AccessEntry, logAccess } from "./access-log.ts";
export {
  appendEvent,
  type ChainBreak,
  canonicalJson,
  eventHash,
  GENESIS,
  type NewEvent,
  type VerifyReport,
  verifyChains,
} from "./chain.ts";
