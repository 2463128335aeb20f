/**
 * What a question is about and what it asks, read from its words: the destinations and funding
 * routes it names (by name, adjective, city or misspelling, in kk/ru/en), the facets it asks for
 * (cost, deadline, who may apply…) with how surely, whether it is only a greeting or thanks, and
 * which of its words none of this explains (a question mostly of such words is not Bagdar's to
 * answer). Pure and fast: a few hundred patterns against a dozen words.
 *
 * @example
 * const reader = new QuestionReader([{ id: "china", names: [china.name] }]);
 * reader.read("скока стоит общага в кытае");
 * // { entities: ["china"], facets: Map { "cost" => 3, "living" => 3 }, … }
 */
import type { Text } from "../knowledge/schema.js";
import { FACETS, type Facet } from "./facets.js";
import {
  ENTITY_ALIASES,
  FACET_CUES,
  GREETINGS,
  NEUTRAL_WORDS,
  OFF_TOPIC,
  SCHOLARSHIP_WORDS,
  THANKS,
  UNCOVERED_PLACES,
} from "./lexicon.js";
import { STOP_WORDS } from "./terms.js";

const FOLDS: Record<string, string> = {
  ё: "е",
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ü: "u",
  ö: "o",
  ş: "s",
  ç: "c",
  ğ: "g",
  ı: "i",
  é: "e",
};

/**
 * One spelling for the letters students swap: Kazakh letters typed as Russian ones («канша» for
 * «қанша»), «ё» as «е», Turkish letters as Latin ones.
 */
export function fold(word: string): string {
  return word.toLowerCase().replace(/[ёәғқңөұүһіüöşçğıé]/g, (c) => FOLDS[c] ?? c);
}

/** The words of a text, lower-cased, split on anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

interface WordPattern {
  stem: string;
  prefix: boolean;
}

interface Pattern<T> {
  words: WordPattern[];
  target: T;
  weight: number;
}

function compile<T>(pattern: string, target: T, weight = 1): Pattern<T> {
  const parts = pattern.split(/\s+/).filter((p) => p !== "");
  const compiled: WordPattern[] = [];
  for (const part of parts) {
    const prefix = part.endsWith("*");
    const pieces = words(fold(prefix ? part.slice(0, -1) : part)).map(fold);
    pieces.forEach((stem, i) => {
      compiled.push({ stem, prefix: prefix && i === pieces.length - 1 });
    });
  }
  return { words: compiled, target, weight };
}

/** Damerau–Levenshtein distance of at most one: one typo (a letter wrong, missing, extra, swapped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Typos are forgiven only in words this long: short words are too often other words. */
const FUZZY_MIN = 6;
/** Nor in hints (weight 1) and filler: a typo must look like a word that matters. */
const FUZZY_MIN_WEIGHT = 2;

function wordMatches(word: string, pattern: WordPattern): boolean {
  return pattern.prefix ? word.startsWith(pattern.stem) : word === pattern.stem;
}

function fuzzyMatches(word: string, pattern: WordPattern): boolean {
  if (!pattern.prefix) return withinOneEdit(word, pattern.stem);
  const n = pattern.stem.length;
  for (const len of [n - 1, n, n + 1]) {
    if (len <= word.length && withinOneEdit(word.slice(0, len), pattern.stem)) return true;
  }
  return false;
}

interface Match<T> {
  target: T;
  weight: number;
  start: number;
  length: number;
}

/**
 * Patterns matched against words, longest first: a word taken by a longer pattern ("опыт работы",
 * who may apply) is not matched again by a shorter one ("работ*", work). Patterns of one length
 * may share a word ("ielts" is admission and language). Single words may match with one typo.
 */
class PatternSet<T> {
  private readonly byLength: Pattern<T>[][] = [];
  /** Single words a typo may stand for: the surest patterns of a fair length, surest first. */
  private readonly fuzzyCandidates: Pattern<T>[];

  constructor(patterns: readonly Pattern<T>[]) {
    for (const p of patterns) {
      if (p.words.length === 0) continue;
      const group = this.byLength[p.words.length] ?? [];
      group.push(p);
      this.byLength[p.words.length] = group;
    }
    this.fuzzyCandidates = (this.byLength[1] ?? [])
      .filter(
        (p) => p.weight >= FUZZY_MIN_WEIGHT && (p.words[0]?.stem.length ?? 0) >= FUZZY_MIN - 1,
      )
      .sort((a, b) => b.weight - a.weight);
  }

  /** Exact matches, marking the words they take in `taken`. */
  exact(folded: readonly string[], taken: boolean[] = folded.map(() => false)): Match<T>[] {
    const found: Match<T>[] = [];
    for (let length = this.byLength.length - 1; length >= 1; length--) {
      const patterns = this.byLength[length];
      if (patterns === undefined) continue;
      const takenNow: number[] = [];
      for (const p of patterns) {
        for (let start = 0; start + length <= folded.length; start++) {
          let ok = true;
          for (let k = 0; k < length && ok; k++) {
            const word = folded[start + k] as string;
            ok = !taken[start + k] && wordMatches(word, p.words[k] as WordPattern);
          }
          if (!ok) continue;
          found.push({ target: p.target, weight: p.weight, start, length });
          for (let k = 0; k < length; k++) takenNow.push(start + k);
        }
      }
      for (const i of takenNow) taken[i] = true;
    }
    return found;
  }

  /** Single words nobody explained, matched with one typo against the surest patterns. */
  fuzzy(folded: readonly string[], taken: boolean[]): Match<T>[] {
    const found: Match<T>[] = [];
    folded.forEach((word, start) => {
      if (taken[start] || word.length < FUZZY_MIN) return;
      const p = this.fuzzyCandidates.find((s) => fuzzyMatches(word, s.words[0] as WordPattern));
      if (p === undefined) return;
      found.push({ target: p.target, weight: p.weight, start, length: 1 });
      taken[start] = true;
    });
    return found;
  }
}

export interface EntityNames {
  id: string;
  /** The entry's own names: an entry without aliases in the lexicon is still found by them. */
  names: readonly Text[];
}

export interface Reading {
  /** Destination and funding ids the question names, in the order named. */
  entities: string[];
  /** Facets asked, with how surely (sum of cue weights), in the order the question names them. */
  facets: Map<Facet, number>;
  /** "hello" or "thanks" when the message is nothing else. */
  greeting?: "hello" | "thanks";
  /** It asks about scholarships or grants (money towards study). */
  scholarship: boolean;
  /** It names a country Bagdar has no card for. */
  uncovered: boolean;
  /** It names a topic Bagdar knows it does not cover (the weather, a green card). */
  offTopic: boolean;
  /** The question's words that nothing above explains and that are not stop words, as typed. */
  unexplained: string[];
  /** How many of the question's words are not stop words. */
  content: number;
}

type Tag =
  | { kind: "entity"; id: string }
  | { kind: "facet"; facet: Facet }
  | { kind: "hello" }
  | { kind: "thanks" }
  | { kind: "scholarship" }
  | { kind: "neutral" }
  | { kind: "uncovered" }
  | { kind: "off-topic" };

const STOP = new Set([...STOP_WORDS.kk, ...STOP_WORDS.ru, ...STOP_WORDS.en].map((w) => fold(w)));

/** Name words longer than this are cut by two letters to catch their case endings. */
const NAME_STEM_FROM = 6;

function nameAlias(name: string): string {
  return words(name)
    .map((w) => (w.length >= NAME_STEM_FROM ? `${w.slice(0, -2)}*` : `${w}*`))
    .join(" ");
}

/** Reads questions against the lexicon and the names of the entries in the knowledge base. */
export class QuestionReader {
  private readonly entities: PatternSet<Tag>;
  private readonly facets: PatternSet<Tag>;
  private readonly others: PatternSet<Tag>;

  constructor(entries: readonly EntityNames[]) {
    const entityPatterns: Pattern<Tag>[] = [];
    for (const { id, names } of entries) {
      const target: Tag = { kind: "entity", id };
      for (const alias of ENTITY_ALIASES[id] ?? []) entityPatterns.push(compile(alias, target, 2));
      for (const name of names) {
        for (const text of [name.kk, name.ru, name.en]) {
          // One-word names are in the lexicon with their slang; a generic word alone
          // ("grants") is no name.
          if (words(text).length > 1) entityPatterns.push(compile(nameAlias(text), target));
        }
      }
    }
    for (const place of UNCOVERED_PLACES)
      entityPatterns.push(compile(place, { kind: "uncovered" }));
    for (const topic of OFF_TOPIC) entityPatterns.push(compile(topic, { kind: "off-topic" }, 9));
    this.entities = new PatternSet(entityPatterns);

    const facetPatterns: Pattern<Tag>[] = [];
    for (const facet of FACETS) {
      for (const [weight, cues] of Object.entries(FACET_CUES[facet])) {
        for (const cue of cues ?? []) {
          facetPatterns.push(compile(cue, { kind: "facet", facet }, Number(weight)));
        }
      }
    }
    this.facets = new PatternSet(facetPatterns);

    this.others = new PatternSet([
      ...GREETINGS.map((w) => compile(w, { kind: "hello" } as Tag)),
      ...THANKS.map((w) => compile(w, { kind: "thanks" } as Tag)),
      ...SCHOLARSHIP_WORDS.map((w) => compile(w, { kind: "scholarship" } as Tag)),
      ...NEUTRAL_WORDS.map((w) => compile(w, { kind: "neutral" } as Tag)),
    ]);
  }

  read(text: string): Reading {
    const typed = words(text);
    const folded = typed.map(fold);
    const explained = folded.map((w) => STOP.has(w) || /^\p{N}+$/u.test(w) || w.length < 2);
    const content = explained.filter((e) => !e).length;

    // Words an entity or a facet took; greetings and filler are read from the others.
    const claimed = folded.map(() => false);
    const entityMatches = this.entities.exact(folded);
    const facetMatches = this.facets.exact(folded);
    for (const m of [...entityMatches, ...facetMatches]) mark(claimed, m);
    const otherMatches = this.others.exact(folded, [...claimed]);
    for (const m of [...entityMatches, ...facetMatches, ...otherMatches]) mark(explained, m);
    // A typo is forgiven only in a word that is nothing else: «гранты» is not «гарант».
    for (const m of this.entities.fuzzy(folded, [...explained])) {
      mark(explained, m);
      entityMatches.push(m);
    }
    for (const m of this.facets.fuzzy(folded, [...explained])) {
      mark(explained, m);
      facetMatches.push(m);
    }

    const entities: string[] = [];
    let uncovered = false;
    let offTopic = false;
    for (const m of entityMatches.sort((a, b) => a.start - b.start)) {
      if (m.target.kind === "entity" && !entities.includes(m.target.id)) {
        entities.push(m.target.id);
      }
      if (m.target.kind === "uncovered") uncovered = true;
      if (m.target.kind === "off-topic") offTopic = true;
    }
    // A word counts once per facet, at its surest: «тұрады» and «турады» fold to one word.
    const surest = new Map<string, { facet: Facet; start: number; weight: number }>();
    for (const m of facetMatches) {
      if (m.target.kind !== "facet") continue;
      const key = `${m.target.facet}:${m.start}`;
      const known = surest.get(key);
      if (known === undefined || m.weight > known.weight) {
        surest.set(key, { facet: m.target.facet, start: m.start, weight: m.weight });
      }
    }
    // In the order the question names them: of two facets asked as surely, the first leads
    // («дедлайн поступления» asks for a deadline).
    const facets = new Map<Facet, number>();
    for (const { facet, weight } of [...surest.values()].sort((a, b) => a.start - b.start)) {
      facets.set(facet, (facets.get(facet) ?? 0) + weight);
    }
    const hello = otherMatches.some((m) => m.target.kind === "hello");
    const thanks = otherMatches.some((m) => m.target.kind === "thanks");
    const scholarship = otherMatches.some((m) => m.target.kind === "scholarship");

    const unexplained = typed.filter((_, i) => !explained[i]);
    const reading: Reading = {
      entities,
      facets,
      scholarship,
      uncovered,
      offTopic,
      unexplained,
      content,
    };
    const nothingElse =
      entities.length === 0 &&
      facets.size === 0 &&
      !scholarship &&
      !uncovered &&
      !offTopic &&
      unexplained.length === 0;
    if (nothingElse && (hello || thanks)) reading.greeting = thanks ? "thanks" : "hello";
    return reading;
  }
}

function mark(explained: boolean[], m: Match<unknown>): void {
  for (let k = 0; k < m.length; k++) explained[m.start + k] = true;
}
