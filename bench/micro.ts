/**
 * Micro-benchmark of start-up, knowledge validation and `recommend()`: plain Node and
 * `performance.now()` over many iterations (not a timed test, so a slow machine never fails CI).
 *
 * Start-up is measured in a fresh process, because that is what an operator waits for: module
 * loading, config, knowledge load and validation, storage, the bot. It runs what production runs:
 * `npm run build`'s output (one bundle, the parsed cache), started by plain `node`. Building is done
 * first and is not timed.
 *
 * `npm run bench:startup` (this file run directly) measures start-up alone: STARTUP_RUNS fresh
 * processes (default 7), each one's figures and the median of each.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildDist, bundle } from "../build.js";
import { QUESTIONS } from "../src/bot/quiz/questions.js";
import { parseConfig } from "../src/config.js";
import { loadKnowledge, loadKnowledgeOrThrow } from "../src/knowledge/load.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { Profile, recommend } from "../src/recommend/index.js";
import { BENCH_TOKEN } from "./bot-info.js";
import { mean, percentile } from "./measure.js";
import { type Random, randomInt, seededRandom, shuffle } from "./prng.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const KNOWLEDGE_DIR = `${ROOT}knowledge`;
/** The probe, bundled like `dist/main.js`; inside the package so that Node finds node_modules. */
const PROBE_BUNDLE = join(ROOT, "node_modules", ".cache", "bagdar-bench", "startup-probe.js");

export interface StartupFigures {
  /** Process start → bot built, as the probe saw it (module loading included). */
  ready_ms: number;
  modules_ms: number;
  config_ms: number;
  knowledge_ms: number;
  bot_ms: number;
  /** What the parent waited from spawning `node` to the probe's answer (Node's own start included). */
  spawn_to_ready_ms: number;
}

export interface MicroFigures {
  /** Fresh processes; the best of them, as a warm disk cache gives after the first deploy. */
  startup: StartupFigures;
  startupRuns: number;
  config_parse_ms: number;
  /** In this process: the first load (cold code) and the mean of later ones (warm). */
  knowledge_first_ms: number;
  knowledge_warm_ms: number;
  recommend_first_ms: number;
  recommend_mean_ms: number;
  recommend_p99_ms: number;
  recommend_max_ms: number;
  recommend_calls: number;
  destinations: number;
  funding_routes: number;
}

/** `dist/` as `npm run build` makes it, and the probe bundled the same way. */
async function buildStartupProbe(): Promise<void> {
  await buildDist();
  await bundle("bench/startup-probe.ts", PROBE_BUNDLE);
}

async function startupOnce(): Promise<StartupFigures> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [PROBE_BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, REDIS_URL: "" },
  });
  const spawnToReady = performance.now() - started;
  const line = stdout.trim().split("\n").at(-1) ?? "{}";
  return {
    ...(JSON.parse(line) as Omit<StartupFigures, "spawn_to_ready_ms">),
    spawn_to_ready_ms: spawnToReady,
  };
}

/** A valid profile with seeded answers, as the questionnaire would produce. */
function randomProfile(random: Random): Profile {
  const answers: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    const values = question.options.map((o) => o.value);
    if (question.kind === "single") {
      answers[question.key] = values[randomInt(random, 0, values.length)];
    } else {
      const count = randomInt(random, 1, Math.min(3, question.max) + 1);
      answers[question.key] = shuffle(random, [...values]).slice(0, count);
    }
  }
  return Profile.parse(answers);
}

function timeRecommend(knowledge: Knowledge) {
  const random = seededRandom(7);
  const profiles = Array.from({ length: 300 }, () => randomProfile(random));
  const first = performance.now();
  recommend(profiles[0] as Profile, knowledge);
  const firstMs = performance.now() - first;
  for (let i = 0; i < 500; i++) recommend(profiles[i % profiles.length] as Profile, knowledge);
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const profile = profiles[i % profiles.length] as Profile;
    const t = performance.now();
    recommend(profile, knowledge);
    times.push(performance.now() - t);
  }
  return { firstMs, times };
}

export async function microBenchmark(options: { startupRuns: number }): Promise<MicroFigures> {
  // Knowledge first, while its code is still cold in this process.
  const firstLoad = performance.now();
  const knowledge = await loadKnowledgeOrThrow(KNOWLEDGE_DIR);
  const knowledgeFirst = performance.now() - firstLoad;
  const warmLoads: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    const result = await loadKnowledge(KNOWLEDGE_DIR);
    warmLoads.push(performance.now() - t);
    if (!result.ok) throw new Error("the knowledge folder does not validate; run npm run kb:check");
  }

  const env = { BOT_TOKEN: BENCH_TOKEN, REDIS_URL: "redis://127.0.0.1:6379", LOG_LEVEL: "info" };
  for (let i = 0; i < 200; i++) parseConfig(env);
  const configStart = performance.now();
  for (let i = 0; i < 2000; i++) parseConfig(env);
  const configMs = (performance.now() - configStart) / 2000;

  const { firstMs, times } = timeRecommend(knowledge);

  await buildStartupProbe();
  const startups: StartupFigures[] = [];
  for (let i = 0; i < options.startupRuns; i++) startups.push(await startupOnce());
  const best = startups.reduce((a, b) => (b.ready_ms < a.ready_ms ? b : a));

  return {
    startup: best,
    startupRuns: startups.length,
    config_parse_ms: configMs,
    knowledge_first_ms: knowledgeFirst,
    knowledge_warm_ms: mean(warmLoads),
    recommend_first_ms: firstMs,
    recommend_mean_ms: mean(times),
    recommend_p99_ms: percentile(times, 99),
    recommend_max_ms: Math.max(...times),
    recommend_calls: times.length,
    destinations: knowledge.destinations.length,
    funding_routes: knowledge.funding.length,
  };
}

/** Start-up alone, for trying a change: each run's figures, then the median of each figure. */
async function startupOnly(runs: number): Promise<void> {
  await buildStartupProbe();
  const startups: StartupFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const figures = await startupOnce();
    startups.push(figures);
    console.log(roundedFigures(figures));
  }
  const medians: Record<string, number> = {};
  for (const key of Object.keys(startups[0] ?? {}) as (keyof StartupFigures)[]) {
    medians[key] = percentile(
      startups.map((figures) => figures[key]),
      50,
    );
  }
  console.log(`median of ${runs}: ${roundedFigures(medians)}`);
}

function roundedFigures(figures: object): string {
  return JSON.stringify(figures, (_, value) =>
    typeof value === "number" ? Math.round(value) : value,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startupOnly(Number(process.env.STARTUP_RUNS ?? 7));
}
