import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  brokenCopy,
  chain,
  removeCopies,
  replace,
  researchFixture,
  VALID,
} from "./fixture-copy.js";

afterAll(removeCopies);

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/knowledge/check-cli.ts <dir>` the way `npm run kb:check` does. */
async function checkCli(dir: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      "npx",
      ["tsx", "src/knowledge/check-cli.ts", dir],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

describe("npm run kb:check", () => {
  it("prints one summary line and exits 0 for a valid knowledge base", async () => {
    const run = await checkCli(VALID);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    // Warnings about aging facts may come before it as the fixture's dates grow old.
    expect(lines(run.stdout).at(-1)).toBe(
      "knowledge OK: 2 destinations, 2 funding routes, 23 facts, oldest verified 2026-09-01",
    );
  });

  it("prints every problem as `file: field: message (line N)`, sorted by file, and exits 1", async () => {
    const dir = await brokenCopy({
      "sources.yaml": replace("    kind: research\n", "    kind: article\n"),
      "destinations/russia.yaml": chain(
        replace("  min: 2500\n", '  min: "2500"\n'),
        replace("    source: russia-quota\n", "    source: quota\n"),
      ),
      "funding/bolashak.yaml": replace("values: [korea, russia]", "values: [korea, japan]"),
    });
    const run = await checkCli(dir);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      "destinations/russia.yaml: tuition.min: expected a number, got a string (line 17)",
      "destinations/russia.yaml: admission[0].source: unknown source 'quota' — add it to sources.yaml or use one of the ids there (line 43)",
      "funding/bolashak.yaml: destinations.values[1]: unknown destination 'japan'; the destinations are: korea, russia (line 23)",
      "sources.yaml: sources[0].kind: expected one of 'official', 'research', got 'article' (line 5)",
      "4 problems",
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it("counts research.yaml's facts in the summary and prints its problems the same way", async () => {
    const valid = await checkCli(await brokenCopy({ "research.yaml": researchFixture }));
    expect(valid.code).toBe(0);
    expect(lines(valid.stdout).at(-1)).toBe(
      "knowledge OK: 2 destinations, 2 funding routes, 26 facts, oldest verified 2026-09-01",
    );

    const broken = await checkCli(
      await brokenCopy({
        "research.yaml": chain(
          researchFixture,
          replace("      kk: Шетелде оқудың жоғары сапасы\n", ""),
          replace(
            "    source: seed-article\n    verified: 2026-11-28\n",
            "    source: seed-paper\n    verified: 2026-11-28\n",
          ),
        ),
      }),
    );
    expect(broken.code).toBe(1);
    expect(lines(broken.stdout)).toEqual([
      "research.yaml: motives[0].text.kk: missing the Kazakh (kk) text (line 5)",
      "research.yaml: motives[0].source: unknown source 'seed-paper' — add it to sources.yaml or use one of the ids there (line 8)",
      "2 problems",
    ]);
  });

  it("reports a YAML syntax error without a stack trace", async () => {
    const dir = await brokenCopy({
      "funding/own-funds.yaml": replace("kind: own-funds\n", "kind: [own-funds\n"),
    });
    const run = await checkCli(dir);
    expect(run.code).toBe(1);
    expect(lines(run.stdout).at(-1)).toBe("1 problem");
    expect(lines(run.stdout)[0]).toMatch(
      /^funding\/own-funds\.yaml: YAML syntax error: .* \(line \d+\)$/,
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it("says so, and exits 1, when the folder does not exist", async () => {
    const run = await checkCli("/nonexistent/knowledge");
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      "the knowledge folder '/nonexistent/knowledge' does not exist",
      "1 problem",
    ]);
  });
});
