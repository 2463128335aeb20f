/**
 * The shape of everything in `knowledge/`. Editors write YAML; this schema is the contract that
 * `npm run kb:check` and the start-up loader enforce. No grammY imports here.
 *
 * Every figure, rule and date is a *fact*: it carries `source` (an id in `sources.yaml`),
 * `verified` (the ISO date someone opened the page) and `asOf` (the date or period the page itself
 * states). A fact's id is derived from where it stands, e.g. `russia.tuition.bachelor.public`,
 * `russia.living.moscow-dormitory`, `russia.admission.equal-terms`, `bolashak.obligations.work-off`
 * (see `fact-ids.ts`); highlights and recommendation reasons point at facts by these ids.
 */
import { z } from "zod";

/**
 * Every fact dates its page (`asOf`) and every source quotes its lines: a fact without `asOf` or a
 * source without `quotes` fails `kb:check` and start-up. `false` would let them through as
 * warnings, for a bulk import that is still being researched.
 */
export const PROVENANCE_REQUIRED = true;

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-visible text in all three languages. */
export const Text = z.strictObject({
  kk: z.string().trim().min(1, "the Kazakh text is missing"),
  ru: z.string().trim().min(1, "the Russian text is missing"),
  en: z.string().trim().min(1, "the English text is missing"),
});
export type Text = z.infer<typeof Text>;

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is lower-case letters, digits and dashes");

export const IsoDate = z.iso.date("a date is written as YYYY-MM-DD");

/** An academic year as pages write it: `"2025/26"` (the second year follows the first). */
export const AcademicYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/)
  .refine((text) => (Number(text.slice(0, 4)) + 1) % 100 === Number(text.slice(5)), {
    message: 'an academic year is two years in a row, e.g. "2025/26"',
  });

/**
 * The date or period a page states for what it says: an ISO date (`2025-12-25`), a year (`2025`),
 * an academic year (`"2025/26"`), or `undated` when the page states none (then freshness is
 * judged by `verified`, and kb:check warns).
 */
export const AsOf = z.union(
  [IsoDate, z.number().int().min(1990).max(2100), AcademicYear, z.literal("undated")],
  {
    error:
      'write the date the page states: YYYY-MM-DD, a year (2025), an academic year ("2025/26") or undated',
  },
);
export type AsOf = z.infer<typeof AsOf>;

export const DEGREE_LEVELS = ["bachelor", "master", "doctorate"] as const;
export const DegreeLevel = z.enum(DEGREE_LEVELS);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

/**
 * The degree levels a fact, highlight or note holds for, when not all of them ("Studienkolleg" is
 * for bachelor's applicants only). Absent means every level; the bot shows a student only what
 * holds at their level.
 */
export const Levels = z.array(DegreeLevel).min(1, "list at least one level, or leave levels out");

/** A text in three languages that may hold for some degree levels only. */
export const LevelText = z.strictObject({ ...Text.shape, levels: Levels.optional() });
export type LevelText = z.infer<typeof LevelText>;

/** Whether something with these `levels` (absent: every level) holds at `level`. */
export function atLevel(levels: readonly DegreeLevel[] | undefined, level: DegreeLevel): boolean {
  return levels === undefined || levels.includes(level);
}

/** The fields that make any object a fact. */
const factFields = {
  source: Id,
  verified: IsoDate,
  /**
   * The date or period the page itself gives for this fact (see {@link AsOf}). Optional in the
   * schema; {@link PROVENANCE_REQUIRED} decides whether its absence is a warning or an error.
   */
  asOf: AsOf.optional(),
  /** The figure is an estimate or an average ("about"); required when the source is secondary. */
  approximate: z.boolean().optional(),
  /**
   * For editors, never shown: why this fact is still on a coverage list (`kb:check -- --coverage`)
   * — the newest official page is old, only a report gives the figure, no dates were ever
   * published. An item left on a list must say why here.
   */
  gapNote: z.string().trim().min(10, "say why in a sentence").optional(),
  /**
   * Optional caveat shown with the fact ("varies by university", "check the current rate"), with
   * `levels` when it holds for some degree levels only.
   */
  note: LevelText.optional(),
};

/** Wraps a typed trait so it carries its provenance. */
export function fact<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...shape, ...factFields });
}

/** Languages a programme can be taught in (ISO 639-1). */
export const TEACHING_LANGUAGES = [
  "kk",
  "ru",
  "en",
  "zh",
  "ko",
  "de",
  "tr",
  "cs",
  "pl",
  "hu",
  "fr",
  "ja",
  "it",
] as const;
export const TeachingLanguage = z.enum(TEACHING_LANGUAGES);
export type TeachingLanguage = (typeof TEACHING_LANGUAGES)[number];

export const CURRENCIES = [
  "KZT",
  "USD",
  "EUR",
  "GBP",
  "RUB",
  "CNY",
  "KRW",
  "TRY",
  "CZK",
  "PLN",
  "HUF",
  "KGS",
  "BYN",
  "UZS",
  "JPY",
  "MYR",
  "AED",
] as const;
export const Currency = z.enum(CURRENCIES);
export type Currency = (typeof CURRENCIES)[number];

/** What the student ranks as important; a destination states which of these it serves. */
export const PRIORITIES = [
  "low-cost",
  "close-to-home",
  "prestige",
  "career-links",
  "new-culture",
  "work-abroad",
] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = (typeof PRIORITIES)[number];

/** Fields of study the questionnaire offers; a destination may say which it is known for. */
export const FIELDS = [
  "engineering-it",
  "natural-sciences",
  "medicine",
  "business-economics",
  "social-humanities",
  "education",
  "arts-design",
] as const;
export const Field = z.enum(FIELDS);
export type Field = (typeof FIELDS)[number];

/**
 * The two ends of a money range. Each keeps its own meaning: only `max` is "up to" (an upper bound,
 * never shown as "from"), only `min` is "from", both are a range; `approximate: true` is "about".
 */
const bounds = {
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  currency: Currency,
};

function checkBounds(
  range: { min?: number | undefined; max?: number | undefined },
  ctx: z.RefinementCtx,
) {
  if (range.min === undefined && range.max === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["max"],
      message: 'missing — write min, max or both (max alone means "up to", min alone "from")',
    });
  } else if (range.min !== undefined && range.max !== undefined && range.max < range.min) {
    ctx.addIssue({ code: "custom", path: ["max"], message: "max is below min" });
  }
}

/** Who a tuition range is for, where fees differ (public or private, language of teaching). */
export const TUITION_SEGMENTS = [
  "public",
  "private",
  "national-language",
  "english-taught",
  "all",
] as const;
export type TuitionSegment = (typeof TUITION_SEGMENTS)[number];

/** Yearly (or per-semester) tuition of one segment at one degree level. */
export const TuitionRange = fact({
  /** Unique within the level: the fact id is `<destination>.tuition.<level>.<id>`. */
  id: Id,
  segment: z.enum(TUITION_SEGMENTS),
  ...bounds,
  /** A semester's fee is doubled for the year by the cost model. */
  per: z.enum(["year", "semester"]),
}).superRefine(checkBounds);
export type TuitionRange = z.infer<typeof TuitionRange>;

/** Why a level has no tuition figure, in place of the list (counts as explained in coverage). */
export const MissingFigure = z.strictObject({ missing: Text });
export type MissingFigure = z.infer<typeof MissingFigure>;

export const TuitionLevel = z.union([z.array(TuitionRange).min(1), MissingFigure]);
export type TuitionLevel = z.infer<typeof TuitionLevel>;

/**
 * Where a living cost or a visa's funds apply: `capital`, `other-cities`, `all`, or a city id
 * (`moscow`, `almaty`) for one city's figure.
 */
export const Place = Id;

export const LIVING_COVERS = ["housing", "housing-food", "all"] as const;
export type LivingCovers = (typeof LIVING_COVERS)[number];

/** Living cost per month, from a dormitory to a private room, for one place. */
export const LivingRange = fact({
  /** Unique within the destination: the fact id is `<destination>.living.<id>`. */
  id: Id,
  where: Place,
  /** What the range pays for: housing only, housing and food, or all of living. */
  covers: z.enum(LIVING_COVERS),
  ...bounds,
  per: z.literal("month"),
}).superRefine(checkBounds);
export type LivingRange = z.infer<typeof LivingRange>;

/**
 * Money a student must show or block for the visa (Germany's blocked account, the UK's maintenance
 * funds), a month's amount for the number of months the rule counts. It is paid out for living,
 * so it is the floor of living costs.
 */
export const RequiredFunds = fact({
  /** Unique within the destination: the fact id is `<destination>.requiredFunds.<id>`. */
  id: Id,
  where: Place,
  amount: z.number().positive(),
  currency: Currency,
  per: z.literal("month"),
  /** How many months the rule counts (the UK: up to 9; Germany: 12). */
  months: z.number().int().min(1).max(24),
});
export type RequiredFunds = z.infer<typeof RequiredFunds>;

const YearsSpan = z.union([
  z.number().positive(),
  z
    .tuple([z.number().positive(), z.number().positive()])
    .refine(([a, b]) => b >= a, "the second number must not be smaller than the first"),
]);
export type YearsSpan = z.infer<typeof YearsSpan>;

export const AdmissionRoute = fact({
  id: Id,
  name: Text,
  description: Text,
  levels: z.array(DegreeLevel).min(1),
  /** Whether a place won this way costs no tuition (Russia's budget places, a quota). */
  tuitionFree: z.boolean(),
  /** Language(s) the student must be able to study in for this route; empty = any of the destination's. */
  languages: z.array(TeachingLanguage).default([]),
  /**
   * Tests or certificates asked for, each as shown to the student in their language (e.g. "EGE or
   * university exams", "TOPIK 3 (Korean-taught)"); exam names stay as they are (HSK, TOPIK, IELTS).
   */
  tests: z.array(Text).default([]),
});
export type AdmissionRoute = z.infer<typeof AdmissionRoute>;

export const FitLevel = z.enum(["strong", "some"]);

export const Highlight = z.strictObject({
  id: Id,
  text: Text,
  /** The levels it holds for, when not all ("With a school certificate you first do a Studienkolleg"). */
  levels: Levels.optional(),
  /** Fact ids (relative to this entry, e.g. `tuition`, `admission.equal-terms`, `fit.low-cost`). */
  facts: z.array(z.string().min(1)).min(1, "a highlight must rest on at least one fact"),
});
export type Highlight = z.infer<typeof Highlight>;

/** A statistic worth telling as such (counts, shares), kept as a fact with its own text. */
export const Statistic = fact({
  id: Id,
  value: z.number(),
  unit: z.enum(["people", "percent"]),
  year: z.number().int().min(1990).max(2100),
  text: Text,
  /** The levels it counts, when not all. */
  levels: Levels.optional(),
});
export type Statistic = z.infer<typeof Statistic>;

/**
 * How a name behaves in a sentence, so templates can agree with it instead of guessing: Russian
 * gender and number («Стипендии … оплачивают»), and whether English takes "the" ("the United
 * Kingdom"). Kazakh needs neither.
 */
export const NameGrammar = z.strictObject({
  ru: z.strictObject({
    gender: z.enum(["masculine", "feminine", "neuter"]),
    number: z.enum(["singular", "plural"]),
  }),
  en: z.strictObject({
    article: z.enum(["the", "none"]),
    number: z.enum(["singular", "plural"]),
  }),
});
export type NameGrammar = z.infer<typeof NameGrammar>;

export const Destination = z
  .strictObject({
    id: Id,
    /** ISO 3166-1 alpha-2, used for flags and deep links. */
    country: z.string().regex(/^[A-Z]{2}$/, "a two-letter country code in capitals"),
    name: Text,
    grammar: NameGrammar.optional(),
    summary: Text,
    languages: fact({
      teaching: z.array(TeachingLanguage).min(1),
      /** A preparatory language year exists for students who lack the teaching language. */
      preparatoryYear: z.boolean(),
    }),
    /**
     * Tuition a self-funded international student pays, per degree level: a list of ranges (one per
     * segment where fees differ), or `missing:` saying why there is no figure. A level left out has
     * no figure and no explanation yet.
     */
    tuition: z.partialRecord(DegreeLevel, TuitionLevel).default({}),
    /** Living costs per month, one range per place; absent when no verified figure. */
    living: z.array(LivingRange).min(1).optional(),
    /** Why there is no living figure at all, in place of `living` (only when no source exists). */
    livingMissing: Text.optional(),
    degreeYears: fact({
      bachelor: YearsSpan.optional(),
      master: YearsSpan.optional(),
      doctorate: YearsSpan.optional(),
    }),
    admission: z.array(AdmissionRoute).min(1),
    closeness: fact({
      distance: z.enum(["neighbour", "near", "far"]),
      visa: z.enum(["not-required", "required"]),
    }),
    work: fact({
      duringStudy: z.enum(["allowed", "limited", "not-allowed"]),
      afterStudy: z.enum(["allowed", "job-search-permit", "not-allowed"]),
    }).optional(),
    /** Money the visa makes a student show or block, per place (see {@link RequiredFunds}). */
    requiredFunds: z.array(RequiredFunds).min(1).optional(),
    /** Fields of study the destination is known to suit, each with why and a source. */
    fieldFit: z.partialRecord(Field, fact({ level: FitLevel, why: Text })).default({}),
    /** Which student priorities the destination serves, each with why (`note`) and a source. */
    fit: z.partialRecord(Priority, fact({ level: FitLevel, why: Text })).default({}),
    kazakhstaniStudents: fact({
      count: z.number().int().positive(),
      year: z.number().int().min(1990).max(2100),
    }).optional(),
    statistics: z.array(Statistic).default([]),
    highlights: z.array(Highlight).default([]),
  })
  .superRefine((destination, ctx) => {
    if (destination.living !== undefined && destination.livingMissing !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["livingMissing"],
        message: "write either living figures or livingMissing, not both",
      });
    }
  });
export type Destination = z.infer<typeof Destination>;

export const FUNDING_KINDS = [
  "kazakhstan-government",
  "host-government",
  "university",
  "foundation",
  "exchange",
  "own-funds",
] as const;

export const COVERAGE_ITEMS = [
  "tuition",
  "living",
  "housing",
  "travel",
  "insurance",
  "visa",
  "language-year",
  "study-materials",
] as const;

export const Obligation = fact({
  id: Id,
  kind: z.enum(["work-off", "return-home", "collateral", "language-course", "repay-if-broken"]),
  /** Years of work or residence asked for, a number or a [min, max] span. */
  years: YearsSpan.optional(),
  text: Text,
  /** The levels whose students it binds, when not all ("bachelor's and master's scholars"). */
  levels: Levels.optional(),
});
export type Obligation = z.infer<typeof Obligation>;

/** Levels of the Common European Framework of Reference, as texts write them ("B2"). */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const CefrLevel = z.enum(CEFR_LEVELS);
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** The CEFR levels a text names ("B2 (IELTS or TOEFL)" names B2), in order. */
export function cefrLevelsNamed(text: string): CefrLevel[] {
  return [...text.matchAll(/\b([ABC][12])\b/g)].map((m) => m[1] as CefrLevel);
}

/** Language tests a requirement can name with a minimum score. */
export const LANGUAGE_TESTS = [
  "IELTS",
  "TOEFL-iBT",
  "Duolingo",
  "TOPIK",
  "HSK",
  "TestDaF",
  "KAZTEST",
] as const;
export const LanguageTest = z.enum(LANGUAGE_TESTS);
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

/** How a test's name reads in a requirement's text ("TOEFL iBT 79" names TOEFL-iBT). */
function testNamed(test: LanguageTest, text: string): boolean {
  return text.toUpperCase().includes(test.split("-")[0]?.toUpperCase() ?? test);
}

/** A minimum on a named test ("IELTS 6.5"): typed, so the bot can say what is missing. */
export const TestMinimum = z.strictObject({
  test: LanguageTest,
  min: z.number().positive(),
});
export type TestMinimum = z.infer<typeof TestMinimum>;

export const LanguageRequirement = z
  .strictObject({
    language: TeachingLanguage,
    /**
     * The requirement as shown to the student, in their language ("B1 (KAZTEST or Qazaq Resmi
     * Test)", "TOPIK 3 after the one-year Korean course"); exam names stay as they are.
     */
    level: Text,
    /**
     * The CEFR level the requirement names, written only where its English text names it: an
     * English requirement's is compared with the student's English. Without it, being able to
     * study in the language is what counts.
     */
    cefr: CefrLevel.optional(),
    /** Minimum scores on named tests, each as the English text gives it ("IELTS 6.5"). */
    tests: z.array(TestMinimum).default([]),
  })
  .superRefine((requirement, ctx) => {
    // A typed minimum must be the one the student reads.
    for (const [i, { test, min }] of requirement.tests.entries()) {
      const text = requirement.level.en;
      if (!testNamed(test, text) || !text.includes(String(min))) {
        ctx.addIssue({
          code: "custom",
          path: ["tests", i],
          message: `the English text does not name ${test} ${min} — a typed minimum repeats the text's`,
        });
      }
    }
    // The level the matcher compares must be the one the student reads, so the two cannot part.
    const named = cefrLevelsNamed(requirement.level.en);
    const { cefr } = requirement;
    if (cefr === undefined && named[0] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["cefr"],
        message: `missing — the English text names ${named[0]}: write cefr: ${named[0]}`,
      });
    } else if (cefr !== undefined && !named.includes(cefr)) {
      ctx.addIssue({
        code: "custom",
        path: ["cefr"],
        message:
          named.length === 0
            ? "the English text names no CEFR level — write cefr only for a level the text names"
            : `${cefr} is not the level the English text names (${named.join(", ")}) — cefr repeats the text's level`,
      });
    }
  });
export type LanguageRequirement = z.infer<typeof LanguageRequirement>;

/**
 * Where an application window stands:
 * - `announced`: the current or next intake's dates are published (`closes` must be ahead);
 * - `last-cycle`: the last published cycle's dates, the next ones not out yet;
 * - `rolling`: apply any time; `none`: there is no application (own funds);
 * - `not-announced`: no dated window ever found; the text says how it works.
 */
export const WINDOW_STATUSES = [
  "announced",
  "last-cycle",
  "rolling",
  "none",
  "not-announced",
] as const;
export type WindowStatus = (typeof WINDOW_STATUSES)[number];

export const ApplicationWindow = fact({
  status: z.enum(WINDOW_STATUSES),
  /** The intake the dates are for: `"2026/27"` or `2026`. */
  cycle: z
    .union([AcademicYear, z.number().int().min(1990).max(2100)], {
      error: 'write the intake as an academic year ("2026/27") or a year (2026)',
    })
    .optional(),
  opens: IsoDate.optional(),
  /** The last day to apply. */
  closes: IsoDate.optional(),
  /** How it works ("apply via your university's international office"). */
  text: Text,
}).superRefine((window, ctx) => {
  const dated = window.status === "announced" || window.status === "last-cycle";
  if (dated && window.cycle === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["cycle"],
      message: `missing — ${window.status === "announced" ? "an" : "a"} ${window.status} window names the intake its dates are for`,
    });
  }
  if (window.status === "announced" && window.closes === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["closes"],
      message: "missing — an announced window needs its last day to apply",
    });
  }
  if (window.status === "last-cycle" && window.opens === undefined && window.closes === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["closes"],
      message: "missing — a last-cycle window gives that cycle's dates (opens, closes or both)",
    });
  }
  if (!dated && (window.opens !== undefined || window.closes !== undefined)) {
    const field = window.opens !== undefined ? "opens" : "closes";
    ctx.addIssue({
      code: "custom",
      path: [field],
      message: `a ${window.status} window has no dates — use announced or last-cycle for dated windows`,
    });
  }
});
export type ApplicationWindow = z.infer<typeof ApplicationWindow>;

/** Where a student stands now, as funding routes state who may apply. */
export const STUDENT_STATUSES = [
  "school-leaver",
  "university-student",
  "graduate",
  "working",
] as const;
export const StudentStatus = z.enum(STUDENT_STATUSES);
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

const StatusList = z.array(StudentStatus).min(1, "list at least one status, or leave status out");

export const Funding = z.strictObject({
  id: Id,
  name: Text,
  grammar: NameGrammar.optional(),
  summary: Text,
  kind: z.enum(FUNDING_KINDS),
  runBy: fact({ text: Text }),
  levels: fact({ values: z.array(DegreeLevel).min(1) }),
  /**
   * The destination ids it can be used in, or "any" where the source says any country (then the
   * note says so, and what limits it: "only your university's partners").
   */
  destinations: fact({ values: z.union([z.literal("any"), z.array(Id).min(1)]) }).refine(
    (d) => d.values !== "any" || d.note !== undefined,
    {
      message: "'any' needs a note saying the source allows any country — otherwise list them",
      path: ["values"],
    },
  ),
  covers: fact({
    items: z.array(z.enum(COVERAGE_ITEMS)),
    /** full: tuition and living both paid; partial: some of it; none: the route is a way in, not money. */
    extent: z.enum(["full", "partial", "none"]),
  }),
  eligibility: fact({
    citizenship: z.enum(["kazakhstan", "any"]).default("kazakhstan"),
    /**
     * Who may apply, by where they stand now: one list, or one per level when the tracks differ
     * (a bachelor's track for school leavers, a master's track for graduates). Absent: anyone.
     */
    status: z.union([StatusList, z.partialRecord(DegreeLevel, StatusList)]).optional(),
    /**
     * Only for students enrolled at a Kazakhstani university (academic mobility, Erasmus+ credit
     * mobility, exchanges): such a route never reaches a school leaver or a graduate.
     */
    enrolledInKazakhstan: z.literal(true).optional(),
    /** Upper age limits per level ("under 35" is stored as 35). */
    maxAge: z.partialRecord(DegreeLevel, z.number().int().positive()).optional(),
    minWorkYears: z.number().nonnegative().optional(),
    /** Language requirements, at most one per language (the matcher's reasons name it). */
    languages: z.array(LanguageRequirement).default([]),
    /** Other conditions in words, with `levels` where one holds for some levels only. */
    other: z.array(LevelText).default([]),
  }).refine(
    (e) =>
      e.enrolledInKazakhstan === undefined ||
      e.status === undefined ||
      Object.values(Array.isArray(e.status) ? { all: e.status } : e.status).every((list) =>
        list?.includes("university-student"),
      ),
    {
      message: "enrolledInKazakhstan needs university-student among the statuses",
      path: ["status"],
    },
  ),
  obligations: z.array(Obligation).default([]),
  window: ApplicationWindow.optional(),
  /** Competition the student should expect, so the bot never promises money. */
  competitive: z.boolean(),
  /** The official page; absent for generic routes that no one body runs (own funds, foundations). */
  url: z.url().optional(),
  /** Counts worth telling (scholars abroad, students sent), each a fact. */
  statistics: z.array(Statistic).default([]),
  highlights: z.array(Highlight).default([]),
});
export type Funding = z.infer<typeof Funding>;

/** What kind of page a source is, which decides what it may back (see `references.ts`). */
export const SOURCE_KINDS = [
  "programme-owner",
  "government",
  "university",
  "research",
  "secondary",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const Source = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    /**
     * `programme-owner` (the body that runs the programme), `government` (a ministry, embassy or
     * government portal), `university` (a university's own page), `research` (the seed article)
     * or `secondary` (news, an NGO, an aggregator: it may back only an approximate figure).
     */
    kind: z.enum(SOURCE_KINDS),
    url: z.url().optional(),
    publisher: z.string().min(1).optional(),
    /** The date the page states for itself (a date, a year, an academic year, or undated). */
    published: AsOf.optional(),
    /** Verbatim lines from the page that the facts rest on. */
    quotes: z.array(z.string().trim().min(1, "a quote must not be empty")).min(1).optional(),
  })
  .refine((s) => s.kind === "research" || s.url !== undefined, {
    message: "missing — every source except the research article needs its url",
    path: ["url"],
  });
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

/** Exchange rates to tenge, one file, one date. */
export const RatesFile = fact({
  /** Tenge for one unit of each currency. */
  kzt: z.partialRecord(Currency, z.number().positive()),
  date: IsoDate,
});
export type Rates = z.infer<typeof RatesFile>;

/**
 * General findings of the seed research article that belong to no one destination or funding
 * route. Optional file: `research.yaml`. Its facts are `research.motives.<id>` and
 * `research.statistics.<id>`. Figures about one destination or route stay in that entry's file.
 */
export const ResearchFile = z.strictObject({
  /** Why Kazakhstani young people leave to study abroad, as the article lists them. */
  motives: z.array(fact({ id: Id, text: Text })).min(1),
  statistics: z.array(Statistic).default([]),
});
export type Research = z.infer<typeof ResearchFile>;

export interface Knowledge {
  destinations: Destination[];
  funding: Funding[];
  sources: Map<string, Source>;
  /**
   * Exchange rates: the stored `rates.yaml` at start-up, replaced at run time by the National
   * Bank's feed when it answers (`src/rates/`). Read it when needed; never keep a copy.
   */
  rates: Rates | undefined;
  /** From the optional `research.yaml`; absent when there is no such file. */
  research?: Research;
  /** Every fact id in the knowledge base, with where it came from. */
  facts: Map<string, FactRecord>;
}

/**
 * What a fact is, which decides how its age and its source are judged (`factCategory` in
 * `fact-ids.ts` tells it from the fact's id).
 */
export type FactCategory = "money" | "rule" | "statistic" | "judgement";

export interface FactRecord {
  id: string;
  source: string;
  verified: string;
  /** The date or period the page states; absent while the research is under way. */
  asOf?: AsOf;
  approximate?: boolean;
  /** Why the fact stays on a coverage list, when it does (see `gapNote` in the schema). */
  gapNote?: string;
}
