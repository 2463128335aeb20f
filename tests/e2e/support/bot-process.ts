/**
 * Bagdar as its own process, from the sources (`node --import tsx src/main.ts`: the code CI checks;
 * `npm start` runs the same code bundled, which `built-bot.test.ts` covers), with its JSON log
 * lines collected so a test can wait for them instead of sleeping.
 *
 * @example
 * const bot = startBotProcess({ env: { BOT_TOKEN: token, TELEGRAM_API_ROOT: server.apiRoot } });
 * await bot.waitForLog((line) => line.msg === "started");
 * bot.kill("SIGTERM");
 * expect((await bot.exit).code).toBe(0);
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DEFAULT_WAIT_MS = 15_000;

/** One pino line: `level` (30 info, 40 warn, 50 error), `msg`, and whatever the bot logged. */
export interface LogLine {
  level: number;
  msg?: string;
  time?: number;
  [field: string]: unknown;
}

export interface BotExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcessOptions {
  /**
   * The bot's environment. Nothing of the test runner's environment is passed on but PATH and
   * HOME, so a REDIS_URL set for the tests never reaches a bot meant to run without Redis.
   */
  env: Record<string, string | undefined>;
  /** Shown in failure messages, e.g. "instance A". */
  name?: string;
  /** What to run instead of the sources, e.g. `["npm", "start"]`. */
  command?: readonly [string, ...string[]];
  /** Where to run it; default: the repository. */
  cwd?: string;
}

export interface BotProcess {
  readonly name: string;
  readonly pid: number;
  /** Every JSON line the bot printed on stdout so far, in order. */
  readonly logs: readonly LogLine[];
  /** stdout lines that were not JSON, and everything on stderr. */
  readonly otherOutput: readonly string[];
  /** Whether the process is still running. */
  readonly running: boolean;
  /** Resolves when the process has exited, with its code or the signal that ended it. */
  readonly exit: Promise<BotExit>;
  /**
   * Resolves with the first log line (already printed or still to come) that `matches`. Rejects
   * when the process exits first or after `timeoutMs`, quoting the bot's latest output.
   */
  waitForLog(
    matches: (line: LogLine) => boolean,
    options?: { timeoutMs?: number },
  ): Promise<LogLine>;
  /** Waits for the `"msg":"started"` line: the bot is serving. */
  waitUntilStarted(options?: { timeoutMs?: number }): Promise<LogLine>;
  /** Sends a signal (SIGTERM by default; SIGKILL for a crash). */
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`; for clean-up after a test. */
  stop(graceMs?: number): Promise<BotExit>;
}

/** Starts the bot with `env`; it runs until killed. */
export function startBotProcess(options: BotProcessOptions): BotProcess {
  const name = options.name ?? "bot";
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // No test reaches the internet: the stored exchange rates, unless a test gives a stand-in feed.
    RATES_FEED_URL: "",
    ...options.env,
  })) {
    if (value !== undefined) env[key] = value;
  }
  const [command, ...args] = options.command ?? [
    process.execPath,
    "--import",
    "tsx",
    "src/main.ts",
  ];
  const child = spawn(command, args, {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const otherOutput: string[] = [];
  const lineListeners = new Set<() => void>();
  let exited: BotExit | undefined;

  const exit = new Promise<BotExit>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve(exited);
      for (const listener of [...lineListeners]) listener();
    });
  });

  const onLines = (stream: "stdout" | "stderr") => {
    let pending = "";
    return (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const text of lines) {
        if (text.trim() === "") continue;
        const parsed = stream === "stdout" ? parseLogLine(text) : undefined;
        if (parsed === undefined) otherOutput.push(text);
        else logs.push(parsed);
      }
      for (const listener of [...lineListeners]) listener();
    };
  };
  child.stdout.on("data", onLines("stdout"));
  child.stderr.on("data", onLines("stderr"));

  const recentOutput = () =>
    [...logs.slice(-8).map((line) => JSON.stringify(line)), ...otherOutput.slice(-8)].join("\n");

  const waitForLog: BotProcess["waitForLog"] = (matches, waitOptions = {}) => {
    const timeoutMs = waitOptions.timeoutMs ?? DEFAULT_WAIT_MS;
    let seen = 0;
    return new Promise((resolve, reject) => {
      const check = () => {
        for (; seen < logs.length; seen++) {
          const line = logs[seen] as LogLine;
          if (matches(line)) return finish(() => resolve(line));
        }
        if (exited !== undefined) {
          finish(() =>
            reject(
              new Error(
                `${name} exited (${exited?.code ?? exited?.signal}) before the awaited log line:\n${recentOutput()}`,
              ),
            ),
          );
        }
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new Error(`${name}: no matching log line after ${timeoutMs} ms:\n${recentOutput()}`),
            ),
          ),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        lineListeners.delete(check);
        settle();
      };
      lineListeners.add(check);
      check();
    });
  };

  return {
    name,
    pid: child.pid ?? -1,
    logs,
    otherOutput,
    get running() {
      return exited === undefined;
    },
    exit,
    waitForLog,
    waitUntilStarted: (waitOptions) => waitForLog((line) => line.msg === "started", waitOptions),
    kill: (signal = "SIGTERM") => {
      if (exited === undefined) child.kill(signal);
    },
    stop: async (graceMs = 10_000) => {
      if (exited !== undefined) return exited;
      child.kill("SIGTERM");
      const forceLater = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const result = await exit;
      clearTimeout(forceLater);
      return result;
    },
  };
}

function parseLogLine(text: string): LogLine | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && "level" in parsed
      ? (parsed as LogLine)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Matches the bot's per-update log line (`"msg":"update"`) for `updateId`: it is written after
 * the update was handled and its session saved.
 */
export function updateLogged(updateId: number): (line: LogLine) => boolean {
  return (line) => line.msg === "update" && line.update_id === updateId;
}
