import type { SeedVersion } from "../build.ts";

export const versions: SeedVersion[] = [];
