/**
 * fast-check arbitraries for hostile input: values generated from the OpenAPI
 * (JSON Schema) of a route, mutated with strings that have broken systems
 * before — Kazakh letters, combining marks, bidi controls, NUL, lone
 * surrogates, path traversal, SQL and prototype keys.
 */
import fc from "fast-check";

export type JsonSchema = Record<string, unknown>;

/** Strings that have broken parsers, renderers, file systems or SQL before. */
export const HOSTILE_STRINGS: readonly string[] = [
  "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
  "Құрманғазы Ұлықбекұлы",
  "е\u0301\u0301\u0301 а\u0308\u0336",
  "\u202Eгүлнар\u202C",
  "\u200F\u200Eمرحبا بالعالم",
  "שלום\u202Babc",
  "a\u0000b",
  "\u0000",
  "\uD800",
  "\uDFFFx",
  "😀👨‍👩‍👧‍👦",
  "\uFEFF",
  "../../../../etc/passwd",
  "..\\..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "....//....//etc/passwd",
  "/dev/zero",
  "' OR 1=1; DROP TABLE cases; --",
  '"; SELECT pg_sleep(5); --',
  "__proto__",
  "constructor",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "${7*7}{{7*7}}<script>alert(1)</script>",
  "\r\nSet-Cookie: qyzmet_session=evil",
  " ",
  "",
  "0".repeat(5000),
  "ә".repeat(70_000),
  "NaN",
  "-1",
  "1e309",
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** Any JSON value, hostile strings included. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let s = schema;
  for (let i = 0; i < 10 && typeof s.$ref === "string"; i++) {
    const name = String(s.$ref).split("/").pop() ?? "";
    s = components[name] ?? {};
  }
  return s;
}

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof s.minLength === "number" ? s.minLength : 0;
  const maxLength = typeof s.maxLength === "number" ? Math.min(s.maxLength, 60) : 30;
  if (typeof s.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= 200);
    } catch {
      // An ECMAScript-incompatible pattern: fall through to plain strings.
    }
  }
  switch (s.format) {
    case "date":
      return fc
        .date({ min: new Date("1990-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc
        .date({ min: new Date("1990-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "uuid":
      return fc.uuid();
    case "email":
      return fc.emailAddress();
  }
  return fc.string({ unit: "grapheme", minLength, maxLength: Math.max(minLength, maxLength) });
}

/** Values shaped by a JSON Schema (refs resolved from the OpenAPI components). */
export function fromSchema(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  const s = resolve(schema, components);
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as unknown[]));
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length > 0)
      return fc.oneof(...options.map((o) => fromSchema(o as JsonSchema, components, depth + 1)));
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0)
    return fromSchema(s.allOf[0] as JsonSchema, components, depth + 1);
  const type = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === "string" ? [s.type] : [];
  if (type.length > 1)
    return fc.oneof(...type.map((t) => fromSchema({ ...s, type: t }, components, depth + 1)));
  switch (type[0]) {
    case "string":
      return stringFor(s);
    case "integer":
      return fc.integer({
        min: typeof s.minimum === "number" ? s.minimum : -1_000_000,
        max: typeof s.maximum === "number" ? s.maximum : 1_000_000,
      });
    case "number":
      return fc.double({
        min: typeof s.minimum === "number" ? s.minimum : -1e9,
        max: typeof s.maximum === "number" ? s.maximum : 1e9,
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const items = fromSchema(s.items as JsonSchema | undefined, components, depth + 1);
      return fc.array(items, {
        minLength: typeof s.minItems === "number" ? s.minItems : 0,
        maxLength: Math.min(typeof s.maxItems === "number" ? s.maxItems : 3, 5),
      });
    }
    case "object": {
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(properties)) model[k] = fromSchema(v, components, depth + 1);
      if (Object.keys(model).length === 0)
        return fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 });
      return fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
    }
  }
  return anyJson;
}

/** Replaces one string or number somewhere inside `value` by a hostile value (or leaves it). */
export function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  let seen = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      return seen++ === pick ? replacement : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
