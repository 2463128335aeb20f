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
async function checkCli(dir: string, ...options: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      "npx",
      ["tsx", "src/knowledge/check-cli.ts", ...options, dir],
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
      "destinations/russia.yaml: tuition.bachelor[0].min: expected a number, got a string (line 21)",
      "destinations/russia.yaml: admission[0].source: unknown source 'quota' — add it to sources.yaml or use one of the ids there (line 48)",
      "funding/bolashak.yaml: destinations.values[1]: unknown destination 'japan'; the destinations are: korea, russia (line 25)",
      "sources.yaml: sources[0].kind: expected one of 'programme-owner', 'government', 'university', 'research', 'secondary', got 'article' (line 5)",
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

  it("ends with one JSON line of coverage with --coverage: what is missing, stale or second-hand", async () => {
    const run = await checkCli(VALID, "--coverage");
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.filter((line) => /^knowledge OK: /.test(line))).toHaveLength(1);
    // Before the JSON: each item left on a list that does not say why.
    expect(out).toContain(
      "warning: coverage: windows_undated: bolashak — write gapNote: saying why, or close the gap",
    );
    const coverage = JSON.parse(out.at(-1) ?? "");
    // Which facts are stale depends on the day the check runs; the rest is the fixture's.
    expect(coverage.stale).toEqual(expect.any(Array));
    expect({ ...coverage, stale: [] }).toEqual({
      destinations: 2,
      funding: 2,
      facts: 23,
      tuition_missing: ["korea.bachelor", "korea.doctorate", "korea.master", "russia.master"],
      living_missing: ["korea", "russia"],
      windows_undated: ["bolashak", "own-funds"],
      stale: [],
      secondary_only: [],
      rates_date: "2026-11-01",
    });
  });

  it("prints the real knowledge base's coverage in the agreed shape", async () => {
    const run = await checkCli("knowledge", "--coverage");
    expect(run.code).toBe(0);
    const coverage = JSON.parse(lines(run.stdout).at(-1) ?? "");
    expect(Object.keys(coverage)).toEqual([
      "destinations",
      "funding",
      "facts",
      "tuition_missing",
      "living_missing",
      "windows_undated",
      "stale",
      "secondary_only",
      "rates_date",
    ]);
    for (const key of ["destinations", "funding", "facts"]) {
      expect(coverage[key]).toEqual(expect.any(Number));
    }
    for (const key of [
      "tuition_missing",
      "living_missing",
      "windows_undated",
      "stale",
      "secondary_only",
    ]) {
      expect(coverage[key], key).toEqual(expect.any(Array));
      for (const id of coverage[key]) expect(id).toMatch(/^[a-z0-9-]+(\.[A-Za-z0-9-]+)*$/);
    }
    expect(coverage.rates_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses an option it does not know", async () => {
    const run = await checkCli(VALID, "--coverag");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option --coverag/);
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
