/**
 * The bundle `npm run build` makes, started as the Docker image starts it (`node dist/main.js`, no
 * tsx): it finds the knowledge, the parsed cache and the locales from `dist/`, answers a student
 * and stops cleanly on SIGTERM. The other e2e suites run the sources.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { buildDist } from "../../build.js";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import { fakeBotToken } from "../support/bot-token.js";
import { type BotApiServer, startBotApiServer } from "./support/bot-api-server.js";
import { Student } from "./support/student.js";

// Building and starting a process on a busy 2-core machine needs more than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BOT_ID = 7300000001;
const TOKEN = fakeBotToken(BOT_ID, "built-bundle");

let server: BotApiServer;
let fake: FakeBotApi;
let dataDir: string;
let bot: ChildProcess;
let output = "";

beforeAll(async () => {
  await buildDist();
  fake = new FakeBotApi({ token: TOKEN, botInfo: { id: BOT_ID, username: "bagdar_dist_bot" } });
  server = await startBotApiServer(fake);
  dataDir = await mkdtemp(join(tmpdir(), "bagdar-dist-"));
  bot = spawn(process.execPath, ["dist/main.js"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.apiRoot,
      DATA_DIR: dataDir,
      RATES_FEED_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  bot.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  bot.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
});

afterAll(async () => {
  if (bot?.exitCode === null) bot.kill("SIGKILL");
  await server?.close();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

it("starts from dist/, answers /start and stops on SIGTERM", async () => {
  await vi.waitUntil(() => output.includes('"msg":"started"') || bot.exitCode !== null, {
    timeout: 30_000,
    interval: 50,
  });
  expect(output).toContain('"msg":"started"');

  const student = new Student(fake, fake.user({ id: 1001, language_code: "en" }), "en");
  await student.send("/start");
  await student.waitForMessage((message) => (message.text ?? "") !== "", "an answer to /start");

  const exited = new Promise<number | null>((resolve) => bot.once("exit", resolve));
  bot.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(output).toContain('"msg":"stopped"');
  expect(output).not.toMatch(/"level":(50|60)/);
});
