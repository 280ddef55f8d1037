import type { kk } from "./kk.ts";

/** The shape of kk.ts with every leaf a string: ru.ts and en.ts must match it key for key. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof kk>;
