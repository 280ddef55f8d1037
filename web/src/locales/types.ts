import type { kk } from "./kk.ts";

/** The shape of a Kazakh dictionary with every leaf a string: its ru and en twins must match it key for key. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof kk>;
