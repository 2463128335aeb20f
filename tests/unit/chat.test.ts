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
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/chat/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: "", NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

it("talks with the real bot over piped input and leaves cleanly", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "bagdar-chat-"));
  const { code, stdout, stderr } = await runChat("/start\n1\n/help\n/quit\n", {
    DATA_DIR: dataDir,
    CHAT_LANG: "ru",
  });

  expect(stderr).not.toMatch(/"level":(50|60)/);
  expect(code).toBe(0);
  const lines = stdout.split("\n");
  expect(lines[0]).toMatch(/^Bagdar local chat · you are user 1001 \(language ru\)/);
  expect(stdout).toContain("you › /start\nbot #2\n");
  // The language menu, numbered: Kazakh, Russian, English.
  expect(stdout).toMatch(/\[1\] [^\n]*Қазақша {2}\[2\] [^\n]*Русский {2}\[3\] [^\n]*English/);
  expect(stdout).toContain("you pressed [1] Қазақша on #2");
  expect(stdout).toContain("you › /help");
  // The student's choice was stored in the chat's own folder of the file store.
  expect(await readdir(join(dataDir, "chat-local", "sessions"))).not.toEqual([]);
}, 30_000);
