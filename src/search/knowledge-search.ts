/**
 * "Ask in your own words": a question in Kazakh, Russian or English against the knowledge base.
 *
 * First the question is read (`understand.ts`): the destinations and funding routes it names and
 * the facet it asks (cost, deadline, who may apply…). A question that names both is answered
 * with that entry's facts of that facet, found by where each fact stands (`facets.ts`), with
 * their sources, then one related fact; a facet with no fact is said honestly. A facet without a
 * name gets a question back (which country?), a greeting a greeting.
 *
 * Everything else goes to full-text search: one MiniSearch index per language over the same
 * passages (built once per knowledge base), with a light stemmer plus fuzzy and prefix matching.
 * The question is searched in all three indexes and the language that matches it best wins.
 * Whether Bagdar knows is decided by how much of the question the best passage covers, not by the
 * raw score alone: "курс биткоина" matches "курс" in a passage about a language course, but half a
 * question is not an answer. The same search ranks facts within a facet and tells which of the
 * question's words the knowledge's own text explains.
 *
 * @example
 * const search = knowledgeSearch(knowledge);
 * search.ask("общага в России?");
 * // { kind: "found", hits: [{ passage: { id: "russia.highlights.dormitory", … }, … }],
 * //   topic: { facet: "living", entities: [{ kind: "destination", id: "russia" }] } }
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { type Knowledge, LOCALES, type Locale } from "../knowledge/schema.js";
import { type EntityRef, type Passage, passagesOf } from "./documents.js";
import {
  answers,
  type Facet,
  type FacetTag,
  FUNDING_FACETS,
  facetOfFact,
  lookIn,
  RELATED,
} from "./facets.js";
import { stem, terms, tokenize } from "./terms.js";
import { QuestionReader, type Reading } from "./understand.js";

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

/** Further passages of one facet's answer must rank within this of the first. */
const FACET_SPREAD = 12;
/** How much a facet found in a second or later place of `lookIn` counts. */
const LOOK_IN_FACTORS = [1, 0.7, 0.4, 0.3];
/** A hint (weight 1) alone is no facet: "в год" asks nothing without a name. */
const MIN_FACET_WEIGHT = 2;
/** A facet asked this surely ("дедлайн", "общага") must be answered by its own facts. */
const SURE_FACET_WEIGHT = 3;
/** At most this many choices when Bagdar asks which entry was meant. */
const MAX_OPTIONS = 10;

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Share of the question's terms this passage matched, 0–1. */
  coverage: number;
  /** Not what was asked but the next thing a student asks (housing after tuition). */
  related?: boolean;
}

/** What a facet answer is about: the facet asked and the entries named. */
export interface Topic {
  facet: Facet;
  entities: EntityRef[];
}

export type SearchAnswer =
  | { kind: "found"; locale?: Locale; hits: SearchHit[]; topic?: Topic }
  | {
      kind: "unknown";
      /** The language the question seemed to be in, when any index matched anything. */
      locale?: Locale;
      /** Destinations or funding routes the question named, for pointers to official pages. */
      mentioned: EntityRef[];
    }
  /**
   * The entries are known but the knowledge base has no fact of the facet asked; `related` may
   * hold one fact of another facet the question asked too.
   */
  | { kind: "no-data"; topic: Topic; related: SearchHit[] }
  /** A facet without a name ("how much does it cost?"): which of these? */
  | { kind: "clarify"; facet: Facet; options: EntityRef[] }
  /** Only a greeting, or thanks. */
  | { kind: "greeting"; thanks: boolean };

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
  private readonly reader: QuestionReader;
  /** Each entry's passages, by entry id. */
  private readonly byEntry = new Map<string, Passage[]>();
  /** Each passage's facet; a destination's summary has none (it says a bit of everything). */
  private readonly tags = new Map<string, FacetTag>();
  private readonly entries = new Map<string, EntityRef>();
  /** Funding routes made for one destination only, by destination: its own scholarships. */
  private readonly routesFor = new Map<string, string[]>();
  /** Funding routes in the order they are offered as choices: Kazakhstan's own first. */
  private readonly fundingOrder: string[];

  constructor(knowledge: Knowledge) {
    const passages = passagesOf(knowledge);
    for (const p of passages) {
      this.passages.set(p.id, p);
      const list = this.byEntry.get(p.entity.id) ?? [];
      list.push(p);
      this.byEntry.set(p.entity.id, list);
      // A destination's summary says a bit of everything; a route's summary is what it covers.
      const overview = p.entity.kind === "destination" && p.id.endsWith(".summary");
      const tag = overview ? undefined : facetOfFact(p.fact);
      if (tag !== undefined) this.tags.set(p.id, tag);
    }
    for (const d of knowledge.destinations)
      this.entries.set(d.id, { kind: "destination", id: d.id });
    for (const f of knowledge.funding) {
      this.entries.set(f.id, { kind: "funding", id: f.id });
      const only = f.destinations.values;
      if (only !== "any" && only.length === 1) {
        const [destination] = only as [string];
        this.routesFor.set(destination, [...(this.routesFor.get(destination) ?? []), f.id]);
      }
    }
    this.fundingOrder = [
      ...knowledge.funding.filter((f) => f.kind === "kazakhstan-government"),
      ...knowledge.funding.filter((f) => f.kind !== "kazakhstan-government"),
    ].map((f) => f.id);
    this.reader = new QuestionReader(
      [...knowledge.destinations, ...knowledge.funding].map((e) => ({ id: e.id, names: [e.name] })),
    );
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
    const reading = this.reader.read(text);
    if (reading.greeting !== undefined) {
      return { kind: "greeting", thanks: reading.greeting === "thanks" };
    }
    const named = reading.entities
      .map((id) => this.entries.get(id))
      .filter((e): e is EntityRef => e !== undefined);
    if (reading.offTopic || (reading.uncovered && named.length === 0)) {
      return { kind: "unknown", mentioned: named };
    }
    const candidates = localesOf(text).map((locale) => this.searchIn(locale, text));
    const winner = bestCandidate(candidates);
    const ofNamed = (r: SearchResult) =>
      named.length === 0 || named.some((e) => this.passages.get(String(r.id))?.entity.id === e.id);
    // Asked about nothing Bagdar knows by name, words its texts happen to share explain nothing.
    const vague =
      named.length === 0
        ? isMostlyUnknown(reading, reading.unexplained, 0)
        : this.isVague(reading, winner, ofNamed);
    const facets = new Map([...reading.facets].filter(([, w]) => w >= 1));

    if (named.length > 0) {
      if (vague) return { kind: "unknown", locale: winner?.locale, mentioned: named };
      // "A grant for China" asks what the routes made for it give.
      if (facets.size === 0 && reading.scholarship) facets.set("coverage", MIN_FACET_WEIGHT);
      if (facets.size > 0) {
        return this.facetAnswer(named, facets, reading.scholarship, winner);
      }
      if (reading.unexplained.length === 0) return this.overviewOf(named, winner?.locale);
      const found = winner === undefined ? [] : this.hitsAmong(winner, ofNamed, reading);
      if (found.length > 0) return { kind: "found", locale: winner?.locale, hits: found };
      return { kind: "unknown", locale: winner?.locale, mentioned: named };
    }

    const top = strongest(facets);
    if (top === "motives") return this.motives(winner);
    if (top !== undefined && (facets.get(top) ?? 0) >= MIN_FACET_WEIGHT && !vague) {
      return this.clarify(top);
    }
    if (reading.scholarship && !vague && reading.unexplained.length === 0) {
      return this.clarify("coverage");
    }
    return this.fullText(winner);
  }

  /** The facts of one facet about one entry: the answer to a button under a question back. */
  about(entity: EntityRef, facet: Facet): SearchAnswer {
    return this.facetAnswer([entity], new Map([[facet, 3]]), false, undefined);
  }

  /**
   * Whether the question is mostly words that neither the lexicon nor the knowledge's own text
   * explain ("курс биткоина", "Chevening football club"): not a question Bagdar can answer.
   */
  private isVague(
    reading: Reading,
    winner: Candidate | undefined,
    relevant: (r: SearchResult) => boolean,
  ): boolean {
    if (reading.unexplained.length === 0) return false;
    const matched = new Set(
      (winner?.results ?? [])
        .filter(relevant)
        .slice(0, 20)
        .flatMap((r) => r.queryTerms),
    );
    const locale = winner?.locale;
    const left = reading.unexplained.filter((word) => {
      const term = locale === undefined ? null : stem(word, locale);
      return term === null || !matched.has(term);
    });
    return isMostlyUnknown(reading, left, reading.facets.size > 0 ? 1 : 0);
  }

  /**
   * The named entries' facts of the facets asked, best first: facts before judgements, the entry
   * named before the routes made for it, then by how well the passage's text matches the question.
   */
  private facetAnswer(
    named: readonly EntityRef[],
    facets: ReadonlyMap<Facet, number>,
    scholarship: boolean,
    winner: Candidate | undefined,
  ): SearchAnswer {
    const entities = this.withRoutes(named, facets, scholarship);
    const textScore = this.textScores(winner);
    const ranked: { passage: Passage; rank: number; facet: Facet; answers: Set<Facet> }[] = [];
    for (const { entity, penalty } of entities) {
      for (const passage of this.byEntry.get(entity.id) ?? []) {
        const tag = this.tags.get(passage.id);
        if (tag === undefined) continue;
        let base = 0;
        let asked: Facet | undefined;
        let best = 0;
        const answered = new Set<Facet>();
        for (const [facet, weight] of facets) {
          const at = lookIn(facet, entity.kind).findIndex((f) => answers(tag, f));
          if (at < 0) continue;
          answered.add(facet);
          const part = weight * (LOOK_IN_FACTORS[at] ?? 0.3);
          base += part;
          if (part > best) [best, asked] = [part, facet];
        }
        if (asked === undefined) continue;
        const rank =
          base * 10 -
          (tag.strength === "judgement" ? 8 : 0) -
          penalty * 5 +
          (textScore.get(passage.id) ?? 0) +
          (passage.id.includes(".highlights.") ? 0.5 : 0);
        ranked.push({ passage, rank, facet: asked, answers: answered });
      }
    }
    ranked.sort((a, b) => b.rank - a.rank);
    // What was asked first and most surely must be there: asked for the admission deadline in
    // Poland, its admission routes are no answer, only something related.
    const lead = strongest(facets);
    const sure = lead !== undefined && (facets.get(lead) ?? 0) >= SURE_FACET_WEIGHT;
    if (sure && lead !== "motives" && !ranked.some((r) => r.answers.has(lead))) {
      const topic: Topic = { facet: lead, entities: [...named] };
      const next = ranked[0];
      const related: SearchHit[] =
        next === undefined
          ? []
          : [{ ...this.factHit(next.passage, next.rank, ranked), related: true }];
      return { kind: "no-data", topic, related };
    }
    const first = ranked[0];
    // Named by what is shown: asked about work after Bolashak, its obligations answer.
    const shownFacet = first === undefined ? undefined : this.tags.get(first.passage.id)?.facet;
    const topic: Topic = {
      facet: shownFacet ?? first?.facet ?? (strongest(facets) as Facet),
      entities: [...named],
    };
    if (first === undefined) {
      if ([...facets.keys()].every((f) => f === "motives")) {
        return this.overviewOf(named, winner?.locale);
      }
      return { kind: "no-data", topic, related: [] };
    }
    const hits: SearchHit[] = [];
    const facts = new Set<string>();
    for (const { passage, rank } of ranked) {
      if (hits.length >= MAX_HITS || rank < first.rank - FACET_SPREAD) break;
      if (facts.has(passage.fact)) continue;
      facts.add(passage.fact);
      hits.push(this.factHit(passage, rank, ranked));
    }
    const related = this.relatedHit(named, first.passage, facts, textScore);
    // A related fact only where the answer has room for it: at most MAX_HITS passages in all.
    if (related !== undefined && hits.length < MAX_HITS) hits.push(related);
    return { kind: "found", locale: winner?.locale, hits, topic };
  }

  /**
   * How a fact is told: a cost by its own caveat, which the answer shows with the figures from
   * the cost model; anything else by its highlight when it has one (the short, checked sentence).
   */
  private factHit(
    passage: Passage,
    rank: number,
    ranked: readonly { passage: Passage }[],
  ): SearchHit {
    const facet = this.tags.get(passage.id)?.facet;
    const own = this.passages.get(passage.fact);
    if ((facet === "cost" || facet === "living") && own !== undefined && this.tags.has(own.id)) {
      return { passage: own, score: rank, coverage: 1 };
    }
    const highlight = ranked.find(
      (r) => r.passage.fact === passage.fact && r.passage.id.includes(".highlights."),
    )?.passage;
    return { passage: highlight ?? passage, score: rank, coverage: 1 };
  }

  /**
   * The entries to look in: those named, and for a destination the routes made for it when the
   * question asks about money towards study («грант в Корею») or a facet only routes have (a
   * deadline). Asked about money, the route comes first.
   */
  private withRoutes(
    named: readonly EntityRef[],
    facets: ReadonlyMap<Facet, number>,
    scholarship: boolean,
  ): { entity: EntityRef; penalty: number }[] {
    const namesRoute = named.some((e) => e.kind === "funding");
    const routesAsked = [...facets.keys()].some((f) => FUNDING_FACETS.has(f));
    const out: { entity: EntityRef; penalty: number }[] = [];
    for (const entity of named) {
      const routes =
        entity.kind === "destination" && !namesRoute && (scholarship || routesAsked)
          ? (this.routesFor.get(entity.id) ?? [])
          : [];
      const routeFirst = scholarship && routes.length > 0;
      out.push({ entity, penalty: routeFirst ? 2 : 0 });
      for (const id of routes) {
        const route = this.entries.get(id);
        if (route !== undefined) out.push({ entity: route, penalty: routeFirst ? 0 : 2 });
      }
    }
    return out;
  }

  /** One fact of a related facet about the entries named, if there is one not shown yet. */
  private relatedHit(
    named: readonly EntityRef[],
    lead: Passage,
    shown: ReadonlySet<string>,
    textScore: ReadonlyMap<string, number>,
  ): SearchHit | undefined {
    const leadTag = this.tags.get(lead.id);
    if (leadTag === undefined) return undefined;
    const wanted = RELATED[leadTag.facet];
    let best: { passage: Passage; rank: number } | undefined;
    for (const entity of named) {
      for (const passage of this.byEntry.get(entity.id) ?? []) {
        const tag = this.tags.get(passage.id);
        if (tag === undefined || shown.has(passage.fact)) continue;
        const at = wanted.findIndex((f) => answers(tag, f));
        if (at < 0) continue;
        const rank =
          (wanted.length - at) * 2 +
          (tag.strength === "fact" ? 1 : 0) +
          (passage.id.includes(".highlights.") ? 0.5 : 0) +
          (textScore.get(passage.id) ?? 0);
        if (best === undefined || rank > best.rank) best = { passage, rank };
      }
    }
    return best === undefined
      ? undefined
      : { passage: best.passage, score: best.rank, coverage: 0, related: true };
  }

  /** Full-text scores of the passages for the question, scaled so the best is 3. */
  private textScores(winner: Candidate | undefined): Map<string, number> {
    const scores = new Map<string, number>();
    const results = winner?.results ?? [];
    const max = Math.max(0, ...results.map((r) => r.score));
    if (max === 0) return scores;
    for (const r of results) scores.set(String(r.id), (3 * r.score) / max);
    return scores;
  }

  /** Which country (or route) a facet was asked about: those with a fact of it, as choices. */
  private clarify(facet: Facet): SearchAnswer {
    const kind: EntityRef["kind"] = FUNDING_FACETS.has(facet) ? "funding" : "destination";
    const order =
      kind === "funding"
        ? this.fundingOrder
        : [...this.entries.values()].filter((e) => e.kind === "destination").map((e) => e.id);
    const wanted = lookIn(facet, kind);
    const options = order
      .filter((id) =>
        (this.byEntry.get(id) ?? []).some((p) => {
          const tag = this.tags.get(p.id);
          return tag !== undefined && wanted.some((f) => answers(tag, f));
        }),
      )
      .map((id) => this.entries.get(id))
      .filter((e): e is EntityRef => e !== undefined)
      .slice(0, MAX_OPTIONS);
    return { kind: "clarify", facet, options };
  }

  /** Why students leave to study abroad: the research article's motives. */
  private motives(winner: Candidate | undefined): SearchAnswer {
    const textScore = this.textScores(winner);
    const motives = [...this.passages.values()]
      .filter((p) => this.tags.get(p.id)?.facet === "motives")
      .sort((a, b) => (textScore.get(b.id) ?? 0) - (textScore.get(a.id) ?? 0))
      .slice(0, MAX_HITS);
    if (motives.length === 0) return { kind: "unknown", locale: winner?.locale, mentioned: [] };
    return {
      kind: "found",
      locale: winner?.locale,
      hits: motives.map((passage) => ({ passage, score: 1, coverage: 1 })),
    };
  }

  /** What the named entries are, from their summaries and highlights. */
  private overviewOf(named: readonly EntityRef[], locale: Locale | undefined): SearchAnswer {
    const hits: SearchHit[] = [];
    for (const entity of named.slice(0, MAX_HITS)) {
      const summary = this.passages.get(`${entity.id}.summary`) ?? this.byEntry.get(entity.id)?.[0];
      if (summary === undefined) continue;
      if (named.length === 1) return { kind: "found", locale, hits: this.overview(summary, 1) };
      hits.push({ passage: summary, score: 1, coverage: 1 });
    }
    return hits.length > 0
      ? { kind: "found", locale, hits }
      : { kind: "unknown", locale, mentioned: [...named] };
  }

  /**
   * Passages of the named entries that answer the words besides their names ("Korea Seoul
   * National University"): full-text search within the entries.
   */
  private hitsAmong(
    winner: Candidate,
    relevant: (r: SearchResult) => boolean,
    reading: Reading,
  ): SearchHit[] {
    const wanted = [
      ...new Set(
        reading.unexplained
          .map((w) => stem(w, winner.locale))
          .filter((t): t is string => t !== null),
      ),
    ];
    if (wanted.length === 0) return [];
    const hits: SearchHit[] = [];
    const facts = new Set<string>();
    for (const r of winner.results.filter(relevant)) {
      if (hits.length >= MAX_HITS) break;
      const passage = this.passages.get(String(r.id));
      if (passage === undefined || facts.has(passage.fact)) continue;
      const coverage = this.coverage(r, wanted);
      if (coverage < MIN_COVERAGE || r.score < MIN_SCORE) continue;
      facts.add(passage.fact);
      hits.push({ passage, score: r.score, coverage });
    }
    return hits;
  }

  /** The full-text answer: the passages covering most of the question, or "unknown". */
  private fullText(winner: Candidate | undefined): SearchAnswer {
    if (winner === undefined || winner.best === undefined)
      return { kind: "unknown", mentioned: [] };
    const needed = winner.queryTerms.length <= SHORT_QUESTION ? 1 : MIN_COVERAGE;
    const { coverage, result } = winner.best;
    if (coverage < needed || result.score < MIN_SCORE) {
      return { kind: "unknown", locale: winner.locale, mentioned: this.mentioned(winner) };
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

/**
 * The indexes worth searching: a question in Latin letters only is English; one in Cyrillic is
 * Kazakh or Russian (with English too when most of its words are Latin: "Chevening опыт работы").
 */
function localesOf(text: string): Locale[] {
  const cyrillic = (text.match(/\p{Script=Cyrillic}+/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}+/gu) ?? []).length;
  if (cyrillic === 0) return ["en"];
  return latin > cyrillic ? ["ru", "kk", "en"] : ["ru", "kk"];
}

/** The language whose index covers most of the question, then scores highest. */
function bestCandidate(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates
    .filter((c) => c.best !== undefined)
    .sort(
      (a, b) =>
        (b.best?.coverage ?? 0) - (a.best?.coverage ?? 0) ||
        (b.best?.result.score ?? 0) - (a.best?.result.score ?? 0),
    )[0];
}

/**
 * Whether the words nothing explains are half the question or more, beyond `allowed` of them.
 * With a name and a facet, one stray word is a student's own way of putting it ("чевенинг
 * результаты когда"); without a name, even one is enough to doubt ("курс биткоина").
 */
function isMostlyUnknown(reading: Reading, left: readonly string[], allowed: number): boolean {
  return left.length > allowed && left.length * 2 >= reading.content;
}

/** The facet asked most surely; undefined when none was. */
function strongest(facets: ReadonlyMap<Facet, number>): Facet | undefined {
  let best: Facet | undefined;
  for (const [facet, weight] of facets) {
    if (best === undefined || weight > (facets.get(best) ?? 0)) best = facet;
  }
  return best;
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
