/**
 * A private `redis-server` for scenarios that stop and start Redis under a running bot. It keeps
 * an append-only file (fsync on every write) in its own temporary directory, so a restart — even
 * after SIGKILL — comes back with every answer a student gave.
 *
 * @example
 * const redis = await startRedisServer();
 * await redis.stop();   // the bot now sees Redis down
 * await redis.start();  // same port, same data
 * await redis.dispose();
 */
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, it } from "vitest";
import { freePort } from "../../support/free-port.js";

const READY_TIMEOUT_MS = 10_000;

export interface RedisServerProcess {
  /** `redis://127.0.0.1:PORT`; the same across restarts. */
  readonly url: string;
  readonly port: number;
  /** Whether the server is running now. */
  readonly running: boolean;
  /** Starts it again on the same port with the same data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it: SIGTERM (a clean shutdown) by default, SIGKILL for a crash. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/** The path of `redis-server` on PATH, or undefined. */
export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "redis-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * `describe` for scenarios that need a Redis of their own to stop and start (a shared REDIS_URL
 * cannot be restarted). Without `redis-server` on PATH they are skipped with a notice, and under
 * CI=true they fail instead, as the other Redis suites do.
 */
export function describeWithRedisServer(name: string, body: () => void): void {
  if (findRedisServer() !== undefined) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs redis-server on PATH under CI=true", () => {
        throw new Error("redis-server is not on PATH; CI must run the Redis restart scenarios");
      });
    });
  } else {
    describe.skip(`${name} [skipped: no redis-server on PATH]`, body);
  }
}

/** Starts a persistent redis-server on a free port of 127.0.0.1. */
export async function startRedisServer(): Promise<RedisServerProcess> {
  const binary = findRedisServer();
  if (binary === undefined) throw new Error("redis-server is not on PATH");
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), "bagdar-e2e-redis-"));
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    if (child !== undefined) throw new Error("redis-server is already running");
    const args = [
      ...["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""],
      ...["--appendonly", "yes", "--appendfsync", "always"],
    ];
    const started = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    exited = new Promise((resolve) =>
      started.once("exit", () => {
        if (child === started) child = undefined;
        resolve();
      }),
    );
    await untilReady(started, exited);
  };

  const stop = async (signal: "SIGTERM" | "SIGKILL" = "SIGTERM") => {
    child?.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return child !== undefined;
    },
    start,
    stop,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Redis prints "Ready to accept connections" once it has loaded its data and listens. */
function untilReady(child: ChildProcess, exited: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (output.includes("Ready to accept connections")) finish(resolve);
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(() => reject(new Error(`redis-server was not ready in time:\n${output}`)));
    }, READY_TIMEOUT_MS);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      settle();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(() => finish(() => reject(new Error(`redis-server exited:\n${output}`))));
  });
}
