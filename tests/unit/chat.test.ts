/**
 * `npm run chat` end to end: the real bot from the factory, its knowledge and a file store,
 * driven through piped stdin in a child process, as a developer's script would.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dataDir: string | undefined;

afterEach(async () => {
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

function runChat(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; firstOutputMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let firstOutputMs = Number.POSITIVE_INFINITY;
    const child = spawn(process.execPath, ["--import", "tsx", "src/chat/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: "", NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (stdout === "") firstOutputMs = Date.now() - started;
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, firstOutputMs }));
    child.stdin.end(input);
  });
}

it("greets a newcomer by itself, talks with the real bot over piped input and leaves cleanly", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "bagdar-chat-"));
  const { code, stdout, stderr, firstOutputMs } = await runChat("1\n/help\n/quit\n", {
    DATA_DIR: dataDir,
    CHAT_LANG: "ru",
  });

  expect(stderr).not.toMatch(/"level":(50|60)/);
  expect(code).toBe(0);
  const lines = stdout.split("\n");
  // Said before the bot, its knowledge and its storage are loaded (which takes a while).
  expect(lines[0]).toBe("Starting Bagdar's local chat…");
  expect(firstOutputMs).toBeLessThan(10_000);
  expect(lines[1]).toMatch(/^Bagdar local chat · you are user 1001 \(language ru\)/);
  // The welcome arrives by itself, as if /start was sent, with how to press its buttons.
  expect(stdout).toContain("you › /start  (sent for you)\nbot #2\n");
  expect(stdout).toMatch(/\[1\] [^\n]*Қазақша {2}\[2\] [^\n]*Русский {2}\[3\] [^\n]*English/);
  expect(stdout).toContain("Type 1, 2 or 3 to press a button: 1 Қазақша, 2 Русский, 3 English.");
  expect(stdout).toContain("you pressed [1] Қазақша on #2");
  expect(stdout).toContain("you › /help");
  // The student's choice was stored in the chat's own folder of the file store.
  expect(await readdir(join(dataDir, "chat-local", "sessions"))).not.toEqual([]);

  // Back again: nothing is sent for them; they go on where they were.
  const again = await runChat("/quit\n", { DATA_DIR: dataDir, CHAT_LANG: "ru" });
  expect(again.code).toBe(0);
  expect(again.stdout).not.toContain("sent for you");
  expect(again.stdout).not.toContain("bot #");
}, 60_000);
