/**
 * How Bagdar ranks, told through students, against the real `knowledge/` folder. Each persona
 * says who the student is, what they should see first, what must rank above what, what is ruled
 * out and why, which funding routes they are shown (in what order, with what conditions), and
 * which follow-up questions the bot would still ask them. When an editor changes the knowledge
 * base and a persona breaks, read the persona: either the data says something new (update the
 * persona and say why) or the data is wrong.
 *
 * Real-data facts these personas lean on (checked 2026-11-28):
 * - Teaching languages: Russia Russian; China Chinese and English; Korea Korean and English; the UK
 *   and the USA English; Germany German and English; Czechia Czech and English; Poland Polish and
 *   English; Hungary Hungarian and English; Türkiye Turkish and English; Kyrgyzstan and Belarus
 *   Russian and English. All but Kyrgyzstan have a preparatory language year (Germany's is the
 *   Studienkolleg); at Kyrgyzstan's medical academy the language must be known on entry.
 * - Costs (checked 2026-12-06): Germany (no tuition outside Baden-Württemberg, €1,500 a semester
 *   there; living €700–1,350 a month, floored by the €11,904 a year blocked account), Russia
 *   (contract fees: Omsk State 2024/25 and HSE in Moscow; dormitories up to $300 in Moscow, flats
 *   up to about $1,000 in St Petersburg), China (fees at two universities for every level; a
 *   900 CNY dormitory to a Suzhou budget of 9,600 CNY a month), South Korea (Pusan National's
 *   reported fees and Keimyung's graduate fees; housing only) and Türkiye (master's and doctoral
 *   fees of one private university; Istanbul housing; its state bachelor's fees are from 2023/24,
 *   too old to count) give a yearly cost. The UK gives bachelor's fees (£24,700–30,700 a year,
 *   Loughborough 2026/27) and doctoral fees but no master's fee and no living figure, so its visa
 *   maintenance money (£1,136–1,483 a month × 9 months × 548.78 ₸ = 5 610 727 – 7 324 567 ₸) is
 *   the floor of living. The USA gives bachelor's tuition ($38,498–67,840) and housing and food.
 *   Czechia (Masaryk University's English-taught fees, Prague's all-in living and Brno's housing),
 *   Poland (English-taught fees per semester, free doctoral schools, Warsaw dormitories, Lublin
 *   housing from PLN 200) and Hungary (self-funded fees, housing in Budapest and other cities) give
 *   a yearly cost too. Belarus gives a bachelor's fee (BSEU 2025/26, $3,530–3,710) and living from
 *   a Minsk dormitory to a Vitebsk budget. Kyrgyzstan has only the Cabinet's floor for foreign
 *   medical students ("from $3,000") and no living figure, so its budget part is left out.
 *   Everywhere else the cost is unknown.
 * - Tuition-free routes: Russia (equal terms via the EGE, the quota), China (CSC), Germany
 *   (Studienkolleg, direct entry after a CIS university year, master's), Czechia (Czech-taught),
 *   Poland (Polish at C1, doctoral schools), Hungary (Stipendium Hungaricum only: without it
 *   study is fee-paying), Türkiye (Türkiye Bursları), Kyrgyzstan (budget places through the ORT,
 *   bachelor's), Belarus (state-funded master's places at the medical university).
 * - Work: citizens of the EAEU need no work permit in Kyrgyzstan or Belarus, during or after study,
 *   so both are strong on working abroad. Both are visa-free; Kyrgyzstan is a neighbour, Belarus near.
 * - Kyrgyzstan's strengths for a Russian speaker are all sourced (Russian teaching, a free place
 *   through the ORT, a neighbour, EAEU work rights), while its unknown living cost leaves the
 *   budget out of its score; so it often leads on fewer criteria than Russia, whose known
 *   dormitory cost leaves living to pay (the budget part at half).
 * - Funding: Bolashak is for master's and doctoral students only, anywhere. Host governments'
 *   full scholarships: CSC (China), GKS (Korea, age limits; the Korean course is an obligation once
 *   selected, not a condition for applying), Türkiye Bursları (Turkish year, age limits),
 *   Stipendium Hungaricum (Hungarian course, and the treaty grants' commitment to work in
 *   Kazakhstan), Chevening (UK, master's, 2 years of work; its return-home rule is not in the data:
 *   no first-hand page for it could be read), Fulbright (USA, master's, 2 years of work, two-year
 *   home rule), Erasmus Mundus (master's, Europe and Türkiye). Open Doors (Russia) has age limits.
 * - No funding route has an announced window (only last cycles' dates), so no window is open or
 *   closed in these personas (the window rules are unit-tested on fixtures).
 * - Scores are taken over what the knowledge base knows (December 2026): a priority with no sourced
 *   fit, a field with no entry, a cost with no figure is said as "no data" and left out. So a
 *   destination the knowledge base says little about can score as high as one it knows well
 *   (Türkiye, Hungary and Korea often reach 100 on three or four criteria); equal scores go to the
 *   one resting on more data, and every destination says how many criteria its score rests on.
 * - Japan (Japanese and English; national fees 535,800 yen a year; Tokyo and Sendai living costs)
 *   and Italy (Italian and English; Polimi's fees by family income, a master's at the maximum;
 *   residence-hall rent only) have their own routes: MEXT (master's and doctorate, full, under 35),
 *   the Italian Government scholarships (master's under 29, doctorate; a monthly allowance and no
 *   fees) and Italy's regional grants (partial, by income).
 * - Intergovernmental grants list only Hungary and China: the gov.kz page names no countries, and
 *   the published calls among Bagdar's destinations are Hungary's and China's.
 */
import type { Profile } from "../../../src/recommend/profile.js";
import type { FollowUpQuestion } from "../../../src/recommend/questions.js";
import { UNKNOWN_KZT } from "../../../src/recommend/reasons.js";

export interface ReasonCheck {
  message: string;
  kind?: "positive" | "negative" | "neutral";
  params?: Record<string, string | number>;
}

export interface FundingCheck {
  /** The routes shown first, in this order. */
  first?: string | string[];
  /** Routes that must be listed. */
  includes?: string[];
  /** Routes that must not be listed. */
  excludes?: string[];
  /** Reasons a route must give. */
  reasons?: Record<string, ReasonCheck[]>;
  /** Obligations (fact ids) a route must name. */
  obligations?: Record<string, string[]>;
}

export interface Persona {
  name: string;
  profile: Profile;
  /** Who comes first. */
  first: string;
  /** Each destination ranks above the next one. */
  order: string[];
  /** Destinations ruled out, with the message id of the reason that rules them out (listed first). */
  ruledOut?: Record<string, string>;
  /** Destinations that must not be ruled out. */
  reachable?: string[];
  /** Reasons a destination must give. */
  reasons?: Record<string, ReasonCheck[]>;
  /** Reasons a destination must not give (message ids). */
  withoutReasons?: Record<string, string[]>;
  /** Funding per destination. */
  funding?: Record<string, FundingCheck>;
  /** The follow-up questions the bot would still ask (see `pendingQuestions`). */
  asks: FollowUpQuestion[];
}

export const PERSONAS: readonly Persona[] = [
  {
    name: "a school leaver on the lowest budget who studies in Russian and wants to stay near family sees the Russian-taught neighbours first: Kyrgyzstan with its free place through the ORT, then Russia with the budget-place route named and the tests to plan for, then Belarus with its costs",
    // "Lowest budget" is the lowest paying tier; the scholarship-only student has a persona of their own.
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["low-cost", "close-to-home"],
      plan: "return",
      english: "a2",
    },
    // Kyrgyzstan: a free place through the ORT, a neighbour, taught in Russian; its living cost is
    // unknown, so its score rests on four criteria. Russia's dormitory figure leaves living to pay.
    // Belarus's yearly cost (fees and living) starts under the budget and ends above it.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "russia", "belarus", "china"],
    reachable: ["kyrgyzstan", "russia", "belarus"],
    // Every other destination teaches in a language this student neither has nor will learn.
    ruledOut: {
      china: "reason-language-missing",
      "czech-republic": "reason-language-missing",
      germany: "reason-language-missing",
      hungary: "reason-language-missing",
      poland: "reason-language-missing",
      "south-korea": "reason-language-missing",
      turkey: "reason-language-missing",
      "united-kingdom": "reason-language-missing",
      "united-states": "reason-language-missing",
      japan: "reason-language-missing",
      italy: "reason-language-missing",
    },
    reasons: {
      russia: [
        { message: "reason-language-ok", kind: "positive", params: { language: "ru" } },
        // Omsk State's 2024/25 contract fees (64,890 RUB a semester) are the lowest tuition, HSE's
        // 610,000 RUB plus a St Petersburg flat the highest: the budget of 2 M₸ covers part of it.
        {
          message: "reason-budget-partly",
          kind: "neutral",
          params: { minKzt: 617_753, maxKzt: 7_346_800 },
        },
        {
          message: "reason-free-tuition-route",
          kind: "positive",
          params: { destination: "russia", route: "equal-terms" },
        },
        { message: "reason-free-tuition-route", kind: "positive", params: { route: "quota" } },
        // Housing figures, so it never claims the whole budget fits; and the Moscow dormitory is
        // "up to $300 a month", so living has no lower end, never "from": up to a $1,000 flat.
        {
          message: "reason-living-costs-remain",
          kind: "neutral",
          params: { minKzt: UNKNOWN_KZT, maxKzt: 4_443_200 },
        },
        { message: "reason-cost-housing-only", kind: "neutral" },
        { message: "reason-priority-strong", kind: "positive", params: { priority: "low-cost" } },
        { message: "reason-close", kind: "positive", params: { priority: "close-to-home" } },
        { message: "reason-visa-free", kind: "positive" },
        {
          message: "reason-route-tests",
          kind: "neutral",
          params: { destination: "russia", route: "equal-terms" },
        },
        { message: "reason-route-tests", params: { route: "quota" } },
      ],
      china: [
        // Bachelor's fees and living are known now, partly within 2 M₸; a closed language is what
        // rules China out for this student.
        { message: "reason-budget-partly", kind: "neutral" },
      ],
      kyrgyzstan: [
        { message: "reason-language-ok", kind: "positive", params: { language: "ru" } },
        {
          message: "reason-free-tuition-route",
          kind: "positive",
          params: { destination: "kyrgyzstan", route: "ort" },
        },
        // No sourced living figure for Bishkek: said, not guessed.
        { message: "reason-living-costs-remain-unknown", kind: "neutral" },
        { message: "reason-close", kind: "positive", params: { priority: "close-to-home" } },
        { message: "reason-route-tests", kind: "neutral", params: { route: "ort" } },
      ],
      belarus: [
        // BSEU's $3,530–3,710 a year and 10 months of living ($50–500 a month) at 444.32 ₸.
        {
          message: "reason-budget-partly",
          kind: "neutral",
          params: { minKzt: 1_790_610, maxKzt: 3_870_027, budgetMaxKzt: 2_000_000 },
        },
        { message: "reason-close", kind: "positive", params: { priority: "close-to-home" } },
      ],
    },
    // Nothing to plan for where the student cannot get in.
    withoutReasons: { china: ["reason-route-tests"] },
    funding: {
      // Both Russian routes are partial and made for Russia; the quota also pays a stipend.
      russia: {
        first: ["russian-quota", "open-doors"],
        includes: ["own-funds"],
        excludes: ["bolashak"],
      },
    },
    // Open Doors (Russia) takes bachelor's applicants under 24.
    asks: ["age"],
  },
  {
    name: "a Russian-speaking school leaver who wants to study medicine on the lowest budget sees Kyrgyzstan and Belarus, both strong in medicine: Kyrgyzstan with its free place through the ORT and its exams, Belarus with its yearly cost in tenge at the top of the budget",
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "medicine",
      priorities: ["low-cost", "close-to-home"],
      plan: "return",
      english: "a2",
    },
    // Kyrgyzstan: the medical academy teaches in Russian and takes citizens of Kazakhstan on the
    // ORT for budget places; no living figure, so its score rests on five criteria. Belarus has
    // the most data: its fees (BSEU's, the only 2025/26 list read; medical universities set their
    // own) and living from a Minsk dormitory to a Vitebsk budget make a year of 1.8–3.9 M₸,
    // starting under the 2 M₸ budget and ending above it. Russia has no entry for medicine.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "russia", "belarus", "china"],
    reachable: ["kyrgyzstan", "russia", "belarus"],
    ruledOut: { china: "reason-language-missing", "south-korea": "reason-language-missing" },
    reasons: {
      kyrgyzstan: [
        { message: "reason-language-ok", kind: "positive", params: { language: "ru" } },
        {
          message: "reason-free-tuition-route",
          kind: "positive",
          params: { destination: "kyrgyzstan", route: "ort" },
        },
        { message: "reason-living-costs-remain-unknown", kind: "neutral" },
        { message: "reason-field-strong", kind: "positive", params: { field: "medicine" } },
        { message: "reason-close", kind: "positive", params: { priority: "close-to-home" } },
        { message: "reason-visa-free", kind: "positive" },
        { message: "reason-level-offered", params: { minYears: 5, maxYears: 6 } },
        { message: "reason-route-tests", kind: "neutral", params: { route: "ort" } },
      ],
      belarus: [
        {
          message: "reason-budget-partly",
          kind: "neutral",
          params: { minKzt: 1_790_610, maxKzt: 3_870_027, budgetMaxKzt: 2_000_000 },
        },
        { message: "reason-cost-housing-only", kind: "neutral" },
        { message: "reason-field-strong", kind: "positive", params: { field: "medicine" } },
        { message: "reason-close", kind: "positive", params: { priority: "close-to-home" } },
        { message: "reason-route-tests", kind: "neutral", params: { route: "medicine-paid" } },
      ],
      russia: [{ message: "reason-field-no-data", kind: "neutral", params: { field: "medicine" } }],
    },
    // Neither has a route of its own: the routes open anywhere reach them.
    funding: {
      kyrgyzstan: { includes: ["university-scholarships", "own-funds"], excludes: ["bolashak"] },
      belarus: { includes: ["university-scholarships", "own-funds"], excludes: ["bolashak"] },
    },
    // Russia is in the top 3, and Open Doors has an age limit.
    asks: ["age"],
  },
  {
    name: "a master's student with C1 English who wants prestige and career links and plans to return gets the United Kingdom first, with Chevening and Bolashak named, and the visa's maintenance money as the floor of living",
    profile: {
      level: "master",
      budget: "5m-10m",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "business-economics",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "c1",
    },
    // Korea (strong on prestige, no data on career links) now has master's fees and housing
    // figures that only partly fit the budget, so Germany (fees and living within it) edges it.
    // China knows the most but is only "some" on prestige and its costs reach the budget's top.
    first: "united-kingdom",
    order: ["united-kingdom", "germany", "south-korea", "russia", "china"],
    reachable: ["united-kingdom", "germany", "china", "south-korea", "russia", "united-states"],
    reasons: {
      "united-kingdom": [
        { message: "reason-language-ok", params: { language: "en" } },
        // No tuition figure, so no total; the maintenance money alone (9 months, as the rule
        // counts them) fits under 10 M₸.
        { message: "reason-cost-unknown", kind: "neutral" },
        {
          message: "reason-required-funds",
          kind: "neutral",
          params: { destination: "united-kingdom", minKzt: 5_610_727, maxKzt: 7_324_567 },
        },
        { message: "reason-priority-strong", params: { priority: "prestige" } },
        { message: "reason-priority-strong", params: { priority: "career-links" } },
      ],
      germany: [
        // €0–3,000 fees plus living from the €11,904 blocked account up to €13,500 (€1,350 a month
        // for 10 months): 5.6–7.8 M₸, within 10 M₸.
        { message: "reason-budget-fits", params: { minKzt: 5_634_520, maxKzt: 7_809_945 } },
        { message: "reason-required-funds", params: { minKzt: 5_634_520 } },
      ],
      china: [
        { message: "reason-priority-some", params: { priority: "prestige" } },
        { message: "reason-priority-strong", params: { priority: "career-links" } },
      ],
      // No sourced fit for career links: said as no data, never ❌, with the page to check.
      "south-korea": [
        {
          message: "reason-priority-no-data",
          kind: "neutral",
          params: { priority: "career-links", page: "south-korea.admission.regular" },
        },
      ],
      // Business and economics: the seed article's point on a shared language and culture.
      russia: [{ message: "reason-field-strong", params: { field: "business-economics" } }],
    },
    funding: {
      // Both full; Chevening is made for the UK, so it comes first.
      "united-kingdom": { first: ["chevening", "bolashak"], includes: ["own-funds"] },
      russia: { first: "bolashak", includes: ["russian-quota", "open-doors"] },
    },
    // Chevening asks for work experience; CSC (China, in the top 3) has an age limit.
    asks: ["workYears", "age"],
  },
  {
    name: "a bachelor's applicant ready to learn Chinese who wants low cost and career links gets Russia and China at the top after Kyrgyzstan, China through the preparatory year; the UK is ruled out by its fees",
    profile: {
      level: "bachelor",
      budget: "2m-5m",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "career-links"],
      plan: "unsure",
      english: "a2",
    },
    // Russia (strong on low cost, in a language the student has; no data on career links) edges
    // China, whose known costs sit at the top of the budget. Kyrgyzstan, Russian-taught with a
    // free place through the ORT, has no data on either priority nor on its living cost: its
    // score rests on three criteria.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "russia", "china", "germany"],
    reachable: ["china", "russia", "germany", "czech-republic", "south-korea"],
    // Bachelor's fees alone (£24,700–30,700 a year, Loughborough 2026/27) are far over 5 M₸, and no
    // route pays them for a bachelor's student in the UK.
    ruledOut: { "united-kingdom": "reason-budget-over" },
    reasons: {
      china: [
        {
          message: "reason-language-missing-prep-year",
          kind: "neutral",
          params: { language: "zh" },
        },
        { message: "reason-free-tuition-route", params: { route: "csc-scholarship" } },
        { message: "reason-priority-strong", params: { priority: "low-cost" } },
        { message: "reason-priority-strong", params: { priority: "career-links" } },
        // Bachelor's fees (17,000–45,000 CNY) and living partly within 5 M₸; the free place
        // leaves living to pay (a 900 CNY Beijing dormitory to a 9,600 CNY Suzhou budget a
        // month), and China's own full scholarship pays it.
        { message: "reason-budget-partly", kind: "neutral" },
        { message: "reason-living-costs-remain", params: { minKzt: 551_790, maxKzt: 5_885_760 } },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "chinese-government-scholarship" },
        },
      ],
      "south-korea": [{ message: "reason-language-missing-prep-year", params: { language: "ko" } }],
      germany: [
        { message: "reason-free-tuition-route", params: { route: "studienkolleg" } },
        // The blocked account is the floor of living; Germany's own living figure (up to €1,350 a
        // month) sets the top of what the free place leaves to pay.
        { message: "reason-required-funds", kind: "neutral", params: { minKzt: 5_634_520 } },
        {
          message: "reason-living-costs-remain",
          kind: "neutral",
          params: { minKzt: 5_634_520, maxKzt: 6_389_955 },
        },
      ],
    },
    funding: {
      china: {
        first: "chinese-government-scholarship",
        // China's grants come through the Center for International Programs as an
        // intergovernmental grant too, so that route follows CSC here; Bolashak is for graduates.
        includes: ["intergovernmental-grants"],
        excludes: ["bolashak", "russian-quota"],
      },
    },
    asks: ["age"],
  },
  {
    name: "a student with B2 English who wants a new culture and quality sees South Korea strong on both, above Russia, and no ❌ where there is no data",
    // The questionnaire has no "quality" priority; "prestige" is the closest, and Korea's
    // knowledge entry backs it with the seed article's point on quality.
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["new-culture", "prestige"],
      plan: "unsure",
      english: "b2",
    },
    // Germany (costs within the budget) leads. Korea is strong on both priorities, but its fees
    // and housing (1.8–4.7 M₸ a year) count only as partly within the budget, housing being all
    // that is known of living; it still ranks above Hungary and Russia.
    first: "germany",
    order: ["south-korea", "hungary", "russia"],
    reachable: ["south-korea", "china", "russia"],
    // Bachelor's tuition alone (UK £24,700 a year and up, USA $38,498 and up) is over 10 M₸.
    ruledOut: { "united-kingdom": "reason-budget-over", "united-states": "reason-budget-over" },
    reasons: {
      "south-korea": [
        { message: "reason-language-ok", params: { language: "en" } },
        { message: "reason-priority-strong", params: { priority: "new-culture" } },
        { message: "reason-priority-strong", params: { priority: "prestige" } },
      ],
      russia: [
        {
          message: "reason-priority-no-data",
          kind: "neutral",
          params: { priority: "new-culture" },
        },
      ],
      hungary: [
        {
          message: "reason-priority-no-data",
          kind: "neutral",
          params: { priority: "new-culture" },
        },
        { message: "reason-priority-no-data", kind: "neutral", params: { priority: "prestige" } },
      ],
    },
    withoutReasons: { hungary: ["reason-priority-unmet"], russia: ["reason-priority-unmet"] },
    funding: { "south-korea": { first: "global-korea-scholarship" } },
    // Korea, in its top three, has the Global Korea Scholarship with an age limit.
    asks: ["age"],
  },
  {
    name: "a student of medicine with only Kazakh and Russian who will not learn another language sees every destination but the Russian-taught ones ruled out for language, and Kyrgyzstan and Belarus, strong in medicine, above Russia",
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "medicine",
      priorities: ["prestige"],
      plan: "unsure",
      english: "none",
    },
    // Kyrgyzstan's medical academy and Belarus's medical university teach medicine in Russian.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "belarus", "russia", "united-kingdom"],
    reachable: ["kyrgyzstan", "belarus", "russia"],
    ruledOut: {
      "united-kingdom": "reason-language-missing",
      "south-korea": "reason-language-missing",
      china: "reason-language-missing",
      "czech-republic": "reason-language-missing",
      germany: "reason-language-missing",
      hungary: "reason-language-missing",
      poland: "reason-language-missing",
      turkey: "reason-language-missing",
      "united-states": "reason-language-missing",
    },
    reasons: {
      "united-kingdom": [
        { message: "reason-language-missing", kind: "negative", params: { language: "en" } },
      ],
      "south-korea": [
        { message: "reason-language-missing", kind: "negative", params: { language: "ko,en" } },
      ],
      kyrgyzstan: [
        { message: "reason-field-strong", kind: "positive", params: { field: "medicine" } },
        { message: "reason-free-tuition-route", params: { route: "ort" } },
      ],
      belarus: [
        { message: "reason-field-strong", kind: "positive", params: { field: "medicine" } },
      ],
    },
    asks: ["age"],
  },
  {
    name: "a scholarship-only school leaver is shown only routes that pay tuition or more, never own funds: Russia's free places first, Korea through its government scholarship, the UK and the USA ruled out",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "natural-sciences",
      priorities: ["low-cost"],
      plan: "return",
      english: "b1",
    },
    first: "russia",
    order: ["russia", "china", "south-korea"],
    // Bolashak takes no bachelor's students, and neither country has a tuition-free route or a
    // scholarship of its own for them.
    ruledOut: {
      "united-kingdom": "reason-no-scholarship-route",
      "united-states": "reason-no-scholarship-route",
    },
    reachable: ["russia", "china", "czech-republic", "germany", "hungary", "turkey", "south-korea"],
    reasons: {
      russia: [
        { message: "reason-free-tuition-route", params: { route: "equal-terms" } },
        { message: "reason-living-costs-remain", kind: "neutral" },
      ],
      china: [
        { message: "reason-budget-scholarship-only", kind: "neutral" },
        { message: "reason-free-tuition-route", params: { route: "csc-scholarship" } },
        { message: "reason-living-costs-remain", kind: "neutral" },
      ],
      "south-korea": [
        { message: "reason-budget-full-funding", params: { funding: "global-korea-scholarship" } },
      ],
    },
    funding: {
      russia: {
        first: ["russian-quota", "open-doors"],
        includes: ["university-scholarships"],
        excludes: [
          "own-funds",
          "exchange-programmes",
          "academic-mobility",
          "foundation-grants",
          "intergovernmental-grants",
        ],
      },
      china: { first: "chinese-government-scholarship", excludes: ["own-funds", "russian-quota"] },
      "south-korea": {
        first: "global-korea-scholarship",
        // The Korean course is part of the scholarship, an obligation once selected.
        reasons: {
          "global-korea-scholarship": [
            { message: "reason-funding-language-course", kind: "neutral" },
          ],
        },
      },
    },
    asks: ["age"],
  },
  {
    name: "a scholarship-only master's student who wants prestige and career links sees China and the UK tied, the UK with Chevening as the way round the budget",
    // The UK is strong on both priorities, China on one; China's free CSC place counts for more
    // than the UK's competitive full scholarships. Both score 78 on six criteria; a tie on both
    // goes to the id that sorts first. Belarus, Italy, Japan, Russia and Türkiye lead at 79 (no
    // data on at least one priority); Türkiye's only master's fee is a private university's.
    profile: {
      level: "master",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "b2",
    },
    first: "belarus",
    order: ["china", "united-kingdom", "south-korea"],
    reachable: ["south-korea", "united-kingdom", "china", "russia", "united-states"],
    reasons: {
      "united-kingdom": [
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "chevening" },
        },
      ],
      // GKS asks no Korean to apply (its Korean year is an obligation once selected), so it is
      // the way round, ahead of Bolashak.
      "south-korea": [
        { message: "reason-budget-full-funding", params: { funding: "global-korea-scholarship" } },
      ],
      russia: [{ message: "reason-free-tuition-route", params: { route: "equal-terms" } }],
    },
    funding: {
      "united-kingdom": {
        first: ["chevening", "bolashak"],
        excludes: ["own-funds"],
        // Work experience is asked, and the student has not said: a condition, not a verdict.
        reasons: {
          chevening: [
            {
              message: "reason-funding-needs-work-experience",
              kind: "neutral",
              params: { years: 2 },
            },
          ],
        },
      },
      "south-korea": {
        first: ["global-korea-scholarship", "bolashak"],
        reasons: {
          "global-korea-scholarship": [
            { message: "reason-funding-language-course", kind: "neutral" },
          ],
        },
      },
      china: { first: "chinese-government-scholarship", excludes: ["own-funds"] },
      russia: { first: "bolashak", includes: ["russian-quota"], excludes: ["own-funds"] },
    },
    // Its top three (Belarus, Italy, Japan) have no route that asks for work experience.
    asks: ["age"],
  },
  {
    name: "a master's student who means to stay abroad and work sees Germany strong for work after graduating (and a full scholarship with no duty to come home), above the UK, and duties to come home as clashes",
    profile: {
      level: "master",
      budget: "over-10m",
      languages: ["ru", "en"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["work-abroad", "career-links"],
      plan: "stay-abroad",
      english: "c1",
    },
    // China has no data on work after graduating: its 100 rests on the five criteria it has.
    // Belarus and Kyrgyzstan tie with it: citizens of the EAEU work there without a permit after
    // graduating, and neither has data on career links. All three rest on five criteria; the tie
    // goes to the id that sorts first.
    first: "belarus",
    order: ["china", "germany", "united-kingdom", "south-korea"],
    reachable: ["germany", "united-kingdom", "south-korea", "china", "russia"],
    reasons: {
      germany: [
        { message: "reason-priority-strong", params: { priority: "work-abroad" } },
        { message: "reason-work-after-job-search", kind: "positive" },
      ],
      "united-kingdom": [
        { message: "reason-priority-some", params: { priority: "work-abroad" } },
        { message: "reason-work-after", kind: "positive" },
      ],
      "south-korea": [{ message: "reason-work-after-job-search", kind: "positive" }],
      china: [
        {
          message: "reason-priority-no-data",
          kind: "neutral",
          params: { priority: "work-abroad" },
        },
      ],
      belarus: [
        { message: "reason-work-after", kind: "positive" },
        { message: "reason-free-tuition-route", params: { route: "state-funded-master" } },
      ],
      kyrgyzstan: [{ message: "reason-work-after", kind: "positive" }],
    },
    funding: {
      germany: { first: "erasmus-mundus" },
      "united-kingdom": {
        first: ["chevening", "bolashak"],
        // Chevening's return-home rule is not in the data (no first-hand page for it could be
        // read); Bolashak's work-off is the clash here.
        reasons: {
          bolashak: [{ message: "reason-funding-work-off", kind: "negative" }],
        },
      },
    },
    // Its top three are Belarus, China and Kyrgyzstan: no route among them asks for work
    // experience; China's scholarship has age limits.
    asks: ["age"],
  },
  {
    name: "a master's applicant with two years of work experience who plans to return is shown Chevening, then Bolashak, for the UK, each with its obligations; the UK ties with China",
    // As for the scholarship-only master's student: both 78 on six criteria. On 2–5 M₸ the UK's
    // maintenance money alone is over the budget; Chevening is the way round. Korea's master's
    // fees only partly fit the budget now, so Kyrgyzstan (no data on either priority) leads.
    profile: {
      level: "master",
      budget: "2m-5m",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "social-humanities",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "c1",
      workYears: 2,
      age: 27,
    },
    first: "kyrgyzstan",
    order: ["china", "united-kingdom", "germany"],
    reachable: ["united-kingdom", "china"],
    reasons: {
      "united-kingdom": [
        {
          message: "reason-required-funds-over-budget",
          kind: "negative",
          params: { minKzt: 5_610_727, maxKzt: 7_324_567, budgetMaxKzt: 5_000_000 },
        },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "chevening" },
        },
      ],
      russia: [{ message: "reason-field-strong", params: { field: "social-humanities" } }],
    },
    funding: {
      "united-kingdom": {
        first: ["chevening", "bolashak"],
        // Chevening's return-home rule is not in the data (no first-hand page for it could be
        // read), so Chevening shows no obligation.
        obligations: {
          chevening: [],
          bolashak: ["bolashak.obligations.work-off", "bolashak.obligations.collateral"],
        },
        reasons: {
          chevening: [
            {
              message: "reason-funding-work-experience-ok",
              kind: "positive",
              params: { years: 2 },
            },
          ],
          bolashak: [
            {
              message: "reason-funding-work-off",
              kind: "neutral",
              params: { minYears: 2, maxYears: 5 },
            },
            { message: "reason-funding-collateral", kind: "neutral" },
            { message: "reason-plan-return-obligation", kind: "positive" },
          ],
        },
      },
    },
    // Both answers are given: nothing left to ask.
    asks: [],
  },
  {
    name: "a school leaver with German at B1 who will do the Studienkolleg gets Germany first of the countries with a language to learn, with the Studienkolleg named as the free way in, its exams, and the blocked account as the cost of living",
    // The profile's `languages` are languages the student can study in now; B1 German is not
    // enough for a German-taught degree, so German is not among them. Being willing to do the
    // Studienkolleg is `willLearnLanguage` (Germany's preparatory year is the Studienkolleg, which
    // asks for some German already: the profile cannot say B1, so the matcher cannot check it).
    // The same willingness opens other preparatory years too (China's, Korea's, Czechia's).
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "a2",
      age: 17,
    },
    // Kyrgyzstan teaches in Russian, which the student has, offers a free place through the ORT
    // and lets EAEU citizens work after graduating; its living cost is unknown, so its score rests
    // on four criteria and leads. Germany leads every destination whose language is still to learn.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "germany", "russia", "china", "czech-republic"],
    reachable: ["germany", "russia", "czech-republic", "china", "hungary", "turkey"],
    reasons: {
      germany: [
        {
          message: "reason-language-missing-prep-year",
          kind: "neutral",
          params: { language: "de" },
        },
        {
          message: "reason-free-tuition-route",
          kind: "positive",
          params: { destination: "germany", route: "studienkolleg" },
        },
        {
          message: "reason-route-tests",
          kind: "neutral",
          params: { destination: "germany", route: "studienkolleg" },
        },
        { message: "reason-budget-fits", params: { minKzt: 5_634_520, maxKzt: 7_809_945 } },
        { message: "reason-required-funds", kind: "neutral", params: { minKzt: 5_634_520 } },
        { message: "reason-priority-strong", params: { priority: "low-cost" } },
        { message: "reason-priority-strong", params: { priority: "work-abroad" } },
      ],
    },
    funding: { germany: { excludes: ["bolashak", "erasmus-mundus", "daad"] } },
    asks: [],
  },
  {
    name: "a school leaver on the lowest budget who can study in Czech sees Czechia's free Czech-taught public universities, with living costs of their own",
    // Czechia's costs are known: paying yourself means English-taught fees (Masaryk University's
    // €3,000 a year) on top of living, over this budget; the free Czech-taught route takes the fee
    // away and leaves living (Brno's housing from €130 a month, Prague's all-in CZK 10,000–17,000).
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru", "cs"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "a2",
    },
    // Kyrgyzstan: Russian-taught, a free place through the ORT, EAEU work rights after
    // graduating; no living figure, so its budget is left out of its score.
    // Russia's cost is unknown (no tuition figure), which is neither credit nor blame, so it leads
    // Czechia, whose known living leaves something to pay even on the free route.
    first: "kyrgyzstan",
    order: ["kyrgyzstan", "russia", "czech-republic"],
    ruledOut: {
      germany: "reason-language-missing",
      poland: "reason-language-missing",
      "united-kingdom": "reason-language-missing",
    },
    reasons: {
      "czech-republic": [
        { message: "reason-language-ok", kind: "positive", params: { language: "cs" } },
        {
          message: "reason-free-tuition-route",
          kind: "positive",
          params: { destination: "czech-republic", route: "czech-taught" },
        },
        { message: "reason-budget-over", kind: "negative", params: { budgetMaxKzt: 2_000_000 } },
        // Tuition is free; what is left to pay is living, from its own figures.
        { message: "reason-living-costs-remain", kind: "neutral" },
        { message: "reason-priority-strong", params: { priority: "low-cost" } },
        { message: "reason-priority-some", params: { priority: "work-abroad" } },
      ],
    },
    funding: { "czech-republic": { includes: ["erasmus-credit-mobility", "own-funds"] } },
    // Its top three are Kyrgyzstan, Czechia and Belarus (tied with Russia, and first by id): none
    // has a route with an age limit or a work-experience rule, so nothing is left to ask.
    // A route on the page has an age limit (the Open Doors olympiad for Russia), so the age is asked.
    asks: ["age"],
  },
  {
    name: "a Turkish-speaking school leaver on scholarship only sees Türkiye Bursları as the way into Türkiye, paying tuition and living, second to Russia",
    // Russia is strong on low cost; the knowledge base rates Türkiye "some" on it and has no
    // new-culture entry for it, so Russia stays first.
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru", "tr"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["low-cost", "new-culture"],
      plan: "return",
      english: "a2",
      age: 18,
    },
    first: "russia",
    order: ["russia", "turkey"],
    reachable: ["russia", "turkey"],
    reasons: {
      turkey: [
        { message: "reason-language-ok", params: { language: "tr" } },
        { message: "reason-free-tuition-route", params: { route: "turkiye-burslari" } },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "turkiye-burslari" },
        },
        {
          message: "reason-route-tests",
          params: { destination: "turkey", route: "turkish-taught" },
        },
      ],
    },
    funding: {
      turkey: {
        first: "turkiye-burslari",
        excludes: ["own-funds"],
        obligations: { "turkiye-burslari": ["turkiye-burslari.obligations.turkish-year"] },
        reasons: {
          "turkiye-burslari": [
            { message: "reason-funding-covers-full", kind: "positive" },
            { message: "reason-funding-language-course", kind: "neutral" },
          ],
        },
      },
    },
    asks: [],
  },
  {
    name: "a scholarship-only school leaver ready to learn Chinese gets China second to Russia, with the Chinese Government Scholarship first among its routes",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "career-links"],
      plan: "return",
      english: "a2",
      age: 18,
    },
    // Russia is strong on low cost in a language the student has; China teaches in Chinese after
    // a preparatory year, and its known costs count.
    first: "russia",
    order: ["russia", "china", "hungary"],
    ruledOut: {
      "united-kingdom": "reason-no-scholarship-route",
      "united-states": "reason-no-scholarship-route",
    },
    reasons: {
      china: [
        { message: "reason-language-missing-prep-year", params: { language: "zh" } },
        { message: "reason-free-tuition-route", params: { route: "csc-scholarship" } },
        { message: "reason-living-costs-remain", kind: "neutral" },
        {
          message: "reason-budget-full-funding",
          params: { funding: "chinese-government-scholarship" },
        },
      ],
    },
    funding: {
      china: {
        first: "chinese-government-scholarship",
        excludes: ["own-funds", "bolashak"],
        reasons: {
          "chinese-government-scholarship": [
            { message: "reason-funding-covers-full", kind: "positive" },
          ],
        },
      },
    },
    asks: [],
  },
  {
    name: "a scholarship-only school leaver with B2 English who wants a new culture sees South Korea strong on it, with the Global Korea Scholarship as the way round the budget and its Korean year",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["new-culture", "prestige"],
      plan: "unsure",
      english: "b2",
      age: 18,
    },
    // Hungary leads on three criteria: no data on either priority.
    first: "hungary",
    order: ["south-korea", "china"],
    reasons: {
      "south-korea": [
        { message: "reason-language-ok", params: { language: "en" } },
        { message: "reason-priority-strong", params: { priority: "new-culture" } },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "global-korea-scholarship" },
        },
      ],
    },
    funding: {
      "south-korea": {
        first: "global-korea-scholarship",
        obligations: {
          "global-korea-scholarship": ["global-korea-scholarship.obligations.korean-year"],
        },
        reasons: {
          "global-korea-scholarship": [
            { message: "reason-funding-covers-full", kind: "positive" },
            // English-taught study is open to this student, but the scholarship's Korean year
            // is not optional: an obligation once selected, where TOPIK 3 is reached.
            { message: "reason-funding-language-course", kind: "neutral" },
          ],
        },
      },
    },
    asks: [],
  },
  {
    name: "a scholarship-only school leaver with B2 English sees Stipendium Hungaricum as the free way into Hungary, paying tuition and living",
    // China (strong on low cost, no data on work abroad) leads. Germany, strong on both, and
    // Hungary, "some" on both, each have known costs set against a scholarship-only budget
    // (Germany's blocked account; Hungary's self-funded fees and housing), so Germany edges it.
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "b2",
      age: 18,
    },
    first: "china",
    order: ["china", "germany", "hungary"],
    reachable: ["germany", "china", "hungary", "turkey", "russia"],
    reasons: {
      hungary: [
        { message: "reason-language-ok", params: { language: "en" } },
        {
          message: "reason-free-tuition-route",
          params: { destination: "hungary", route: "stipendium-hungaricum" },
        },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "stipendium-hungaricum" },
        },
        // The grant takes tuition away; living, from its own figures, is what it pays besides.
        { message: "reason-living-costs-remain", kind: "neutral" },
      ],
    },
    funding: {
      hungary: {
        first: "stipendium-hungaricum",
        excludes: ["own-funds", "bolashak"],
        // As a treaty grant it carries gov.kz's commitment to work in Kazakhstan.
        obligations: {
          "stipendium-hungaricum": [
            "stipendium-hungaricum.obligations.hungarian-course",
            "stipendium-hungaricum.obligations.work-in-kazakhstan",
          ],
        },
        reasons: {
          "stipendium-hungaricum": [
            { message: "reason-funding-covers-full", kind: "positive" },
            { message: "reason-funding-language-course", kind: "neutral" },
          ],
        },
      },
    },
    asks: [],
  },
  {
    name: "a master's applicant with three years of work experience who plans to return sees Fulbright first for the USA, with its two-year home-residence rule",
    // The knowledge base rates the USA "some" on career links and has no data on prestige or
    // costs. Its master's study is known from Fulbright (the US file lists only the bachelor's
    // length and route). Russia leads at 80; Belarus, Italy, Japan and Türkiye follow at 79.
    profile: {
      level: "master",
      budget: "scholarship-only",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "business-economics",
      priorities: ["career-links", "prestige"],
      plan: "return",
      english: "c1",
      workYears: 3,
      age: 28,
    },
    first: "russia",
    order: ["china", "united-kingdom", "united-states"],
    reachable: ["united-states", "united-kingdom", "china"],
    reasons: {
      "united-states": [
        { message: "reason-language-ok", params: { language: "en" } },
        {
          message: "reason-budget-full-funding",
          kind: "neutral",
          params: { funding: "fulbright" },
        },
        { message: "reason-priority-some", params: { priority: "career-links" } },
      ],
    },
    withoutReasons: { "united-states": ["reason-level-no-data"] },
    funding: {
      "united-states": {
        first: ["fulbright", "bolashak"],
        obligations: { fulbright: ["fulbright.obligations.two-year-rule"] },
        reasons: {
          fulbright: [
            {
              message: "reason-funding-work-experience-ok",
              kind: "positive",
              params: { years: 2 },
            },
            {
              message: "reason-funding-return-home",
              kind: "neutral",
              params: { minYears: 2, maxYears: 2 },
            },
            { message: "reason-plan-return-obligation", kind: "positive" },
          ],
        },
      },
    },
    asks: [],
  },
];
