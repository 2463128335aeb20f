/**
 * `npm start` several times at once from one checkout: three instances start together with no
 * `dist/` at all, then — while one of them keeps running — three more start after a source file
 * changed, so `dist/` is rebuilt under the running one. Every instance starts and answers, the
 * running one is undisturbed, and `dist/` ends up as one complete build of the sources, with no
 * half-built folder left behind. Runs in a copy of the package, so the repository's own `dist/`
 * (which other suites use) is left alone.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFile, cp, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { inputsFingerprint } from "../../build.js";
import { freePort } from "../support/free-port.js";
import { type BotProcess, startBotProcess } from "./support/bot-process.js";
import { said } from "./support/questionnaire.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGE_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "build.ts",
  "src",
  "knowledge",
  "locales",
];

/** One webhook secret for every instance, as behind a load balancer. */
const SECRET = randomBytes(12).toString("hex");

// Six builds and bot processes on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

let checkout: string;
let world: World;
let sender: WebhookSender;
const running: BotProcess[] = [];

beforeAll(async () => {
  checkout = await mkdtemp(join(tmpdir(), "bagdar-checkout-"));
  for (const name of PACKAGE_FILES)
    await cp(join(ROOT, name), join(checkout, name), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(checkout, "node_modules"), "dir");
  world = await createWorld({ webhook: true });
  sender = new WebhookSender(world.fake);
});

afterAll(async () => {
  await Promise.all(running.map((bot) => stop(bot)));
  await world?.dispose();
  if (checkout !== undefined) await rm(checkout, { recursive: true, force: true });
});

/** `npm start` in the copy, as a webhook instance on a port of its own; resolves with its origin. */
async function npmStart(name: string): Promise<{ bot: BotProcess; origin: string }> {
  const port = await freePort();
  const bot = startBotProcess({
    name,
    command: ["npm", "start"],
    cwd: checkout,
    env: {
      ...world.env,
      DATA_DIR: join(world.env.DATA_DIR as string, name),
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    },
  });
  running.push(bot);
  return { bot, origin: `http://127.0.0.1:${port}` };
}

/**
 * SIGTERM to the bot itself (its pid is in its log lines), not to npm, whose shell would not
 * pass it on; npm then exits with the bot's own code.
 */
async function stop(bot: BotProcess): Promise<number | null> {
  if (!bot.running) return (await bot.exit).code;
  const pid = bot.logs.find((line) => typeof line.pid === "number")?.pid as number | undefined;
  if (pid === undefined) bot.kill("SIGKILL");
  else process.kill(pid, "SIGTERM");
  return (await bot.exit).code;
}

/** A new student asks `origin` for /start and gets the welcome. */
async function answers(origin: string): Promise<void> {
  const student = world.student("en", {
    deliver: (update) => sender.deliver(update, { via: origin }),
  });
  await student.send("/start");
  expect(student.texts()).toContain(said("en", "welcome"));
}

async function leftovers(): Promise<string[]> {
  return (await readdir(checkout)).filter((name) => name.startsWith("dist."));
}

it("starts three instances at once from one checkout, twice, the second time beside a running one", async () => {
  const first = await Promise.all(["first 1", "first 2", "first 3"].map((name) => npmStart(name)));
  await Promise.all(first.map(({ bot }) => bot.waitUntilStarted({ timeoutMs: 120_000 })));
  for (const { origin } of first) await answers(origin);
  expect(await readFile(join(checkout, "dist", "build-stamp"), "utf8")).toBe(
    await inputsFingerprint(checkout),
  );
  expect(await leftovers()).toEqual([]);

  // Keep one running; change the sources, so dist/ is out of date, and start three more.
  const [keeper, ...others] = first as [(typeof first)[0], ...typeof first];
  for (const { bot } of others) expect(await stop(bot)).toBe(0);
  await appendFile(join(checkout, "src", "main.ts"), "\n// changed after the first build\n");
  const stampBefore = await readFile(join(checkout, "dist", "build-stamp"), "utf8");
  const second = await Promise.all(
    ["second 1", "second 2", "second 3"].map((name) => npmStart(name)),
  );
  await Promise.all(second.map(({ bot }) => bot.waitUntilStarted({ timeoutMs: 120_000 })));
  for (const { origin } of [keeper, ...second]) await answers(origin);
  const stampAfter = await readFile(join(checkout, "dist", "build-stamp"), "utf8");
  expect(stampAfter).not.toBe(stampBefore);
  expect(stampAfter).toBe(await inputsFingerprint(checkout));
  expect(await leftovers()).toEqual([]);

  for (const { bot } of [keeper, ...second]) {
    expect(await stop(bot)).toBe(0);
    expect(bot.logs.some((line) => line.msg === "stopped")).toBe(true);
    expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
    // Nothing but npm's banner ("> bagdar@… start") and the build's own line besides the log.
    const other = bot.otherOutput.filter((line) => !/^(> |dist\/ built in )/.test(line));
    expect(other).toEqual([]);
  }
});

/** What `dist/` holds now: undefined while there is none. */
async function distFiles(): Promise<string[] | undefined> {
  try {
    return (await readdir(join(checkout, "dist"))).sort();
  } catch {
    return undefined;
  }
}

it("never shows a half-written dist/ while three builds of changed sources run at once", async () => {
  await appendFile(join(checkout, "src", "main.ts"), "\n// changed again\n");
  const complete = ["build-stamp", "knowledge-cache.json", "main.js", "main.js.map"];
  const seen = new Set<string>();
  let building = true;
  const watching = (async () => {
    while (building) {
      const files = await distFiles();
      seen.add(files === undefined ? "(none)" : files.join(" "));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  const build = () =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "build.ts"], { cwd: checkout });
  try {
    await Promise.all([build(), build(), build()]);
  } finally {
    building = false;
    await watching;
  }
  // dist/ was only ever the old complete build, the new complete build, or (for an instant while
  // one replaced the other) absent — never a folder still being written.
  expect([...seen].filter((state) => state !== "(none)" && state !== complete.join(" "))).toEqual(
    [],
  );
  expect(await distFiles()).toEqual(complete);
  expect(await readFile(join(checkout, "dist", "build-stamp"), "utf8")).toBe(
    await inputsFingerprint(checkout),
  );
  expect(await leftovers()).toEqual([]);
});
