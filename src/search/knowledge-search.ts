/**
 * "Ask in your own words": a question in Kazakh, Russian or English against the knowledge base.
 * One MiniSearch index per language over the same passages (built once per knowledge base), with
 * a light stemmer plus fuzzy and prefix matching, so word endings and typos still match. The
 * question is searched in all three indexes and the language that matches it best wins; the
 * passages found can then be shown in any language, since each exists in all three.
 *
 * Whether Bagdar knows is decided by how much of the question the best passage covers, not by the
 * raw score alone: "курс биткоина" matches "курс" in a passage about a language course, but half a
 * question is not an answer.
 *
 * @example
 * const search = knowledgeSearch(knowledge);
 * const answer = search.ask("общежитие в России?");
 * // { kind: "found", hits: [{ passage: { id: "russia.highlights.dormitory", … }, … }], … }
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { type Knowledge, LOCALES, type Locale } from "../knowledge/schema.js";
import { type EntityRef, type Passage, passagesOf } from "./documents.js";
import { stem, terms, tokenize } from "./terms.js";

/** Share of the question's words the best passage must match for Bagdar to answer at all. */
export const MIN_COVERAGE = 0.6;
/**
 * A word found in more than this share of the passages ("study", «учёба», «оқу») says little about
 * what is asked: it does not count towards coverage unless the question has nothing else.
 */
export const GENERIC_SHARE = 0.08;
/** A question of one or two words must match them all ("dormitory Russia", not just "Russia"). */
const SHORT_QUESTION = 2;
/** Below this score even a fully covered question is a coincidence (a fuzzy brush). */
export const MIN_SCORE = 4;
/** Passages shown besides the best one must score at least this share of it. */
const RELATIVE_SCORE = 0.5;
/** At most this many passages in an answer. */
export const MAX_HITS = 3;
/** Longer questions are cut: nobody's question needs more, and the search stays fast. */
const MAX_QUESTION_CHARS = 300;

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Share of the question's terms this passage matched, 0–1. */
  coverage: number;
}

export type SearchAnswer =
  | { kind: "found"; locale: Locale; hits: SearchHit[] }
  | {
      kind: "unknown";
      /** The language the question seemed to be in, when any index matched anything. */
      locale?: Locale;
      /** Destinations or funding routes the question named, for pointers to official pages. */
      mentioned: EntityRef[];
    };

interface Doc {
  id: string;
  title: string;
  text: string;
}

interface Candidate {
  locale: Locale;
  /** The question's terms that count towards coverage (the telling ones, see GENERIC_SHARE). */
  queryTerms: string[];
  /** Every term of the question. */
  allTerms: string[];
  results: SearchResult[];
  best: { result: SearchResult; coverage: number } | undefined;
}

export class KnowledgeSearch {
  private readonly passages = new Map<string, Passage>();
  private readonly indexes = new Map<Locale, MiniSearch<Doc>>();
  private readonly generic = new Map<Locale, ReadonlySet<string>>();

  constructor(knowledge: Knowledge) {
    const passages = passagesOf(knowledge);
    for (const p of passages) this.passages.set(p.id, p);
    for (const locale of LOCALES) {
      const index = new MiniSearch<Doc>({
        fields: ["title", "text"],
        storeFields: [],
        tokenize,
        processTerm: (term) => stem(term, locale),
        searchOptions: {
          boost: { title: 1.5 },
          // Typos are forgiven in longer words only: "жыл" must not match "жол".
          fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
          prefix: (term) => term.length >= 3,
          combineWith: "OR",
        },
      });
      index.addAll(
        passages.map((p) => ({ id: p.id, title: p.title[locale], text: p.text[locale] })),
      );
      this.indexes.set(locale, index);
      const frequency = new Map<string, number>();
      for (const p of passages) {
        for (const term of new Set(terms(p.text[locale], locale))) {
          frequency.set(term, (frequency.get(term) ?? 0) + 1);
        }
      }
      const limit = passages.length * GENERIC_SHARE;
      this.generic.set(
        locale,
        new Set([...frequency].filter(([, n]) => n > limit).map(([term]) => term)),
      );
    }
  }

  /** Passages in the order found; every one has a fact with a source. */
  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  /** The best passages for a question, or "unknown" when nothing answers enough of it. */
  ask(question: string): SearchAnswer {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const candidates = LOCALES.map((locale) => this.searchIn(locale, text));
    const ranked = candidates
      .filter((c) => c.best !== undefined)
      .sort(
        (a, b) =>
          (b.best?.coverage ?? 0) - (a.best?.coverage ?? 0) ||
          (b.best?.result.score ?? 0) - (a.best?.result.score ?? 0),
      );
    const winner = ranked[0];
    if (winner === undefined || winner.best === undefined)
      return { kind: "unknown", mentioned: [] };
    const needed = winner.queryTerms.length <= SHORT_QUESTION ? 1 : MIN_COVERAGE;
    const { coverage, result } = winner.best;
    if (coverage < needed || result.score < MIN_SCORE) {
      return { kind: "unknown", locale: winner.locale, mentioned: this.mentioned(winner) };
    }
    // Only a name was asked ("Fulbright", «условия Болашака», «Германия»): the entry's summary
    // and highlights say best what it is; a country before a scholarship named after it.
    const named = winner.results
      .filter((r) => this.namesOnly(r) && this.coverage(r, winner.allTerms) === 1)
      .map((r) => this.passages.get(String(r.id)))
      .filter((p): p is Passage => p !== undefined && p.entity.kind !== "research");
    const entry = named.find((p) => p.entity.kind === "destination") ?? named[0];
    if (entry !== undefined) {
      return { kind: "found", locale: winner.locale, hits: this.overview(entry, result.score) };
    }
    const hits: SearchHit[] = [];
    const facts = new Set<string>();
    for (const r of winner.results) {
      if (hits.length >= MAX_HITS) break;
      const passage = this.passages.get(String(r.id));
      if (passage === undefined || facts.has(passage.fact)) continue;
      const hitCoverage = this.coverage(r, winner.queryTerms);
      if (r.score < result.score * RELATIVE_SCORE || hitCoverage < needed) continue;
      facts.add(passage.fact);
      hits.push({ passage, score: r.score, coverage: hitCoverage });
    }
    return { kind: "found", locale: winner.locale, hits };
  }

  private searchIn(locale: Locale, question: string): Candidate {
    const index = this.indexes.get(locale) as MiniSearch<Doc>;
    const all = [...new Set(terms(question, locale))];
    if (all.length === 0) {
      return { locale, queryTerms: all, allTerms: all, results: [], best: undefined };
    }
    // What counts towards coverage: the telling words, or all of them when none is telling.
    const generic = this.generic.get(locale) ?? new Set<string>();
    const telling = all.filter((t) => !generic.has(t));
    const queryTerms = telling.length > 0 ? telling : all;
    // MiniSearch runs the question through the same tokenizer and stemmer as `terms` did.
    const results = index.search(question);
    let best: Candidate["best"];
    // The best passage is the one that covers most of the question, then scores highest.
    for (const result of results.slice(0, 20)) {
      const coverage = this.coverage(result, queryTerms);
      if (
        best === undefined ||
        coverage > best.coverage ||
        (coverage === best.coverage && result.score > best.result.score)
      ) {
        best = { result, coverage };
      }
    }
    // Results in order of that same judgement, for the runners-up.
    const ordered =
      best === undefined ? results : [best.result, ...results.filter((r) => r !== best?.result)];
    return { locale, queryTerms, allTerms: all, results: ordered, best };
  }

  /** Whether every word the passage matched is in its title: the question named, not asked. */
  private namesOnly(result: SearchResult): boolean {
    return Object.values(result.match).every((fields) => fields.includes("title"));
  }

  private overview(passage: Passage, score: number): SearchHit[] {
    const prefix = passage.id.slice(0, passage.id.indexOf("."));
    const ids = [
      `${prefix}.summary`,
      ...[...this.passages.keys()].filter((id) => id.startsWith(`${prefix}.highlights.`)),
    ];
    const hits: SearchHit[] = [];
    const facts = new Set<string>();
    for (const id of ids) {
      const found = this.passages.get(id);
      if (found === undefined || facts.has(found.fact) || hits.length >= MAX_HITS) continue;
      facts.add(found.fact);
      hits.push({ passage: found, score, coverage: 1 });
    }
    return hits.length > 0 ? hits : [{ passage, score, coverage: 1 }];
  }

  private coverage(result: SearchResult, queryTerms: readonly string[]): number {
    const matched = new Set(result.queryTerms);
    return queryTerms.filter((t) => matched.has(t)).length / queryTerms.length;
  }

  /** Destinations and routes whose name the question used. */
  private mentioned(candidate: Candidate): EntityRef[] {
    const seen = new Map<string, EntityRef>();
    for (const result of candidate.results.slice(0, 20)) {
      const passage = this.passages.get(String(result.id));
      if (passage === undefined || passage.entity.kind === "research") continue;
      const titleTerms = new Set(terms(passage.title[candidate.locale], candidate.locale));
      const named = result.queryTerms.some((t) =>
        [...titleTerms].some((title) => title.startsWith(t) || t.startsWith(title)),
      );
      if (named) seen.set(`${passage.entity.kind}:${passage.entity.id}`, passage.entity);
    }
    return [...seen.values()].slice(0, 3);
  }
}

const cache = new WeakMap<Knowledge, KnowledgeSearch>();

/** The search for a knowledge base, built on first use and kept as long as the knowledge is. */
export function knowledgeSearch(knowledge: Knowledge): KnowledgeSearch {
  let search = cache.get(knowledge);
  if (search === undefined) {
    search = new KnowledgeSearch(knowledge);
    cache.set(knowledge, search);
  }
  return search;
}
