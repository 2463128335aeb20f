/**
 * `npm run kb:check [-- --coverage] [folder]`: checks the knowledge folder (default `knowledge`)
 * and prints every problem as `file: field.path: what is wrong (line N)`. With `--coverage`, the
 * last line is one JSON object saying what is missing, stale or second-hand (see `coverage.ts`).
 * Exit codes: 0 fine (warnings allowed), 1 problems in the data, 2 the check itself failed.
 */
import { coverage, unexplainedGaps } from "./coverage.js";
import { loadKnowledge } from "./load.js";
import { formatProblem } from "./problems.js";
import type { Knowledge } from "./schema.js";

/** The one line printed when the knowledge base passes. */
function summary(knowledge: Knowledge): string {
  const verified = [...knowledge.facts.values()].map((fact) => fact.verified).sort();
  const oldest = verified[0] === undefined ? "" : `, oldest verified ${verified[0]}`;
  const parts = [
    count(knowledge.destinations.length, "destination", "destinations"),
    count(knowledge.funding.length, "funding route", "funding routes"),
    count(knowledge.facts.size, "fact", "facts"),
  ];
  return `knowledge OK: ${parts.join(", ")}${oldest}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function main(args: readonly string[]): Promise<number> {
  const withCoverage = args.includes("--coverage");
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--coverage");
  if (unknown.length > 0) {
    console.error(`kb:check: unknown option ${unknown.join(", ")} (the only one is --coverage)`);
    return 2;
  }
  const dir = args.find((arg) => !arg.startsWith("--")) ?? "knowledge";
  const now = new Date();
  const result = await loadKnowledge(dir, { now });
  if (!result.ok) {
    for (const problem of result.problems) console.log(formatProblem(problem));
    console.log(count(result.problems.length, "problem", "problems"));
    return 1;
  }
  for (const warning of result.warnings) console.log(`warning: ${formatProblem(warning)}`);
  console.log(summary(result.knowledge));
  if (withCoverage) {
    const report = coverage(result.knowledge, now.toISOString().slice(0, 10));
    for (const gap of unexplainedGaps(result.knowledge, report)) {
      console.log(`warning: coverage: ${gap} — write gapNote: saying why, or close the gap`);
    }
    console.log(JSON.stringify(report));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in the checker, not in the data: one line, no stack, a distinct exit code.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`kb:check failed unexpectedly: ${message.split("\n")[0]}`);
    process.exitCode = 2;
  },
);
