/**
 * Runs one bot through a population of students on the production transport and collects what
 * the figures are made of. Two modes:
 * - `load`: every student at once, as many updates in flight as the runner allows (updates/s,
 *   latency under load, CPU and Redis commands per update, memory);
 * - `solo`: one update in flight at a time (cost of each step without contention, and the bytes
 *   stored after every step, measured between updates).
 */
import type { Redis } from "ioredis";
import type { FakeTelegram } from "./fake-telegram.js";
import { UpdateFeed, type UpdateRecord } from "./feed.js";
import {
  type CommandCounter,
  countCommands,
  folderBytes,
  redisBytes,
  sampleRss,
} from "./measure.js";
import type { Student } from "./students.js";
import type { BenchTarget } from "./target.js";

export interface RunResult {
  target: BenchTarget["name"];
  storage: BenchTarget["storage"];
  mode: "load" | "solo";
  students: number;
  completed: number;
  stuck: string[];
  unfinished: number[];
  errors: number;
  records: UpdateRecord[];
  wallMs: number;
  cpuMicros: number;
  peakRssBytes: number;
  redisCommands?: { total: number; byName: Record<string, number> };
  /** Solo mode: bytes of session + conversation state after each update, per student. */
  bytesAfterStep?: { student: number; index: number; bytes: number }[];
}

export interface DriveOptions {
  mode: "load" | "solo";
  firstUpdateId: number;
  /** Solo mode on Redis: a separate connection for `MEMORY USAGE`, so it is not counted. */
  measuringRedis?: Redis;
  /** Called after a solo update is measured (for progress output); not timed. */
  onStudentDone?: (student: Student) => void;
}

export async function drive(
  target: BenchTarget,
  fake: FakeTelegram,
  students: Student[],
  options: DriveOptions,
): Promise<RunResult> {
  const solo = options.mode === "solo";
  const bytesAfterStep: NonNullable<RunResult["bytesAfterStep"]> = [];
  let folderBase = solo ? await folderBytes(target.dataDirs) : 0;
  const measureState = async (record: UpdateRecord) => {
    const { student, index } = record;
    let bytes: number;
    if (target.storage === "redis" && options.measuringRedis !== undefined) {
      bytes = await redisBytes(options.measuringRedis, target.stateKeys(student.chatId));
    } else {
      // One student at a time: what the folders grew by since this student began is theirs.
      const now = await folderBytes(target.dataDirs);
      bytes = now - folderBase;
      if (student.finished) folderBase = now;
    }
    bytesAfterStep.push({ student: student.chatId, index, bytes });
    if (student.finished) options.onStudentDone?.(student);
  };

  const feed = new UpdateFeed({
    students,
    view: fake,
    dialect: target.dialect,
    maxInFlight: solo ? 1 : Number.POSITIVE_INFINITY,
    firstUpdateId: options.firstUpdateId,
    ...(solo ? { afterEach: measureState } : {}),
  });
  feed.watch(target.bot, solo);
  fake.attach(feed);

  const counter: CommandCounter | undefined =
    target.redis === undefined ? undefined : countCommands(target.redis);
  const rss = sampleRss();
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const transport = await target.start();
  await feed.done;
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssBytes = rss.stop();
  counter?.stop();
  await transport.stop();

  return {
    target: target.name,
    storage: target.storage,
    mode: options.mode,
    students: students.length,
    completed: feed.completed,
    stuck: feed.stuck,
    unfinished: feed.unfinished,
    errors: target.errors(),
    records: feed.records,
    wallMs,
    cpuMicros: cpu.user + cpu.system,
    peakRssBytes,
    ...(counter === undefined
      ? {}
      : { redisCommands: { total: counter.total(), byName: counter.byName() } }),
    ...(solo ? { bytesAfterStep } : {}),
  };
}
