/**
 * `npm run eval:ask`: how well free-text questions are answered. A measurement, not a test: it
 * asks every question of two sets against the real knowledge base and prints, per set and
 * language, recall@1 and recall@3 (an expected fact shown first, or among the first three), the
 * share of out-of-scope questions answered honestly ("I don't know" or "no checked data"),
 * greetings greeted, facets without a name asked back, and the time per question; then every
 * miss, and one JSON line of the figures.
 *
 * `ask-questions.yaml` is the main set; its misses taught the lexicon. `ask-questions-fresh.yaml`
 * was written afterwards, as a check on phrasing the lexicon had not seen (its first run is kept
 * in the README).
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { loadKnowledgeOrThrow } from "../src/knowledge/load.js";
import { LOCALES, type Locale } from "../src/knowledge/schema.js";
import { knowledgeSearch, type SearchAnswer } from "../src/search/knowledge-search.js";

const HERE = dirname(fileURLToPath(import.meta.url));

const Question = z.union([
  z.strictObject({ q: z.string().min(1), expect: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ q: z.string().min(1), out: z.literal(true) }),
  z.strictObject({ q: z.string().min(1), greeting: z.literal(true) }),
  z.strictObject({ q: z.string().min(1), clarify: z.literal(true) }),
]);
type Question = z.infer<typeof Question>;
const QuestionsFile = z.strictObject({
  kk: z.array(Question),
  ru: z.array(Question),
  en: z.array(Question),
});

/** A fact answers an expectation when it is the fact or stands under it (`china.living.x`). */
function matches(fact: string, expected: readonly string[]): boolean {
  return expected.some((e) => fact === e || fact.startsWith(`${e}.`));
}

/** The facts the student is shown, in order (a "no checked data" answer may show a related one). */
function factsOf(answer: SearchAnswer): string[] {
  if (answer.kind === "found") return answer.hits.map((h) => h.passage.fact);
  return answer.kind === "no-data" ? answer.related.map((h) => h.passage.fact) : [];
}

function describe(answer: SearchAnswer): string {
  switch (answer.kind) {
    case "found":
      return `found ${answer.topic?.facet ?? "-"}: ${factsOf(answer).join(", ")}`;
    case "no-data":
      return `no data: ${answer.topic.facet} of ${answer.topic.entities.map((e) => e.id).join("+")}`;
    case "clarify":
      return `asked back: ${answer.facet}`;
    case "greeting":
      return answer.thanks ? "thanks" : "greeting";
    case "unknown":
      return "I don't know";
  }
}

interface Tally {
  inScope: number;
  top1: number;
  top3: number;
  out: number;
  honest: number;
  greetings: number;
  greeted: number;
  clarify: number;
  askedBack: number;
}

const empty = (): Tally => ({
  inScope: 0,
  top1: 0,
  top3: 0,
  out: 0,
  honest: 0,
  greetings: 0,
  greeted: 0,
  clarify: 0,
  askedBack: 0,
});

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

const percent = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((100 * n) / of)} %`);

interface SetResult {
  rows: (readonly [string, Tally])[];
  misses: string[];
  stale: string[];
}

async function evaluate(
  name: string,
  search: ReturnType<typeof knowledgeSearch>,
  facts: readonly string[],
  times: number[],
): Promise<SetResult> {
  const file = QuestionsFile.parse(parse(await readFile(join(HERE, name), "utf8")));
  const stale: string[] = [];
  const misses: string[] = [];
  const tallies = new Map<Locale, Tally>();
  for (const locale of LOCALES) {
    const tally = empty();
    for (const question of file[locale] as Question[]) {
      const started = performance.now();
      const answer = search.ask(question.q);
      times.push(performance.now() - started);
      const miss = (why: string) =>
        misses.push(`${locale}  ${question.q}\n      ${why}; got ${describe(answer)}`);
      if ("expect" in question) {
        for (const e of question.expect) if (!facts.some((f) => matches(f, [e]))) stale.push(e);
        tally.inScope++;
        const shown = factsOf(answer);
        const first = shown[0] !== undefined && matches(shown[0], question.expect);
        const inThree = shown.slice(0, 3).some((f) => matches(f, question.expect));
        if (first) tally.top1++;
        if (inThree) tally.top3++;
        if (!inThree) miss(`expected ${question.expect.join(" | ")}`);
      } else if ("out" in question) {
        tally.out++;
        if (answer.kind === "unknown" || answer.kind === "no-data") tally.honest++;
        else miss("expected an honest “I don't know”");
      } else if ("greeting" in question) {
        tally.greetings++;
        if (answer.kind === "greeting") tally.greeted++;
        else miss("expected a greeting");
      } else {
        tally.clarify++;
        if (answer.kind === "clarify") tally.askedBack++;
        else miss("expected a question back");
      }
    }
    tallies.set(locale, tally);
  }
  const total = empty();
  for (const t of tallies.values()) add(total, t);
  const rows = [
    ...LOCALES.map((l) => [l, tallies.get(l) as Tally] as const),
    ["all", total] as const,
  ];
  return { rows, misses, stale };
}

function printTable(title: string, rows: SetResult["rows"]): void {
  console.log(`\n${title}\n`);
  console.log(
    "| language | questions | recall@1 | recall@3 | honest out of scope | greetings | asked back |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const [name, t] of rows) {
    const questions = t.inScope + t.out + t.greetings + t.clarify;
    console.log(
      `| ${name} | ${questions} | ${percent(t.top1, t.inScope)} | ${percent(t.top3, t.inScope)} | ${percent(t.honest, t.out)} (${t.honest}/${t.out}) | ${t.greeted}/${t.greetings} | ${t.askedBack}/${t.clarify} |`,
    );
  }
}

function figures(rows: SetResult["rows"]) {
  return Object.fromEntries(
    rows.map(([name, t]) => [
      name,
      {
        recall1: t.inScope === 0 ? null : Number((t.top1 / t.inScope).toFixed(3)),
        recall3: t.inScope === 0 ? null : Number((t.top3 / t.inScope).toFixed(3)),
        honest: t.out === 0 ? null : Number((t.honest / t.out).toFixed(3)),
      },
    ]),
  );
}

async function main(): Promise<void> {
  const knowledge = await loadKnowledgeOrThrow(join(HERE, "..", "knowledge"));
  const built = performance.now();
  const search = knowledgeSearch(knowledge);
  search.ask("warm up");
  const buildMs = performance.now() - built;
  const facts = [...knowledge.facts.keys()];
  const times: number[] = [];
  const main = await evaluate("ask-questions.yaml", search, facts, times);
  const fresh = await evaluate("ask-questions-fresh.yaml", search, facts, times);

  printTable("Main set (eval/ask-questions.yaml)", main.rows);
  printTable("Fresh set, written after the main set (eval/ask-questions-fresh.yaml)", fresh.rows);
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  console.log(
    `\nper question: mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms; index built in ${buildMs.toFixed(0)} ms`,
  );
  const stale = [...new Set([...main.stale, ...fresh.stale])];
  if (stale.length > 0) {
    console.log(`\nexpected facts the knowledge base no longer has: ${stale.join(", ")}`);
  }
  const misses = [...main.misses, ...fresh.misses];
  if (misses.length > 0) console.log(`\nmisses (${misses.length}):\n${misses.join("\n")}`);
  console.log(
    JSON.stringify({
      questions: times.length,
      main: figures(main.rows),
      fresh: figures(fresh.rows),
      meanMs: Number(mean.toFixed(3)),
      p95Ms: Number(p95.toFixed(3)),
    }),
  );
}

await main();
