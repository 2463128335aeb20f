/**
 * Reading a question: which destinations and funding routes it names, which facet it asks, and
 * whether it is only a greeting, in Kazakh, Russian and English as students type them. Against the
 * real knowledge base's entries, so a renamed entry shows up here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { type Facet, facetOfFact, lookIn } from "../../../src/search/facets.js";
import { fold, QuestionReader, withinOneEdit } from "../../../src/search/understand.js";

let reader: QuestionReader;

beforeAll(async () => {
  const knowledge = await loadKnowledgeOrThrow("knowledge");
  reader = new QuestionReader(
    [...knowledge.destinations, ...knowledge.funding].map((e) => ({ id: e.id, names: [e.name] })),
  );
});

/** The facet asked most surely, the first named on a tie. */
function mainFacet(question: string): Facet | undefined {
  let best: [Facet, number] | undefined;
  for (const entry of reader.read(question).facets) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

describe("what a question is about", () => {
  it.each([
    ["сколько стоит учеба в Кытае", ["china"]],
    ["қытайда жатақхана", ["china"]],
    ["китайский язык сложный?", ["china"]],
    ["общага в москве", ["russia"]],
    ["Ресейде тегін оқу", ["russia"]],
    ["учёба в корее", ["south-korea"]],
    ["Оңтүстік Кореяда жұмыс", ["south-korea"]],
    ["британия виза", ["united-kingdom"]],
    ["англия или германия", ["united-kingdom", "germany"]],
    ["английский язык для учебы", []],
    ["Ұлыбританияда оқу", ["united-kingdom"]],
    ["US universities SAT", ["united-states"]],
    ["АҚШ-та оқу", ["united-states"]],
    ["blocked account", ["germany"]],
    ["болашак", ["bolashak"]],
    ["болашақ", ["bolashak"]],
    ["Болашаққа", ["bolashak"]],
    ["балашак требования", ["bolashak"]],
    ["чевенинг", ["chevening"]],
    ["Chevening", ["chevening"]],
    ["Global Korea Scholarship", ["global-korea-scholarship"]],
    ["stipendium hungaricum", ["stipendium-hungaricum"]],
    ["Венгрия гранты", ["hungary"]],
    ["türkiye burslari", ["turkiye-burslari"]],
    ["квота в Россию", ["russian-quota", "russia"]],
    ["эразмус мундус", ["erasmus-mundus"]],
    ["межправ гранты", ["intergovernmental-grants"]],
    ["учеба в Японии", ["japan"]],
    ["жапонияда оқу", ["japan"]],
    ["study in Italy", ["italy"]],
    ["Италияда оқу", ["italy"]],
    ["стипендия монбукагакусе", ["mext-scholarship"]],
    ["MEXT scholarship", ["mext-scholarship"]],
  ])("%j names %j", (question, ids) => {
    expect(reader.read(question).entities).toEqual(ids);
  });

  it("names a country Bagdar has no card for as out of its scope", () => {
    expect(reader.read("учеба в Канаде").uncovered).toBe(true);
    expect(reader.read("study in Canada").uncovered).toBe(true);
    expect(reader.read("учеба в Австралии").uncovered).toBe(true);
    expect(reader.read("учеба в Японии").uncovered).toBe(false);
    expect(reader.read("учеба в Италии").uncovered).toBe(false);
    expect(reader.read("учеба в Китае").uncovered).toBe(false);
  });
});

describe("what a question asks", () => {
  it.each([
    // cost
    ["сколько стоит учеба в китае", "cost"],
    ["Қытайда оқу қанша тұрады", "cost"],
    ["канша турады оку", "cost"],
    ["tuition fees in the UK", "cost"],
    ["is it expensive", "cost"],
    // living and housing
    ["скока стоит общага", "living"],
    ["обшежитие есть?", "living"],
    ["жатақхана бар ма", "living"],
    ["жатакхана", "living"],
    ["dorm price", "living"],
    ["cost of living in Seoul", "living"],
    // deadline
    ["дедлайн болашак", "deadline"],
    ["когда дедлайн", "deadline"],
    ["Болашақ дедлайн қашан", "deadline"],
    ["құжат тапсыру мерзімі", "deadline"],
    ["chevening deadline", "deadline"],
    ["в какие месяцы прием", "deadline"],
    // who may apply
    ["кто может подать на болашак", "eligibility"],
    ["требования чевенинг", "eligibility"],
    ["нужен ли опыт работы", "eligibility"],
    ["жас шегі қандай", "eligibility"],
    ["Болашаққа кім өтінім бере алады", "eligibility"],
    ["who can apply", "eligibility"],
    ["age limit", "eligibility"],
    // what it covers
    ["что покрывает грант", "coverage"],
    ["фулл грант или нет", "coverage"],
    ["нені жабады", "coverage"],
    ["does it cover flights", "coverage"],
    // obligations
    ["сколько лет отрабатывать", "obligations"],
    ["залог нужен?", "obligations"],
    ["елге қайту міндетті ме", "obligations"],
    ["кепілге не керек", "obligations"],
    ["work-off after bolashak", "obligations"],
    // work
    ["подработка студентам", "work"],
    ["можно работать во время учебы", "work"],
    ["оқып жүріп жұмыс істеуге бола ма", "work"],
    ["part-time job", "work"],
    ["can I work", "work"],
    // admission and tests
    ["как поступить", "admission"],
    ["какие экзамены сдавать", "admission"],
    ["түсу емтихандары", "admission"],
    ["admission requirements exams", "admission"],
    // duration
    ["сколько лет учиться на бакалавра", "duration"],
    ["қанша жыл оқиды", "duration"],
    ["how long is a master's", "duration"],
    // language
    ["на каком языке обучение", "language"],
    ["қай тілде оқиды", "language"],
    ["english taught programmes", "language"],
    // visa
    ["нужна ли виза", "visa"],
    ["виза керек пе", "visa"],
    ["student visa", "visa"],
  ] as [string, Facet][])("%j asks about %s", (question, facet) => {
    expect(mainFacet(question)).toBe(facet);
  });

  it("reads «опыт работы» as who may apply, not as work rights", () => {
    expect([...reader.read("Chevening опыт работы").facets.keys()]).toEqual(["eligibility"]);
  });

  it("counts a word once per facet however many spellings match it", () => {
    // «тұрады» and «турады» fold to one word: asked once, counted once.
    expect(reader.read("қанша тұрады").facets.get("cost")).toBe(2);
  });

  it("forgives one typo in a longer word, but not a word that is something else", () => {
    expect(mainFacet("стоимасть обучения")).toBe("cost");
    expect(reader.read("чивенинк дедлайн").entities).toEqual(["chevening"]);
    // «гранты» is a scholarship word, one letter from «гарант» (a guarantee): not an obligation.
    expect(reader.read("какие есть гранты").facets.has("obligations")).toBe(false);
  });
});

describe("greetings and thanks", () => {
  it.each([
    ["hi", "hello"],
    ["Hello!", "hello"],
    ["good morning", "hello"],
    ["привет", "hello"],
    ["Здравствуйте", "hello"],
    ["добрый день", "hello"],
    ["сәлем", "hello"],
    ["Сәлеметсіз бе!", "hello"],
    ["Ассалаумағалейкум", "hello"],
    ["рахмет", "thanks"],
    ["көп рахмет", "thanks"],
    ["спасибо большое", "thanks"],
    ["thanks a lot", "thanks"],
    ["ок понятно", "thanks"],
  ])("%j is a greeting (%s)", (question, kind) => {
    expect(reader.read(question).greeting).toBe(kind);
  });

  it.each([
    "привет, сколько стоит общага в китае",
    "hi, who can apply for bolashak",
    "сәлем, Кореяда жұмыс істеуге бола ма",
    "привет курс биткоина",
  ])("%j is more than a greeting", (question) => {
    expect(reader.read(question).greeting).toBeUndefined();
  });
});

describe("what a fact answers", () => {
  it.each([
    ["china.tuition", "cost"],
    ["china.tuition.doctorate.njau-phd", "cost"],
    ["china.living", "living"],
    ["china.living.beijing-housing", "living"],
    ["germany.requiredFunds", "cost"],
    ["bolashak.window", "deadline"],
    ["bolashak.eligibility", "eligibility"],
    ["bolashak.levels", "eligibility"],
    ["bolashak.covers", "coverage"],
    ["bolashak.obligations.work-off", "obligations"],
    ["south-korea.work", "work"],
    ["south-korea.fit.work-abroad", "work"],
    ["russia.admission.equal-terms", "admission"],
    ["germany.degreeYears", "duration"],
    ["china.languages", "language"],
    ["russia.closeness", "visa"],
    ["research.motives.quality", "motives"],
  ] as [string, Facet][])("%s answers %s", (fact, facet) => {
    expect(facetOfFact(fact)?.facet).toBe(facet);
  });

  it("ranks what a destination is good for after its facts", () => {
    expect(facetOfFact("china.fit.low-cost")).toEqual({ facet: "cost", strength: "judgement" });
    expect(facetOfFact("china.tuition")?.strength).toBe("fact");
  });

  it("has no facet for what no question asks", () => {
    expect(facetOfFact("china.fit.new-culture")).toBeUndefined();
    expect(facetOfFact("rates")).toBeUndefined();
  });

  it("answers a route's work question with its obligations and its cost with what it covers", () => {
    expect(lookIn("work", "funding")).toEqual(["obligations"]);
    expect(lookIn("cost", "funding")).toEqual(["coverage"]);
    expect(lookIn("cost", "destination")).toEqual(["cost"]);
  });
});

describe("spelling helpers", () => {
  it("folds Kazakh letters and «ё» to the letters students type instead", () => {
    expect(fold("Қытайда жатақхана Ёлка")).toBe("кытайда жатакхана елка");
  });

  it.each([
    ["общага", "обшага", true],
    ["чевенинг", "чевениг", true],
    ["стоимость", "стоимсоть", true],
    ["гарант", "гранты", false],
  ])("%j and %j are one typo apart: %s", (a, b, near) => {
    expect(withinOneEdit(a, b)).toBe(near);
  });
});
