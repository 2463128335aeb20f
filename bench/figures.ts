/**
 * Turns raw runs into the figures the report prints: per bot and storage, and the comparison
 * with the baseline.
 */
import type { RunResult } from "./drive.js";
import type { UpdateRecord } from "./feed.js";
import { percentile } from "./measure.js";
import type { StepLabel } from "./students.js";

/** Rows of the by-step table: the steps in the order a student meets them, then the last one. */
export type StepRow = StepLabel | "final";

/**
 * `q9`, `q10` are follow-up questions the bot asks only for some answers; `final` is each
 * student's last update (the one that completes the questionnaire and sends the results),
 * whichever question it answers.
 */
export const STEP_ORDER: StepRow[] = [
  "/start",
  "language",
  "enter",
  "q1",
  "q2",
  "toggle",
  "q3",
  "q4",
  "q5",
  "q6",
  "q7",
  "q8",
  "q9",
  "q10",
  "final",
];

export interface StepFigures {
  /** How many updates of the solo run this row is made of. */
  count: number;
  /** Solo: median wall time of the update, ms. */
  ms: number;
  /**
   * Solo: CPU time of the update, ms, lower quartile. CPU time is steadier than wall time on a
   * busy machine, and other programs can only push it up, so a low quantile is the better
   * estimate of the update's own cost.
   */
  cpu_ms: number;
  /** Solo: largest session + conversation state after this update, bytes. */
  bytes: number;
}

export interface BotFigures {
  students: number;
  completed: number;
  stuck: number;
  errors: number;
  updates: number;
  /** Updates that answered follow-up questions (beyond the eight planned ones). */
  follow_up_updates: number;
  updates_per_s: number;
  /** Under load: from the update leaving `getUpdates` to the bot finishing it. */
  latency_p50_ms: number;
  latency_p99_ms: number;
  /** One update at a time: the cost of an update with nothing else running. */
  solo_p50_ms: number;
  solo_p99_ms: number;
  cpu_ms_per_update: number;
  /** CPU ms (lower quartile), one update at a time, of answering the first question (q1). */
  first_step_ms: number;
  /** …of the last question step that is only a step (q7): replay growth, nothing else. */
  last_question_step_ms: number;
  /** …of each student's final update, which also computes and sends the results. */
  last_step_ms: number;
  /**
   * How the cost of a step grows with its index (the target's measure, see README): a straight
   * line fitted through the median CPU cost of q1…q7, read at q7 ÷ read at q1. The fit keeps one
   * question that renders more (the budget with its dollar figures) or one noisy median from
   * deciding it.
   */
  step_growth: number;
  /** final ÷ q1: the last step with the results it sends. */
  last_to_first: number;
  steps: Partial<Record<StepRow, StepFigures>>;
  bytes_per_student_max: number;
  peak_rss_mb: number;
  redis_commands_per_update?: number;
  redis_commands?: Record<string, number>;
  /** Redis after the load run: keys and bytes per student by kind of key (all of the bot's keys). */
  redis_after_run_per_student?: Record<string, { keys: number; bytes: number }>;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Each student's last update. */
function finalRecords(records: readonly UpdateRecord[]): Set<UpdateRecord> {
  const last = new Map<number, UpdateRecord>();
  for (const record of records) {
    const seen = last.get(record.student.chatId);
    if (seen === undefined || record.index > seen.index) last.set(record.student.chatId, record);
  }
  return new Set(last.values());
}

function stepFigures(solo: RunResult): Partial<Record<StepRow, StepFigures>> {
  const finals = finalRecords(solo.records);
  const bytesAfter = new Map(
    (solo.bytesAfterStep ?? []).map((b) => [`${b.student}:${b.index}`, b.bytes]),
  );
  const steps: Partial<Record<StepRow, StepFigures>> = {};
  for (const row of STEP_ORDER) {
    const records = solo.records.filter((r) => (row === "final" ? finals.has(r) : r.label === row));
    if (records.length === 0) continue;
    const bytes = records.map((r) => bytesAfter.get(`${r.student.chatId}:${r.index}`) ?? 0);
    steps[row] = {
      count: records.length,
      ms: round(
        percentile(
          records.map((r) => r.finishedAt - r.startedAt),
          50,
        ),
        3,
      ),
      cpu_ms: round(
        percentile(
          records.map((r) => (r.cpuMicros ?? 0) / 1000),
          50,
        ),
        3,
      ),
      bytes: Math.max(...bytes),
    };
  }
  return steps;
}

/** Least-squares line through (step, CPU ms) of q1…q7; its value at q7 ÷ its value at q1. */
function fittedGrowth(steps: Partial<Record<StepRow, StepFigures>>): number {
  const points = [1, 2, 3, 4, 5, 6, 7].flatMap((i) => {
    const cost = steps[`q${i}` as StepRow]?.cpu_ms;
    return cost === undefined ? [] : [{ x: i, y: cost }];
  });
  if (points.length < 2) return Number.NaN;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const my = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const slope =
    points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0) /
    points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const at = (x: number) => my + slope * (x - mx);
  return at(7) / at(1);
}

export function botFigures(
  load: RunResult,
  solo: RunResult,
  redisAfterRun?: Record<string, { keys: number; bytes: number }>,
): BotFigures {
  const inLoad = load.records.map((r) => r.finishedAt - r.handedOutAt);
  const inSolo = solo.records.map((r) => r.finishedAt - r.startedAt);
  const steps = stepFigures(solo);
  const first = steps.q1?.cpu_ms ?? Number.NaN;
  const lastQuestion = steps.q7?.cpu_ms ?? Number.NaN;
  const last = steps.final?.cpu_ms ?? Number.NaN;
  const commands = load.redisCommands;
  const followUps = load.records.filter(
    (r) => /^q\d+$/.test(r.label) && Number(r.label.slice(1)) > 8,
  );
  return {
    students: load.students,
    completed: load.completed,
    stuck: load.stuck.length + load.unfinished.length,
    errors: load.errors + load.records.filter((r) => r.failed).length,
    updates: load.records.length,
    follow_up_updates: followUps.length,
    updates_per_s: round(load.records.length / (load.wallMs / 1000), 1),
    latency_p50_ms: round(percentile(inLoad, 50)),
    latency_p99_ms: round(percentile(inLoad, 99)),
    solo_p50_ms: round(percentile(inSolo, 50), 3),
    solo_p99_ms: round(percentile(inSolo, 99), 3),
    cpu_ms_per_update: round(load.cpuMicros / 1000 / load.records.length, 3),
    first_step_ms: first,
    last_question_step_ms: lastQuestion,
    last_step_ms: last,
    step_growth: round(fittedGrowth(steps)),
    last_to_first: round(last / first),
    steps,
    bytes_per_student_max: Math.max(0, ...(solo.bytesAfterStep ?? []).map((b) => b.bytes)),
    peak_rss_mb: round(load.peakRssBytes / 2 ** 20, 1),
    ...(commands === undefined
      ? {}
      : {
          redis_commands_per_update: round(commands.total / load.records.length),
          redis_commands: commands.byName,
        }),
    ...(redisAfterRun === undefined
      ? {}
      : {
          redis_after_run_per_student: Object.fromEntries(
            Object.entries(redisAfterRun).map(([kind, { keys, bytes }]) => [
              kind,
              { keys: round(keys / load.students), bytes: round(bytes / load.students, 0) },
            ]),
          ),
        }),
  };
}
