/**
 * Every inline button's `callback_data`, encoded as short colon-separated strings (Telegram
 * allows 64 bytes) and decoded with zod, so a forged or outdated payload is rejected, not trusted.
 */
import { z } from "zod";
import { REGIONS } from "../../insight/regions.js";
import { Id, LOCALES } from "../../knowledge/schema.js";
import { FACETS } from "../../search/facets.js";

const Run = z.string().regex(/^[a-z0-9]{1,8}$/);
const Step = z.coerce.number().int().min(0).max(20);
const Mask = z.string().regex(/^[0-9a-z]{1,4}$/);

export const QuizAnswer = z.object({
  kind: z.literal("quiz"),
  run: Run,
  step: Step,
  action: z.enum(["answer", "toggle", "done", "back"]),
  /** answer: option index; toggle/done: bitmask of chosen options in base 36. */
  value: z.string().regex(/^[0-9a-z]{0,4}$/),
});
export type QuizAnswer = z.infer<typeof QuizAnswer>;

const ACTION_CODES = { answer: "a", toggle: "t", done: "d", back: "b" } as const;
const ACTION_BY_CODE = Object.fromEntries(Object.entries(ACTION_CODES).map(([k, v]) => [v, k]));

export const LanguageChoice = z.object({ kind: z.literal("lang"), locale: z.enum(LOCALES) });

export const ResultsAction = z.object({
  kind: z.literal("results"),
  action: z.enum(["more", "funding", "restart", "language"]),
  /** For "more" and "funding": the position of the first destination of the page. */
  from: z.coerce.number().int().min(0).max(50).default(0),
});

/** One destination of the student's results in detail: reasons, costs, ways to pay, sources. */
export const ResultDetails = z.object({
  kind: z.literal("result-details"),
  destination: Id.max(40),
});

export const StartQuiz = z.object({ kind: z.literal("start-quiz") });

/** The answer to "may Bagdar count these answers anonymously?", asked after results or in /privacy. */
export const ConsentAnswer = z.object({
  kind: z.literal("consent"),
  answer: z.enum(["yes", "no"]),
  /** Where the button was: the question after the results, or the /privacy message. */
  from: z.enum(["ask", "privacy"]),
});

/** A region of Kazakhstan, "none" (rather not say), or "ask" (show the choice again). */
export const RegionChoice = z.object({
  kind: z.literal("region"),
  region: z.enum([...REGIONS, "none", "ask"]),
});

/** /forget: "ask" shows the confirmation, "confirm" deletes, "cancel" keeps everything. */
export const ForgetAction = z.object({
  kind: z.literal("forget"),
  action: z.enum(["ask", "confirm", "cancel"]),
});

/** Deadline reminders for one funding route. */
export const ReminderAction = z.object({
  kind: z.literal("remind"),
  action: z.enum(["subscribe", "cancel"]),
  funding: Id.max(48),
});

/** A facet of a destination or funding route, asked with a button (a question's choices). */
export const AskAbout = z.object({
  kind: z.literal("ask"),
  facet: z.enum(FACETS),
  entity: z.enum(["destination", "funding"]),
  id: Id.max(40),
});

const CONSENT_CODES = { yes: "y", no: "n", ask: "a", privacy: "p" } as const;
const CONSENT_BY_CODE: Record<string, string> = { y: "yes", n: "no", a: "ask", p: "privacy" };
const FORGET_CODES = { ask: "a", confirm: "y", cancel: "n" } as const;
const FORGET_BY_CODE: Record<string, string> = { a: "ask", y: "confirm", n: "cancel" };
const REMIND_CODES = { subscribe: "s", cancel: "x" } as const;
const REMIND_BY_CODE: Record<string, string> = { s: "subscribe", x: "cancel" };

// ── Exploring beyond the questionnaire: country cards, comparison, profile edits, sharing ──

/** A destination's card (from /country, a comparison or a shared link). */
export const CountryCard = z.object({ kind: z.literal("country"), destination: Id.max(40) });

/** One bit per destination, in knowledge order, base 36 (see {@link indexesToMask}). */
const DestinationMask = z.string().regex(/^[0-9a-z]{0,6}$/);

/** /compare's picker: open it (with some destinations already chosen), toggle one, or compare. */
export const CompareAction = z.object({
  kind: z.literal("compare"),
  action: z.enum(["open", "toggle", "done"]),
  mask: DestinationMask.default(""),
});

/**
 * /profile: show the answers, edit one (`question` indexes the editable questions), answer a
 * single-choice question (`value` = option index), toggle or finish a multi-choice one (`value` =
 * bitmask), or cancel.
 */
export const ProfileAction = z.object({
  kind: z.literal("profile"),
  action: z.enum(["show", "edit", "answer", "toggle", "done", "cancel"]),
  question: z.coerce.number().int().min(0).max(20).default(0),
  value: z
    .string()
    .regex(/^[0-9a-z]{0,4}$/)
    .default(""),
});

/** The share card (PNG) and link for the student's results. */
export const ShareAction = z.object({ kind: z.literal("share") });

export type ExploreData =
  | z.infer<typeof CountryCard>
  | z.infer<typeof CompareAction>
  | z.infer<typeof ProfileAction>
  | z.infer<typeof ShareAction>;

/** The same buttons as code writes them: fields with a default may be left out. */
export type ExploreButton =
  | z.infer<typeof CountryCard>
  | { kind: "compare"; action: z.infer<typeof CompareAction>["action"]; mask?: string }
  | {
      kind: "profile";
      action: z.infer<typeof ProfileAction>["action"];
      question?: number;
      value?: string;
    }
  | z.infer<typeof ShareAction>;

const COMPARE_CODES = { open: "o", toggle: "t", done: "d" } as const;
const COMPARE_BY_CODE: Record<string, string> = { o: "open", t: "toggle", d: "done" };
const PROFILE_CODES = {
  show: "s",
  edit: "e",
  answer: "a",
  toggle: "t",
  done: "d",
  cancel: "x",
} as const;
const PROFILE_BY_CODE: Record<string, string> = Object.fromEntries(
  Object.entries(PROFILE_CODES).map(([k, v]) => [v, k]),
);

function encodeExplore(data: ExploreButton): string {
  switch (data.kind) {
    case "country":
      return `d:${data.destination}`;
    case "compare":
      return data.action === "open" && !data.mask
        ? "k:o"
        : `k:${COMPARE_CODES[data.action]}:${data.mask ?? ""}`;
    case "profile":
      if (data.action === "show" || data.action === "cancel")
        return `p:${PROFILE_CODES[data.action]}`;
      if (data.action === "edit") return `p:e:${data.question ?? 0}`;
      return `p:${PROFILE_CODES[data.action]}:${data.question ?? 0}:${data.value ?? ""}`;
    case "share":
      return "h";
  }
}

function exploreCandidate(parts: string[]): Record<string, unknown> | undefined {
  switch (parts[0]) {
    case "d":
      return parts.length === 2 ? { kind: "country", destination: parts[1] } : undefined;
    case "k":
      if (parts.length === 2 && parts[1] === "o") return { kind: "compare", action: "open" };
      return parts.length === 3
        ? { kind: "compare", action: COMPARE_BY_CODE[parts[1] ?? ""], mask: parts[2] }
        : undefined;
    case "p": {
      const action = PROFILE_BY_CODE[parts[1] ?? ""];
      if (action === "show" || action === "cancel")
        return parts.length === 2 ? { kind: "profile", action } : undefined;
      if (action === "edit")
        return parts.length === 3 ? { kind: "profile", action, question: parts[2] } : undefined;
      return parts.length === 4
        ? { kind: "profile", action, question: parts[2], value: parts[3] }
        : undefined;
    }
    case "h":
      return parts.length === 1 ? { kind: "share" } : undefined;
    default:
      return undefined;
  }
}

export type CallbackData =
  | ExploreData
  | QuizAnswer
  | z.infer<typeof LanguageChoice>
  | z.infer<typeof ResultsAction>
  | z.infer<typeof ResultDetails>
  | z.infer<typeof StartQuiz>
  | z.infer<typeof ConsentAnswer>
  | z.infer<typeof RegionChoice>
  | z.infer<typeof ForgetAction>
  | z.infer<typeof ReminderAction>
  | z.infer<typeof AskAbout>;

/** Encodes callback data; the result always fits Telegram's 64-byte limit. */
export function encodeCallback(data: CallbackData | ExploreButton): string {
  switch (data.kind) {
    case "quiz":
      return `q:${data.run}:${data.step}:${ACTION_CODES[data.action]}:${data.value}`;
    case "lang":
      return `l:${data.locale}`;
    case "results":
      // The funding view of a later page says where the page starts; the first page's is `r:funding`.
      return data.action === "more" || (data.action === "funding" && data.from > 0)
        ? `r:${data.action}:${data.from}`
        : `r:${data.action}`;
    case "result-details":
      return `r:d:${data.destination}`;
    case "start-quiz":
      return "s";
    case "country":
    case "compare":
    case "profile":
    case "share":
      return encodeExplore(data);
    case "consent":
      return `c:${CONSENT_CODES[data.answer]}:${CONSENT_CODES[data.from]}`;
    case "region":
      return `g:${data.region}`;
    case "forget":
      return `f:${FORGET_CODES[data.action]}`;
    case "remind":
      return `m:${REMIND_CODES[data.action]}:${data.funding}`;
    case "ask":
      return `a:${data.facet}:${data.entity === "destination" ? "d" : "f"}:${data.id}`;
  }
}

// Built once: constructing a zod schema costs more than using it, and every button press (and
// every replayed wait of the questionnaire) decodes callback data.
const AnyCallback = z.discriminatedUnion("kind", [
  QuizAnswer,
  LanguageChoice,
  ResultsAction,
  ResultDetails,
  StartQuiz,
  CountryCard,
  CompareAction,
  ProfileAction,
  ShareAction,
  ConsentAnswer,
  RegionChoice,
  ForgetAction,
  ReminderAction,
  AskAbout,
]);

/**
 * Several features decode the same button data in one update, and the questionnaire's replay
 * decodes every earlier answer again: decoded data is remembered (frozen, so sharing is safe),
 * the oldest forgotten first once the bound is reached.
 */
const decoded = new Map<string, CallbackData | undefined>();
const DECODED_KEPT = 4096;

/** Decodes callback data; undefined for anything that is not a well-formed Bagdar button. */
export function decodeCallback(raw: string | undefined): CallbackData | undefined {
  if (raw === undefined || raw.length > 64) return undefined;
  if (decoded.has(raw)) return decoded.get(raw);
  const data = parseCallback(raw);
  if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value as string);
  decoded.set(raw, data === undefined ? undefined : Object.freeze(data));
  return data;
}

function parseCallback(raw: string): CallbackData | undefined {
  const parts = raw.split(":");
  const candidate = (() => {
    switch (parts[0]) {
      case "q":
        return parts.length === 5
          ? {
              kind: "quiz",
              run: parts[1],
              step: parts[2],
              action: ACTION_BY_CODE[parts[3] ?? ""],
              value: parts[4],
            }
          : undefined;
      case "l":
        return { kind: "lang", locale: parts[1] };
      case "r":
        if (parts[1] === "d") {
          return parts.length === 3 ? { kind: "result-details", destination: parts[2] } : undefined;
        }
        return { kind: "results", action: parts[1], from: parts[2] };
      case "s":
        return parts.length === 1 ? { kind: "start-quiz" } : undefined;
      case "d":
      case "k":
      case "p":
      case "h":
        return exploreCandidate(parts);
      case "c":
        return parts.length === 3
          ? {
              kind: "consent",
              answer: CONSENT_BY_CODE[parts[1] ?? ""],
              from: CONSENT_BY_CODE[parts[2] ?? ""],
            }
          : undefined;
      case "g":
        return parts.length === 2 ? { kind: "region", region: parts[1] } : undefined;
      case "f":
        return parts.length === 2
          ? { kind: "forget", action: FORGET_BY_CODE[parts[1] ?? ""] }
          : undefined;
      case "m":
        return parts.length === 3
          ? { kind: "remind", action: REMIND_BY_CODE[parts[1] ?? ""], funding: parts[2] }
          : undefined;
      case "a":
        return parts.length === 4
          ? {
              kind: "ask",
              facet: parts[1],
              entity: parts[2] === "d" ? "destination" : parts[2] === "f" ? "funding" : undefined,
              id: parts[3],
            }
          : undefined;
      default:
        return undefined;
    }
  })();
  if (candidate === undefined) return undefined;
  const parsed = AnyCallback.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** Bitmask helpers for multi-select questions, kept in base 36 to stay short. */
export function maskToIndexes(mask: string): number[] {
  const bits = Number.parseInt(mask || "0", 36);
  const indexes: number[] = [];
  for (let i = 0; i < 20; i++) if (bits & (1 << i)) indexes.push(i);
  return indexes;
}

export function indexesToMask(indexes: readonly number[]): string {
  return indexes.reduce((bits, i) => bits | (1 << i), 0).toString(36);
}

export { Mask };
