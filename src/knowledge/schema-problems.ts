/**
 * Schema validation that speaks to editors: zod issues become problems worded for someone editing
 * YAML ("expected a number, got a string", "missing the Kazakh (kk) text"), with field paths and
 * lines. Messages written into schema.ts win over these defaults (zod's own precedence), except for
 * missing fields, which are always reported as missing.
 */
import type { z } from "zod";
import { unknownFieldHint } from "./field-hints.js";
import { formatPath, type PathSegment, type Problem } from "./problems.js";
import { LOCALES, type Locale, Text } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates a parsed file against its schema, reporting every issue, each at its field and line. */
export function validate<S extends z.ZodType>(schema: S, yaml: YamlFile): Validated<z.output<S>> {
  // Without zod's compiled fast path: each schema checks a few files once at start-up, where
  // generating that code costs more than it saves (measured: ~25 ms of ~100 ms, code cold).
  const result = schema.safeParse(yaml.data, { error: defaultMessage, jitless: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => toProblems(issue, schema, yaml)),
  };
}

function toProblems(issue: z.core.$ZodIssue, schema: z.ZodType, yaml: YamlFile): Problem[] {
  const path = issue.path.map((segment) =>
    typeof segment === "symbol" ? String(segment) : segment,
  );
  if (issue.code === "unrecognized_keys") {
    // Reported at the object that has the key, but with the line of the key itself.
    return issue.keys.map((key) => ({
      ...yaml.problemAt(
        [...path, key],
        `unknown field '${key}'${unknownFieldHint(schema, path, key)}`,
      ),
      path: formatPath(path),
    }));
  }
  if (issue.code === "invalid_union") {
    // One alternative has the shape written (a list where a list or `missing:` may stand): its
    // own problems say what to fix, not "expected a list or a group of fields".
    const matching = issue.errors.filter(
      (issues) =>
        !issues.every((inner) => inner.path.length === 0 && inner.code === "invalid_type"),
    );
    const only = matching.length === 1 ? matching[0] : undefined;
    if (only !== undefined && !isAbsent(yaml.data, path)) {
      return only.flatMap((inner) =>
        toProblems({ ...inner, path: [...issue.path, ...inner.path] }, schema, yaml),
      );
    }
  }
  const isTypeCheck =
    issue.code === "invalid_type" ||
    issue.code === "invalid_value" ||
    issue.code === "invalid_union";
  if (isTypeCheck && isAbsent(yaml.data, path)) {
    return [yaml.problemAt(path, missingMessage(path))];
  }
  return [yaml.problemAt(path, issue.message)];
}

/** True when nothing is written at `path` (no key, or a key with an empty value). */
function isAbsent(data: unknown, path: readonly PathSegment[]): boolean {
  let value: unknown = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return true;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value === undefined || value === null;
}

const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Kazakh", ru: "Russian", en: "English" };

function missingMessage(path: readonly PathSegment[]): string {
  const field = path.at(-1);
  if (field === "verified") return "missing — every fact needs the date it was checked";
  if (field === "source") return "missing — every fact needs its source, an id from sources.yaml";
  if (isLocale(field)) return `missing the ${LANGUAGE_NAMES[field]} (${field}) text`;
  return "missing";
}

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The per-parse error map: used only where schema.ts did not word the message itself. */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // A plain string where a text goes (`tests: ["HSK 4"]`): say what a text is.
      if (issue.inst === Text) {
        return `expected a text in Kazakh, Russian and English (kk, ru, en), got ${describeValue(issue.input)}`;
      }
      if (issue.expected === "int" && typeof issue.input === "number") {
        return `expected a whole number, got ${issue.input}`;
      }
      return `expected ${describeExpected(issue.expected)}, got ${describeValue(issue.input)}`;
    case "invalid_value":
      return `expected ${describeChoices(issue.values)}, got ${describeWritten(issue.input)}`;
    case "invalid_union":
      return `expected ${describeUnion(issue.errors)}, got ${describeValue(issue.input)}`;
    case "too_small":
      return describeBound("at least", "more than", issue.origin, issue.minimum, issue.inclusive);
    case "too_big":
      return describeBound("at most", "less than", issue.origin, issue.maximum, issue.inclusive);
    case "invalid_format":
      return describeFormat(issue.format);
    case "invalid_key":
      return "has a key that is not allowed here";
    case "invalid_element":
      return "has a value that is not allowed here";
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    default:
      return "is not valid here";
  }
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  tuple: "a [min, max] pair",
  object: "a group of fields (key: value)",
  record: "a group of fields (key: value)",
  date: "a date",
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? `a ${expected}`;
}

/** What the editor actually wrote, in the same words as `describeExpected`. */
function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "boolean") return `${value}`;
  return `a ${typeof value}`;
}

/** Like `describeValue`, but quotes a string: the editor sees which word was not accepted. */
function describeWritten(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : describeValue(value);
}

function describeChoices(values: readonly unknown[]): string {
  const quoted = values.map((value) => `'${String(value)}'`);
  return quoted.length === 1 ? (quoted[0] ?? "") : `one of ${quoted.join(", ")}`;
}

/** `a number or a [min, max] pair`, from the first issue of each alternative. */
function describeUnion(alternatives: readonly (readonly z.core.$ZodIssue[])[]): string {
  const parts = alternatives.map((issues) => {
    const first = issues[0];
    if (first?.code === "invalid_type") return describeExpected(first.expected);
    if (first?.code === "invalid_value") return describeChoices(first.values);
    return undefined;
  });
  if (parts.length === 0 || parts.some((part) => part === undefined)) return "another form";
  return parts.join(" or ");
}

function describeBound(
  inclusiveWord: string,
  exclusiveWord: string,
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
): string {
  const limit = `${inclusive === false ? exclusiveWord : inclusiveWord} ${bound}`;
  if (origin === "array" || origin === "set") {
    return `must have ${limit} ${bound === 1 || bound === 1n ? "item" : "items"}`;
  }
  if (origin === "string") {
    return bound === 1 && inclusive !== false
      ? "must not be empty"
      : `must be ${limit} characters long`;
  }
  return `must be ${limit}`;
}

const FORMATS: Record<string, string> = {
  url: "expected a web address (https://…)",
  date: "expected a date written as YYYY-MM-DD",
  email: "expected an email address",
  regex: "is not written the way this field needs",
};

function describeFormat(format: string): string {
  return FORMATS[format] ?? `expected ${format} format`;
}
