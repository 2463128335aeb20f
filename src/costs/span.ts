/**
 * Money spans that keep their meaning through arithmetic: a span with only `high` is "up to", with
 * only `low` "from", with both a range; `approximate` is "about". Costs are never negative, so a
 * sum knows its lower end from the ends it knows (the others are at least 0), and its upper end
 * only when every part has one: "up to $300" never turns into "from".
 */

export interface Span {
  /** The lower end, when known. */
  low?: number;
  /** The upper end, when known. */
  high?: number;
  /** An estimate or average ("about"). */
  approximate: boolean;
}

/** How a span reads: "X – Y", "up to Y", "from X", or one figure. */
export type SpanMeaning = "range" | "up-to" | "from" | "exact";

export function meaningOf(span: Span): SpanMeaning {
  if (span.low !== undefined && span.high !== undefined) {
    return span.low === span.high ? "exact" : "range";
  }
  return span.high !== undefined ? "up-to" : "from";
}

/** A span from written bounds, or undefined when neither end is written. */
export function spanOf(
  low: number | undefined,
  high: number | undefined,
  approximate = false,
): Span | undefined {
  if (low === undefined && high === undefined) return undefined;
  const span: Span = { approximate };
  if (low !== undefined) span.low = low;
  if (high !== undefined) span.high = high;
  return span;
}

/** Every end multiplied (a rate, a number of months), rounded to whole tenge when asked. */
export function scale(span: Span, factor: number, round = false): Span {
  const at = (value: number) => (round ? Math.round(value * factor) : value * factor);
  const out: Span = { approximate: span.approximate };
  if (span.low !== undefined) out.low = at(span.low);
  if (span.high !== undefined) out.high = at(span.high);
  return out;
}

/**
 * The cost of paying for all the parts: the lower end adds the lower ends known (a part with no
 * lower end costs at least 0), the upper end exists only when every part has one.
 */
export function sum(parts: readonly Span[]): Span | undefined {
  if (parts.length === 0) return undefined;
  const lows = parts.map((p) => p.low);
  const highs = parts.map((p) => p.high);
  const known = lows.filter((v): v is number => v !== undefined);
  const low = known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0);
  const high = highs.every((v) => v !== undefined)
    ? (highs as number[]).reduce((a, b) => a + b, 0)
    : undefined;
  return spanOf(
    low,
    high,
    parts.some((p) => p.approximate),
  );
}

/**
 * The span over alternatives (segments, places): from the cheapest one's lower end to the dearest
 * one's upper end. An alternative with no lower end leaves the lower end open, one with no upper
 * end the upper end.
 */
export function across(options: readonly Span[]): Span | undefined {
  if (options.length === 0) return undefined;
  const lows = options.map((o) => o.low);
  const highs = options.map((o) => o.high);
  const low = lows.every((v) => v !== undefined) ? Math.min(...(lows as number[])) : undefined;
  const high = highs.every((v) => v !== undefined) ? Math.max(...(highs as number[])) : undefined;
  // Alternatives that each give only one end (one "up to", another "from") give no span at all.
  return spanOf(
    low,
    high,
    options.some((o) => o.approximate),
  );
}

/**
 * The larger of two costs end by end (living, floored by the funds a visa asks for): an end only
 * one side knows is that side's only when it is the floor's (a floor raises a lower end; an upper
 * end nobody knows stays unknown).
 */
export function atLeast(cost: Span, floor: Span): Span {
  const low =
    cost.low === undefined ? floor.low : Math.max(cost.low, floor.low ?? Number.NEGATIVE_INFINITY);
  const high =
    cost.high === undefined || floor.high === undefined
      ? cost.high === undefined
        ? undefined
        : Math.max(cost.high, floor.low ?? cost.high)
      : Math.max(cost.high, floor.high);
  return spanOf(low, high, cost.approximate || floor.approximate) ?? { approximate: false };
}
