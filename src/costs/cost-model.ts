/**
 * The cost model: what studying at one level in one destination costs a self-funded student,
 * worked out from the knowledge base in one place, so every screen (results, /compare, /country,
 * the share card, search answers) and the matcher read the same figures.
 *
 * For each figure it keeps the source's own currency and bounds ("up to", "from", a range,
 * "about"), the fact it rests on and the date its page gives; in tenge it adds tuition per year
 * (a semester's fee doubled), living per month and per year, the visa's required funds for the
 * months their rule counts, the yearly cost and the cost of the whole degree (years × yearly).
 * A figure whose page is more than 24 months old is kept (to show as old, with its page) but never
 * counted. Pure: no I/O, no clock (today comes in), no grammY.
 */
import { factId, RATES_FACT_ID } from "../knowledge/fact-ids.js";
import { isPageStale } from "../knowledge/freshness.js";
import type {
  AsOf,
  Currency,
  DegreeLevel,
  Destination,
  Knowledge,
  LivingCovers,
  Text,
  TuitionSegment,
} from "../knowledge/schema.js";
import { across, atLeast, type Span, scale, spanOf, sum } from "./span.js";

/**
 * Months of living a year counts: an academic year, September to June. Summers are often spent at
 * home; a visa's required funds count their own months instead (the UK: 9, Germany: 12).
 */
export const LIVING_MONTHS_PER_YEAR = 10;

/** What one figure is, as written, with what the model makes of it. */
interface FigureBase {
  /** The fact the figure is, e.g. `russia.living.msu-dormitory`. */
  factId: string;
  /** The figure in its source's currency, with its own bounds. */
  amount: Span;
  currency: Currency;
  /** The date or period its page gives; absent while the research is under way. */
  asOf?: AsOf;
  /** Its page is more than 24 months old: shown as old with its page, never counted. */
  stale: boolean;
  /** No exchange rate for its currency: shown in its own currency only. */
  noRate: boolean;
}

export interface TuitionFigure extends FigureBase {
  kind: "tuition";
  segment: TuitionSegment;
  per: "year" | "semester";
  /** A year of it in tenge (a semester doubled), when counted. */
  yearlyKzt?: Span;
}

export interface LivingFigure extends FigureBase {
  kind: "living";
  /** `capital`, `other-cities`, `all` or a city id. */
  where: string;
  covers: LivingCovers;
  /** Per month in tenge, when counted. */
  monthlyKzt?: Span;
  /** {@link LIVING_MONTHS_PER_YEAR} months in tenge, when counted. */
  yearlyKzt?: Span;
}

export interface RequiredFundsFigure extends FigureBase {
  kind: "required-funds";
  where: string;
  /** How many months the rule counts. */
  months: number;
  /** The amount for all its months in tenge, when counted. */
  totalKzt?: Span;
}

/** A tenge figure and the facts it rests on (the rates among them). */
export interface KztFigure extends Span {
  facts: string[];
}

/** What keeps a whole-year figure from being given. */
export type CostGap = "tuition" | "living" | "rates" | "stale";

export interface CostModel {
  destinationId: string;
  level: DegreeLevel;
  /** The rates the tenge figures use: their date and fact; absent when there are none. */
  rates?: { date: string; factId: string };
  tuition: {
    figures: TuitionFigure[];
    /** Why the level has no tuition figure, when the knowledge base says. */
    missing?: Text;
    /** A year's tuition in tenge across segments, from the counted figures. */
    yearly?: KztFigure;
  };
  living: {
    figures: LivingFigure[];
    /** Why there is no living figure, when the knowledge base says. */
    missing?: Text;
    /** A year of living in tenge across places, from the counted figures. */
    yearly?: KztFigure;
    /** What the counted figures pay for: all of living only when every one does. */
    covers?: LivingCovers;
  };
  requiredFunds: {
    figures: RequiredFundsFigure[];
    /** The funds for the months their rule counts, in tenge across places. */
    total?: KztFigure;
  };
  /**
   * A year of living as counted: the living figure floored by the visa's required funds (that
   * money is paid out for living). `complete` is false when it stands for housing (or housing and
   * food) only; `requiredFundsSet` when the required funds set one of its ends.
   */
  livingYearly?: KztFigure & { complete: boolean; requiredFundsSet: boolean };
  /** Tuition plus living for a year, when both are known. */
  yearly?: KztFigure & { complete: boolean };
  /** The whole degree: its years times the yearly cost. */
  degree?: KztFigure & { years: [number, number] };
  /** Why there is no yearly figure (empty when there is one). */
  gaps: CostGap[];
}

export interface CostOptions {
  /**
   * Today (YYYY-MM-DD): figures on pages more than 24 months older are not counted. Without it no
   * figure is judged by its age (the matcher without a date).
   */
  today: string | undefined;
}

/**
 * The cost of `level` in `destination`. The tenge figures use `knowledge.rates` as they are now
 * (the stored file, or the National Bank's feed once it has answered).
 *
 * @example
 * const model = costModel(knowledge, germany, "master", { today: "2026-12-06" });
 * model.yearly; // { low: …, high: …, facts: ["germany.tuition.master.public", …, "rates"] }
 */
export function costModel(
  knowledge: Knowledge,
  destination: Destination,
  level: DegreeLevel,
  options: CostOptions,
): CostModel {
  const cache = cacheFor(knowledge, options.today);
  const key = `${destination.id}|${level}`;
  let model = cache.get(key);
  if (model === undefined) {
    model = buildModel(knowledge, destination, level, options.today);
    cache.set(key, model);
  }
  return model;
}

// Every screen and the matcher ask for the same models again and again; they change only when the
// rates are swapped in or the day turns.
const caches = new WeakMap<
  Knowledge,
  { rates: unknown; today: string | undefined; models: Map<string, CostModel> }
>();

function cacheFor(knowledge: Knowledge, today: string | undefined): Map<string, CostModel> {
  const cached = caches.get(knowledge);
  if (cached !== undefined && cached.rates === knowledge.rates && cached.today === today) {
    return cached.models;
  }
  const models = new Map<string, CostModel>();
  caches.set(knowledge, { rates: knowledge.rates, today, models });
  return models;
}

function buildModel(
  knowledge: Knowledge,
  d: Destination,
  level: DegreeLevel,
  today: string | undefined,
): CostModel {
  const rates = knowledge.rates;
  const rateFacts =
    rates !== undefined && knowledge.facts.has(RATES_FACT_ID) ? [RATES_FACT_ID] : [];
  const rateOf = (currency: Currency): number | undefined =>
    currency === "KZT" ? 1 : rates?.kzt[currency];
  const base = (id: string, written: { min?: number; max?: number; approximate?: boolean }) => {
    const fact = knowledge.facts.get(id);
    return {
      factId: id,
      amount: spanOf(written.min, written.max, written.approximate === true) ?? {
        approximate: false,
      },
      ...(fact?.asOf === undefined ? {} : { asOf: fact.asOf }),
      stale: fact !== undefined && today !== undefined && isPageStale(fact, today),
    };
  };
  const gaps = new Set<CostGap>();

  // Tuition of this level, per segment.
  const written = d.tuition[level];
  const tuitionFigures: TuitionFigure[] = (Array.isArray(written) ? written : []).map((range) => {
    const rate = rateOf(range.currency);
    const figure: TuitionFigure = {
      kind: "tuition",
      ...base(factId(d.id, `tuition.${level}.${range.id}`), range),
      currency: range.currency,
      noRate: rate === undefined,
      segment: range.segment,
      per: range.per,
    };
    if (rate !== undefined && !figure.stale) {
      figure.yearlyKzt = scale(figure.amount, rate * (range.per === "semester" ? 2 : 1), true);
    }
    return figure;
  });
  const tuition: CostModel["tuition"] = { figures: tuitionFigures };
  if (written !== undefined && !Array.isArray(written)) tuition.missing = written.missing;
  const countedTuition = tuitionFigures.filter((f) => f.yearlyKzt !== undefined);
  const tuitionSpan = across(countedTuition.map((f) => f.yearlyKzt as Span));
  if (tuitionSpan !== undefined) {
    tuition.yearly = {
      ...tuitionSpan,
      facts: [...countedTuition.map((f) => f.factId), ...rateFacts],
    };
  } else {
    gaps.add(gapOf(tuitionFigures, "tuition"));
  }

  // Living, per place.
  const livingFigures: LivingFigure[] = (d.living ?? []).map((range) => {
    const rate = rateOf(range.currency);
    const figure: LivingFigure = {
      kind: "living",
      ...base(factId(d.id, `living.${range.id}`), range),
      currency: range.currency,
      noRate: rate === undefined,
      where: range.where,
      covers: range.covers,
    };
    if (rate !== undefined && !figure.stale) {
      figure.monthlyKzt = scale(figure.amount, rate, true);
      figure.yearlyKzt = scale(figure.amount, rate * LIVING_MONTHS_PER_YEAR, true);
    }
    return figure;
  });
  const living: CostModel["living"] = { figures: livingFigures };
  if (d.livingMissing !== undefined) living.missing = d.livingMissing;
  const countedLiving = livingFigures.filter((f) => f.yearlyKzt !== undefined);
  const livingSpan = across(countedLiving.map((f) => f.yearlyKzt as Span));
  if (livingSpan !== undefined) {
    living.yearly = { ...livingSpan, facts: [...countedLiving.map((f) => f.factId), ...rateFacts] };
    living.covers = countedLiving.every((f) => f.covers === "all")
      ? "all"
      : countedLiving.some((f) => f.covers === "housing")
        ? "housing"
        : "housing-food";
  }

  // The visa's required funds, for the months their rule counts.
  const fundsFigures: RequiredFundsFigure[] = (d.requiredFunds ?? []).map((funds) => {
    const rate = rateOf(funds.currency);
    const figure: RequiredFundsFigure = {
      kind: "required-funds",
      ...base(factId(d.id, `requiredFunds.${funds.id}`), { min: funds.amount, max: funds.amount }),
      currency: funds.currency,
      noRate: rate === undefined,
      where: funds.where,
      months: funds.months,
    };
    if (rate !== undefined && !figure.stale) {
      figure.totalKzt = scale(figure.amount, rate * funds.months, true);
    }
    return figure;
  });
  const requiredFunds: CostModel["requiredFunds"] = { figures: fundsFigures };
  const countedFunds = fundsFigures.filter((f) => f.totalKzt !== undefined);
  const fundsSpan = across(countedFunds.map((f) => f.totalKzt as Span));
  if (fundsSpan !== undefined) {
    requiredFunds.total = {
      ...fundsSpan,
      facts: [...countedFunds.map((f) => f.factId), ...rateFacts],
    };
  }

  const model: CostModel = {
    destinationId: d.id,
    level,
    tuition,
    living,
    requiredFunds,
    gaps: [],
  };
  if (rates !== undefined) model.rates = { date: rates.date, factId: RATES_FACT_ID };

  const livingYearly = livingEstimate(living, requiredFunds, rateFacts);
  if (livingYearly !== undefined) model.livingYearly = livingYearly;
  else gaps.add(gapOf([...livingFigures, ...fundsFigures], "living"));

  if (tuition.yearly !== undefined && livingYearly !== undefined) {
    const total = sum([tuition.yearly, livingYearly]) as Span;
    // The figures first, then the rates that turned them into tenge.
    const facts = distinct([
      ...tuition.yearly.facts.filter((f) => !rateFacts.includes(f)),
      ...livingYearly.facts.filter((f) => !rateFacts.includes(f)),
      ...rateFacts,
    ]);
    model.yearly = { ...total, facts, complete: livingYearly.complete };
    const years = d.degreeYears[level];
    if (years !== undefined) {
      const [min, max] = typeof years === "number" ? [years, years] : years;
      const degree = spanOf(
        total.low === undefined ? undefined : Math.round(total.low * min),
        total.high === undefined ? undefined : Math.round(total.high * max),
        total.approximate,
      ) as Span;
      const degreeFacts = [
        ...facts.filter((f) => !rateFacts.includes(f)),
        factId(d.id, "degreeYears"),
        ...rateFacts,
      ];
      model.degree = { ...degree, facts: degreeFacts, years: [min, max] };
    }
  } else {
    model.gaps = [...gaps];
  }
  return model;
}

/** Why figures of one kind give no tenge: none written, all too old, or no rate for them. */
function gapOf(figures: readonly FigureBase[], none: "tuition" | "living"): CostGap {
  if (figures.length === 0) return none;
  if (figures.every((f) => f.stale)) return "stale";
  return "rates";
}

/**
 * A year of living: the living figure floored by the required funds. Each source is cited when it
 * sets an end (a tie goes to the living figure).
 */
function livingEstimate(
  living: CostModel["living"],
  funds: CostModel["requiredFunds"],
  rateFacts: readonly string[],
): CostModel["livingYearly"] {
  const own = living.yearly;
  const floor = funds.total;
  if (own === undefined && floor === undefined) return undefined;
  if (floor === undefined) {
    const estimate = { ...(own as KztFigure), complete: living.covers === "all" };
    return { ...estimate, requiredFundsSet: false };
  }
  if (own === undefined) return { ...floor, complete: true, requiredFundsSet: true };
  const span = atLeast(own, floor);
  const fundsSet =
    (floor.low !== undefined && (own.low === undefined || floor.low > own.low)) ||
    (floor.high !== undefined && own.high !== undefined && floor.high > own.high);
  const livingSets =
    (own.low !== undefined && (floor.low === undefined || own.low >= floor.low)) ||
    (own.high !== undefined && (floor.high === undefined || own.high >= floor.high));
  const facts = distinct([
    ...(livingSets ? own.facts.filter((f) => !rateFacts.includes(f)) : []),
    ...(fundsSet ? floor.facts.filter((f) => !rateFacts.includes(f)) : []),
    ...rateFacts,
  ]);
  // The upper end covers everything when it is a full living figure or the required funds.
  const complete =
    living.covers === "all" ||
    (floor.high !== undefined && (own.high === undefined || floor.high >= own.high));
  return { ...span, facts, complete, requiredFundsSet: fundsSet };
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
