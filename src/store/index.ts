export { APP_ROLE, dropSchema, migrate, openStore, type Store, type StoreOptions } from "./store.ts";
export type * from "./tables.ts";
