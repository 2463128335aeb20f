/**
 * vitest globalSetup: finds a Redis for the Redis suites and hands its URL to them through
 * `provide("redisUrl", …)` (read it with `redisUrlForTests()` from `./redis.ts`).
 *
 * 1. `REDIS_URL` set: it must answer PING, or the run fails.
 * 2. Else a `redis-server` on PATH: one is started on a free port for this run and stopped after.
 * 3. Else under `CI=true`: the run fails, because CI must exercise Redis.
 * 4. Else: a loud notice, and the Redis suites are skipped.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { Redis } from "ioredis";
import type { TestProject } from "vitest/node";
import "./redis.js";
import { freePort } from "./free-port.js";

const STARTUP_TIMEOUT_MS = 10_000;

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const configuredUrl = process.env.REDIS_URL?.trim();
  if (configuredUrl) {
    if (!(await answersPing(configuredUrl, STARTUP_TIMEOUT_MS))) {
      throw new Error(
        "REDIS_URL is set but Redis does not answer PING there; start it or unset REDIS_URL.",
      );
    }
    project.provide("redisUrl", configuredUrl);
    return;
  }

  const serverPath = findOnPath("redis-server");
  if (serverPath !== undefined) {
    const server = await startRedisServer(serverPath);
    project.provide("redisUrl", server.url);
    return server.stop;
  }

  if (process.env.CI === "true") {
    throw new Error(
      "No Redis under CI=true: set REDIS_URL or put redis-server on PATH. The Redis suites must run in CI.",
    );
  }
  console.warn(
    box([
      "REDIS SUITES SKIPPED",
      "",
      "No REDIS_URL and no redis-server on PATH, so the tests of Redis",
      "sessions and conversations do not run on this machine.",
      "Install Redis (e.g. apt-get install redis-server) or set REDIS_URL.",
      "Under CI=true this is a failure, not a skip.",
    ]),
  );
  project.provide("redisUrl", undefined);
}

async function startRedisServer(
  serverPath: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    serverPath,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      tmpdir(),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on("data", keepTail);
  child.stderr?.on("data", keepTail);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `redis://127.0.0.1:${port}`;
  const ready = await Promise.race([
    answersPing(url, STARTUP_TIMEOUT_MS),
    exited.then(() => false),
  ]);
  if (!ready) {
    await stopProcess(child, exited);
    throw new Error(`redis-server did not answer PING on port ${port}:\n${output}`);
  }
  return { url, stop: () => stopProcess(child, exited) };
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killLater = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(killLater);
}

/** Polls PING until it answers PONG or the time is up. */
async function answersPing(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 1000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on("error", () => {});
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return true;
    } catch {
      // not up yet
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const edge = "═".repeat(width + 4);
  return [`╔${edge}╗`, ...lines.map((line) => `║  ${line.padEnd(width)}  ║`), `╚${edge}╝`].join(
    "\n",
  );
}
