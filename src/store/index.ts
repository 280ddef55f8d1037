export {
  APP_ROLE,
  CONNECT_TIMEOUT_MS,
  dropSchema,
  migrate,
  openStore,
  type Store,
  type StoreOptions,
} from "./store.ts";
export type * from "./tables.ts";
export { isDatabaseUnavailable } from "./unavailable.ts";
