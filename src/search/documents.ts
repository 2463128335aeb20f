/**
 * The knowledge base as searchable passages: every text a student could be answered with
 * (summaries, highlights, admission routes, notes on costs and rules, eligibility, obligations,
 * application windows, statistics, the research article's motives), each tied to the fact that
 * gives its source and verified date, and to the destination or funding route it is about. The
 * figures themselves (and any tenge) are not in the passages: an answer about a cost shows them
 * from the cost model (`src/costs/`), like every other screen.
 */
import type { Destination, Funding, Knowledge, Text } from "../knowledge/schema.js";

export interface EntityRef {
  kind: "destination" | "funding" | "research";
  /** The destination or funding id; "research" for the article's general findings. */
  id: string;
}

export interface Passage {
  /** Unique within the knowledge base, e.g. `russia.highlights.dormitory`. */
  id: string;
  /** The fact whose source and date stand behind the passage, e.g. `russia.living.msu-dormitory`. */
  fact: string;
  entity: EntityRef;
  /** What the passage is about, in three languages: the destination's or route's name. */
  title: Text;
  /** The answer itself, in three languages. */
  text: Text;
}

function joinTexts(...texts: (Text | undefined)[]): Text {
  const present = texts.filter((t): t is Text => t !== undefined);
  return {
    kk: present.map((t) => t.kk).join(" "),
    ru: present.map((t) => t.ru).join(" "),
    en: present.map((t) => t.en).join(" "),
  };
}

function destinationPassages(d: Destination): Passage[] {
  const entity: EntityRef = { kind: "destination", id: d.id };
  const out: Passage[] = [];
  const add = (id: string, fact: string, text: Text) =>
    out.push({ id: `${d.id}.${id}`, fact: `${d.id}.${fact}`, entity, title: d.name, text });

  // The summary leans on the teaching languages' page less than on the article; its highlights
  // carry the sources, so the summary borrows the first highlight's fact.
  const firstFact = d.highlights[0]?.facts[0];
  if (firstFact !== undefined) add("summary", firstFact, d.summary);
  for (const h of d.highlights) {
    const fact = h.facts[0];
    if (fact !== undefined) add(`highlights.${h.id}`, fact, h.text);
  }
  for (const route of d.admission) {
    add(
      `admission.${route.id}`,
      `admission.${route.id}`,
      joinTexts(route.name, route.description, route.note),
    );
  }
  // Each cost figure's caveat is a passage tied to that figure, so an answer can show the figure
  // itself from the cost model; a caveat repeated at several levels is one passage.
  const costNotes = new Set<string>();
  const costNote = (fact: string, note: Text | undefined) => {
    if (note === undefined || costNotes.has(note.en)) return;
    costNotes.add(note.en);
    add(fact, fact, note);
  };
  for (const [level, written] of Object.entries(d.tuition)) {
    if (!Array.isArray(written)) continue;
    for (const range of written) costNote(`tuition.${level}.${range.id}`, range.note);
  }
  for (const range of d.living ?? []) costNote(`living.${range.id}`, range.note);
  for (const funds of d.requiredFunds ?? []) costNote(`requiredFunds.${funds.id}`, funds.note);
  const notes = [
    ["languages", d.languages.note],
    ["degreeYears", d.degreeYears.note],
    ["closeness", d.closeness.note],
    ["work", d.work?.note],
    ["kazakhstaniStudents", d.kazakhstaniStudents?.note],
  ] as const;
  for (const [fact, note] of notes) if (note !== undefined) add(fact, fact, note);
  for (const [priority, fit] of Object.entries(d.fit)) {
    if (fit !== undefined) add(`fit.${priority}`, `fit.${priority}`, fit.why);
  }
  for (const [field, fit] of Object.entries(d.fieldFit)) {
    if (fit !== undefined) add(`fieldFit.${field}`, `fieldFit.${field}`, fit.why);
  }
  for (const s of d.statistics) add(`statistics.${s.id}`, `statistics.${s.id}`, s.text);
  return out;
}

function fundingPassages(f: Funding): Passage[] {
  const entity: EntityRef = { kind: "funding", id: f.id };
  const out: Passage[] = [];
  const add = (id: string, fact: string, text: Text) =>
    out.push({ id: `${f.id}.${id}`, fact: `${f.id}.${fact}`, entity, title: f.name, text });

  add("summary", "covers", joinTexts(f.summary, f.covers.note));
  add("runBy", "runBy", f.runBy.text);
  if (f.levels.note !== undefined) add("levels", "levels", f.levels.note);
  if (f.destinations.note !== undefined) add("destinations", "destinations", f.destinations.note);
  for (const [i, text] of f.eligibility.other.entries()) {
    add(`eligibility.${i}`, "eligibility", text);
  }
  if (f.eligibility.note !== undefined) add("eligibility.note", "eligibility", f.eligibility.note);
  for (const o of f.obligations) {
    add(`obligations.${o.id}`, `obligations.${o.id}`, joinTexts(o.text, o.note));
  }
  if (f.window !== undefined) add("window", "window", joinTexts(f.window.text, f.window.note));
  for (const h of f.highlights) {
    const fact = h.facts[0];
    if (fact !== undefined) add(`highlights.${h.id}`, fact, h.text);
  }
  for (const s of f.statistics) add(`statistics.${s.id}`, `statistics.${s.id}`, s.text);
  return out;
}

const RESEARCH_TITLE: Text = {
  kk: "Қазақстандық студенттердің білім беру көші-қоны",
  ru: "Образовательная миграция казахстанских студентов",
  en: "Educational migration of Kazakhstani students",
};

/** Every passage of the knowledge base whose fact has a source. */
export function passagesOf(knowledge: Knowledge): Passage[] {
  const passages = [
    ...knowledge.destinations.flatMap(destinationPassages),
    ...knowledge.funding.flatMap(fundingPassages),
  ];
  for (const motive of knowledge.research?.motives ?? []) {
    passages.push({
      id: `research.motives.${motive.id}`,
      fact: `research.motives.${motive.id}`,
      entity: { kind: "research", id: "research" },
      title: RESEARCH_TITLE,
      text: motive.text,
    });
  }
  for (const s of knowledge.research?.statistics ?? []) {
    passages.push({
      id: `research.statistics.${s.id}`,
      fact: `research.statistics.${s.id}`,
      entity: { kind: "research", id: "research" },
      title: RESEARCH_TITLE,
      text: s.text,
    });
  }
  return passages.filter((p) => knowledge.facts.has(p.fact));
}
