/**
 * Hints for an unknown field: the likely misspelling ("did you mean 'verified'?") or, failing that,
 * the fields allowed there, read from the schema itself so the hint never goes out of date.
 */
import type { z } from "zod";
import type { PathSegment } from "./problems.js";

/** `" — did you mean 'verified'?"`, `" — allowed here: id, name, …"`, or "" when unknown. */
export function unknownFieldHint(
  schema: z.core.$ZodType,
  objectPath: readonly PathSegment[],
  key: string,
): string {
  const allowed = allowedKeys(schema, objectPath);
  if (allowed === undefined || allowed.length === 0) return "";
  const closest = allowed
    .map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  if (closest !== undefined && closest.distance <= Math.max(1, Math.floor(key.length / 4))) {
    return ` — did you mean '${closest.name}'?`;
  }
  return ` — allowed here: ${allowed.join(", ")}`;
}

/** The keys an object (or an enum-keyed record) at `path` of the schema may have. */
export function allowedKeys(
  schema: z.core.$ZodType,
  path: readonly PathSegment[],
): string[] | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const segment of path) {
    current = current === undefined ? undefined : child(unwrap(current), segment);
  }
  if (current === undefined) return undefined;
  const def = (unwrap(current) as z.core.$ZodTypes)._zod.def;
  if (def.type === "union") {
    // Alternatives such as a list of figures or `missing:`: the fields of those that are objects.
    const keys = def.options.flatMap((option) => allowedKeys(option, []) ?? []);
    return keys.length === 0 ? undefined : [...new Set(keys)];
  }
  if (def.type === "object") return Object.keys(def.shape);
  if (def.type === "record") {
    const keys = def.keyType._zod.values;
    return keys === undefined ? undefined : [...keys].map(String);
  }
  return undefined;
}

/** Looks through wrappers that do not change which fields are allowed (optional, default, refine). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = (current as z.core.$ZodTypes)._zod.def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
      current = def.innerType;
    } else if (def.type === "pipe") {
      current = def.in;
    } else {
      return current;
    }
  }
}

function child(schema: z.core.$ZodType, segment: PathSegment): z.core.$ZodType | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "object":
      return def.shape[String(segment)];
    case "array":
      return def.element;
    case "record":
      return def.valueType;
    case "tuple":
      return typeof segment === "number" ? def.items[segment] : undefined;
    case "union":
      // The first alternative that has such a field or item (a list for an index, an object for a key).
      for (const option of def.options) {
        const found = child(unwrap(option), segment);
        if (found !== undefined) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Levenshtein distance: the number of one-letter edits between two words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
