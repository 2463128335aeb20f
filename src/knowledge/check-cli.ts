/**
 * `npm run kb:check [folder]`: checks the knowledge folder (default `knowledge`) and prints every
 * problem as `file: field.path: what is wrong (line N)`. Exit codes: 0 fine (warnings allowed),
 * 1 problems in the data, 2 the check itself failed.
 */
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

async function main(dir: string): Promise<number> {
  const result = await loadKnowledge(dir);
  if (!result.ok) {
    for (const problem of result.problems) console.log(formatProblem(problem));
    console.log(count(result.problems.length, "problem", "problems"));
    return 1;
  }
  for (const warning of result.warnings) console.log(`warning: ${formatProblem(warning)}`);
  console.log(summary(result.knowledge));
  return 0;
}

main(process.argv[2] ?? "knowledge").then(
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
