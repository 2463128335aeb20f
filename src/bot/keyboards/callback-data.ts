/**
 * Every inline button's `callback_data`, encoded as short colon-separated strings (Telegram
 * allows 64 bytes) and decoded with zod, so a forged or outdated payload is rejected, not trusted.
 */
import { z } from "zod";
import { LOCALES } from "../../knowledge/schema.js";

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
  /** For "more": the position of the first destination to show. */
  from: z.coerce.number().int().min(0).max(50).default(0),
});

export const StartQuiz = z.object({ kind: z.literal("start-quiz") });

export type CallbackData =
  | QuizAnswer
  | z.infer<typeof LanguageChoice>
  | z.infer<typeof ResultsAction>
  | z.infer<typeof StartQuiz>;

/** Encodes callback data; the result always fits Telegram's 64-byte limit. */
export function encodeCallback(data: CallbackData): string {
  switch (data.kind) {
    case "quiz":
      return `q:${data.run}:${data.step}:${ACTION_CODES[data.action]}:${data.value}`;
    case "lang":
      return `l:${data.locale}`;
    case "results":
      return data.action === "more" ? `r:more:${data.from}` : `r:${data.action}`;
    case "start-quiz":
      return "s";
  }
}

/** Decodes callback data; undefined for anything that is not a well-formed Bagdar button. */
export function decodeCallback(raw: string | undefined): CallbackData | undefined {
  if (raw === undefined || raw.length > 64) return undefined;
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
        return { kind: "results", action: parts[1], from: parts[2] };
      case "s":
        return parts.length === 1 ? { kind: "start-quiz" } : undefined;
      default:
        return undefined;
    }
  })();
  if (candidate === undefined) return undefined;
  const parsed = z
    .discriminatedUnion("kind", [QuizAnswer, LanguageChoice, ResultsAction, StartQuiz])
    .safeParse(candidate);
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
