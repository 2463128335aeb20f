/**
 * `npm run bench`: the micro-benchmark, then, for Redis and for the file store, the baseline and
 * Bagdar each through a few students one at a time (cost by step, bytes stored) and through the
 * whole population at once (updates/s, latency, CPU, Redis commands, memory). Prints the table and
 * ends with one JSON line.
 *
 * Time budget: the whole run must end within about three minutes on a 2-core machine. Redis, the
 * headline, always runs the full population. The file store runs it too when the time left
 * allows; when Bagdar is too slow for that (or the machine too busy), both bots get the same
 * smaller population, projected from the Redis runs, and the report says so.
 *
 * Environment: BENCH_STUDENTS (default 2000), BENCH_SEED, BENCH_SOLO_STUDENTS (default 30),
 * BENCH_BUDGET_S (default 165: seconds the whole run aims to stay under), BENCH_FILE_STUDENTS
 * (forces the file store's population),
 * BENCH_STORAGES (default "redis,file"; "redis" alone for a quicker look while changing code),
 * REDIS_URL (default redis://127.0.0.1:6379; keys live under a per-run prefix, removed at the end).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Redis } from "ioredis";
import { QUESTIONS } from "../src/bot/quiz/questions.js";
import { loadKnowledgeOrThrow } from "../src/knowledge/load.js";
import { bagdarTarget } from "./bagdar-bot.js";
import { baselineTarget } from "./baseline-bot.js";
import { BENCH_BOT_INFO } from "./bot-info.js";
import { drive, type RunResult } from "./drive.js";
import { FakeTelegram } from "./fake-telegram.js";
import { botFigures } from "./figures.js";
import { deleteKeys, redisKeysByKind } from "./measure.js";
import { microBenchmark } from "./micro.js";
import { judgeTargets, printReport, type Report, type StorageFigures } from "./report.js";
import { createPopulation, type QuestionShape } from "./students.js";
import type { BenchTarget, StorageKind } from "./target.js";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 2000);
const SOLO_STUDENTS = Number(process.env.BENCH_SOLO_STUDENTS ?? 30);
const SEED = Number(process.env.BENCH_SEED ?? 20260408);
const BUDGET_S = Number(process.env.BENCH_BUDGET_S ?? 165);
/** How much slower both bots run on the file store than on Redis (measured: 1.7–2.5×). */
const FILE_SLOWDOWN = 2.4;
/** Solo runs, clean-up and the report after a storage's load runs. */
const FIXED_SECONDS_PER_STORAGE = 12;
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const NAMESPACE = `bagdar-bench:${process.pid}:`;
const STORAGES = (process.env.BENCH_STORAGES ?? "redis,file")
  .split(",")
  .map((s) => s.trim())
  .filter((s): s is StorageKind => s === "redis" || s === "file");

/** The questionnaire's shape, taken from Bagdar's own questions so the baseline follows it. */
const SHAPES: QuestionShape[] = QUESTIONS.map((q) => ({
  kind: q.kind,
  options: q.options.length,
  min: q.kind === "multi" ? q.min : 1,
  max: q.kind === "multi" ? q.max : 1,
}));

// A full collection between runs, so one run's garbage is not collected on the next one's time.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const progress = (text: string) => process.stderr.write(`[bench] ${text}\n`);

let nextUpdateId = 1;
let nextUserId = 1_000_000;

interface Context {
  storage: StorageKind;
  knowledge: Awaited<ReturnType<typeof loadKnowledgeOrThrow>>;
  dataDir: string;
  measuring: Redis;
}

async function makeTarget(
  which: BenchTarget["name"],
  mode: "solo" | "load",
  ctx: Context,
  fake: FakeTelegram,
): Promise<BenchTarget> {
  const namespace = `${NAMESPACE}${which}:${ctx.storage}:${mode}:`;
  const dataDir = join(ctx.dataDir, `${which}-${mode}`);
  return which === "bagdar"
    ? bagdarTarget({
        storage: ctx.storage,
        knowledge: ctx.knowledge,
        fake,
        redisUrl: REDIS_URL,
        dataDir,
        namespace,
      })
    : baselineTarget({
        storage: ctx.storage,
        questions: SHAPES,
        fake,
        redisUrl: REDIS_URL,
        dataDir,
        namespace,
      });
}

async function runOnce(
  which: BenchTarget["name"],
  mode: "solo" | "load",
  ctx: Context,
  population: number,
): Promise<{ result: RunResult; redisAfterRun?: Record<string, { keys: number; bytes: number }> }> {
  collectGarbage();
  const fake = new FakeTelegram(BENCH_BOT_INFO);
  const target = await makeTarget(which, mode, ctx, fake);
  const count = mode === "solo" ? SOLO_STUDENTS : population;
  // Same seed for both bots: the same students, answers and interleaving.
  const students = createPopulation({
    count,
    seed: SEED + (mode === "solo" ? 1 : 0),
    questions: SHAPES,
    firstUserId: nextUserId,
    order: mode === "solo" ? "sequential" : "interleaved",
  });
  nextUserId += count;
  const started = performance.now();
  const result = await drive(target, fake, students, {
    mode,
    firstUpdateId: nextUpdateId,
    measuringRedis: ctx.measuring,
  });
  nextUpdateId += result.records.length + count;
  const redisAfterRun =
    mode === "load" && ctx.storage === "redis"
      ? await redisKeysByKind(ctx.measuring, target.keyPrefix)
      : undefined;
  await target.close();
  progress(
    `${which} ${ctx.storage} ${mode}: ${result.records.length} updates in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      `, ${result.completed}/${count} completed${result.stuck.length > 0 ? `, stuck: ${result.stuck[0]}` : ""}`,
  );
  return { result, ...(redisAfterRun === undefined ? {} : { redisAfterRun }) };
}

async function runStorage(
  ctx: Context,
  population: number,
): Promise<{ figures: StorageFigures; loadSeconds: number }> {
  // Solo runs first: they also warm the code up for both bots before anything is timed at load.
  const soloBaseline = await runOnce("baseline", "solo", ctx, population);
  const soloBagdar = await runOnce("bagdar", "solo", ctx, population);
  const loadBaseline = await runOnce("baseline", "load", ctx, population);
  const loadBagdar = await runOnce("bagdar", "load", ctx, population);
  const bagdar = botFigures(loadBagdar.result, soloBagdar.result, loadBagdar.redisAfterRun);
  const baseline = botFigures(loadBaseline.result, soloBaseline.result, loadBaseline.redisAfterRun);
  return {
    figures: {
      students: population,
      bagdar,
      baseline,
      ratio_vs_baseline: Number((bagdar.updates_per_s / baseline.updates_per_s).toFixed(3)),
      cpu_ratio_vs_baseline: Number(
        (baseline.cpu_ms_per_update / bagdar.cpu_ms_per_update).toFixed(3),
      ),
    },
    loadSeconds: (loadBaseline.result.wallMs + loadBagdar.result.wallMs) / 1000,
  };
}

/**
 * The file store's population: the full one if the time left allows, else the largest (in
 * hundreds) that the Redis runs' pace says fits; the same for both bots, so the ratio stays fair.
 */
function filePopulation(elapsedSeconds: number, redisLoadSeconds: number | undefined): number {
  if (process.env.BENCH_FILE_STUDENTS !== undefined) return Number(process.env.BENCH_FILE_STUDENTS);
  if (redisLoadSeconds === undefined) return STUDENTS;
  const perStudent = (redisLoadSeconds / STUDENTS) * FILE_SLOWDOWN;
  const left = BUDGET_S - elapsedSeconds - FIXED_SECONDS_PER_STORAGE;
  const fits = Math.floor(left / perStudent / 100) * 100;
  return Math.max(200, Math.min(STUDENTS, fits));
}

async function main(): Promise<void> {
  const started = performance.now();
  progress(`micro-benchmark (start-up, knowledge, recommend)`);
  const micro = await microBenchmark({ startupRuns: 2 });
  const knowledge = await loadKnowledgeOrThrow("knowledge");
  const measuring = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  measuring.on("error", () => {});
  await measuring.connect().catch((error: Error) => {
    throw new Error(`the benchmark needs Redis at ${REDIS_URL}: ${error.message}`);
  });
  const dataDir = await mkdtemp(join(tmpdir(), "bagdar-bench-"));
  const cleanUp = async () => {
    await deleteKeys(measuring, NAMESPACE).catch(() => 0);
    await rm(dataDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    const byStorage: Partial<Record<StorageKind, StorageFigures>> = {};
    let redisLoadSeconds: number | undefined;
    for (const storage of STORAGES) {
      const elapsed = (performance.now() - started) / 1000;
      const population = storage === "redis" ? STUDENTS : filePopulation(elapsed, redisLoadSeconds);
      if (population < STUDENTS) {
        progress(`file store: ${population} students, to stay within ${BUDGET_S} s`);
      }
      const run = await runStorage({ storage, knowledge, dataDir, measuring }, population);
      byStorage[storage] = run.figures;
      if (storage === "redis") redisLoadSeconds = run.loadSeconds;
    }
    const partial: Omit<Report, "targets"> = {
      machine: {
        nproc: availableParallelism(),
        node: process.version,
        cpu: cpus()[0]?.model ?? "unknown",
      },
      students: STUDENTS,
      seed: SEED,
      fake_bot_api: "bench/fake-telegram.ts (minimal, no validation)",
      startup_ms: Number(micro.startup.ready_ms.toFixed(0)),
      knowledge_load_ms: Number(micro.startup.knowledge_ms.toFixed(1)),
      recommend_ms: Number(micro.recommend_mean_ms.toFixed(4)),
      micro,
      ...byStorage,
      ratio_vs_baseline: byStorage.redis?.ratio_vs_baseline ?? Number.NaN,
      elapsed_s: Number(((performance.now() - started) / 1000).toFixed(1)),
    };
    printReport({ ...partial, targets: judgeTargets(partial) });
  } finally {
    await cleanUp();
    measuring.disconnect();
  }
}

await main();
