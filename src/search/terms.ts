/**
 * Words to index terms, per language: lower case, stop words dropped, and a light stemmer that
 * cuts the commonest endings so «России», «Россия» and «Россией» (or «жылы», «жылға», «жыл»)
 * become one term. Light on purpose: the same function runs on the knowledge texts and on the
 * question, so it only needs to be consistent, and fuzzy and prefix matching catch the rest.
 */
import type { Locale } from "../knowledge/schema.js";

/** Splits on anything that is not a letter or a digit ("Chevening's" → "chevening", "s"). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "");
}

/** Words that say nothing about what is asked, per language. */
export const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(
    `a about after an and any are as at be been before by can could do does did for from get got
    has have how i if in into is it its me my of on or our s so than that the their them then there
    these they this to too was we what whats when where which who why will with would you your
    much many need needs should must there's i'm tell please know info information requirement
    requirements require requires rule rules condition conditions`.split(/\s+/),
  ),
  ru: new Set(
    `а без бы был была были было быть в вам вас во вот все всё вы где да для до его ее её если есть
    же за и из или им их к как какая какие какой когда ко ли либо мне меня можно мой мы на над надо
    не нет но нужно ну о об от по под при про с со сколько там так такой также то тот тут у уже
    хочу что чтобы это этот эта эти я нам нас ещё еще очень себе свой расскажи расскажите подскажи
    подскажите информация информацию требования требование условия условие правила`.split(/\s+/),
  ),
  kk: new Set(
    `және мен бен пен үшін бұл осы сол ол да де та те ма ме ба бе па пе ғой қанша қандай қай қалай
    неше не неге қашан қайда кім сіз сіздер біз мен менің сіздің оның бар жоқ ма керек ме ғана әр
    бір деген туралы бойынша еді екен болса болады бола болу ма талап ет ете етеді ету талаптары
    талаптар шарттары шарт ақпарат айтыңызшы айтып беріңізші`.split(/\s+/),
  ),
};

// Longest first, so "ами" is cut before "и".
const RU_ENDINGS = [
  "иями",
  "ями",
  "ами",
  "иях",
  "ией",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ться",
  "тся",
  "ать",
  "ять",
  "ить",
  "еть",
  "ешь",
  "ишь",
  "ете",
  "ите",
  "ях",
  "ах",
  "ов",
  "ев",
  "ий",
  "ый",
  "ой",
  "ая",
  "яя",
  "ое",
  "ее",
  "ие",
  "ые",
  "ым",
  "им",
  "ом",
  "ем",
  "ую",
  "юю",
  "ам",
  "ям",
  "ия",
  "ии",
  "ью",
  "ей",
  "ет",
  "ют",
  "ут",
  "ит",
  "ат",
  "ят",
  "а",
  "я",
  "о",
  "е",
  "ы",
  "и",
  "у",
  "ю",
  "ь",
  "й",
].sort((a, b) => b.length - a.length);

// Case, plural, possessive and common verb endings; cut repeatedly (Kazakh stacks them).
const KK_ENDINGS = [
  "ыңыз",
  "іңіз",
  "ымыз",
  "іміз",
  "ымен",
  "імен",
  "атын",
  "етін",
  "йтын",
  "йтін",
  "ейді",
  "айды",
  "ңыз",
  "ңіз",
  "мыз",
  "міз",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "нда",
  "нде",
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  "мен",
  "бен",
  "пен",
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  "сыз",
  "сіз",
  "йды",
  "йді",
  "еді",
  "ады",
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "да",
  "де",
  "та",
  "те",
  "ым",
  "ім",
  "ың",
  "ің",
  "сы",
  "сі",
  "й",
  "а",
  "е",
  "ы",
  "і",
  "у",
  "н",
  "ң",
  "м",
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

function cutOnce(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

const EN_SUFFIXES: readonly [RegExp, string][] = [
  [/ies$/, "y"],
  [/(ss|x|ch|sh)es$/, "$1"],
  [/ational$/, "ate"],
  [/ation(s?)$/, "ate"],
  [/ments?$/, ""],
  [/ing$/, ""],
  [/ed$/, ""],
  [/ly$/, ""],
  [/([^su])s$/, "$1"],
];

/** Plural and common derivations cut, then a final "e" ("graduation", "graduates" → "graduat"). */
function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stemmed = word;
  for (const [suffix, replacement] of EN_SUFFIXES) {
    const next = stemmed.replace(suffix, replacement);
    if (next !== stemmed && next.length >= 3) {
      stemmed = next;
      break;
    }
  }
  return stemmed.length > 3 ? stemmed.replace(/e$/, "") : stemmed;
}

/** A word's index term in a language, or null for a stop word or a lone letter. */
export function stem(word: string, locale: Locale): string | null {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  if (lower.length < 2 && !/\p{N}/u.test(lower)) return null;
  // Latin words (Chevening, IELTS, HSK) in a Cyrillic text are stemmed as English.
  const latin = /^[a-z0-9]+$/.test(lower);
  if (STOP_WORDS[locale].has(lower) || (latin && STOP_WORDS.en.has(lower))) return null;
  if (latin || locale === "en") return stemEnglish(lower);
  if (locale === "ru") return cutOnce(lower, RU_ENDINGS);
  let stemmed = lower;
  for (let i = 0; i < 3; i++) {
    const next = cutOnce(stemmed, KK_ENDINGS);
    if (next === stemmed) break;
    stemmed = next;
  }
  return stemmed;
}

/** The index terms of a text in a language, in order, stop words dropped. */
export function terms(text: string, locale: Locale): string[] {
  return tokenize(text)
    .map((t) => stem(t, locale))
    .filter((t): t is string => t !== null);
}
