/**
 * Numbers, money, dates and lists read the way each language writes them: a Russian or Kazakh
 * reader sees "4 500" and "5,5", an English one "4,500" and "5.5", so a thousand is never taken
 * for a decimal.
 */
import { describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import {
  formatAmount,
  formatDate,
  formatDay,
  formatKzt,
  formatList,
  formatNumber,
  formatNumberSpan,
  inlineLabel,
} from "../../../src/format/locale-format.js";

/** Intl groups Russian and Kazakh digits with a no-break space; compare with a plain one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("numbers per language", () => {
  it.each([
    ["ru", 4500, "4 500"],
    ["kk", 4500, "4 500"],
    ["en", 4500, "4,500"],
    ["ru", 5.5, "5,5"],
    ["kk", 5.5, "5,5"],
    ["en", 5.5, "5.5"],
    ["ru", 1234567.5, "1 234 567,5"],
    ["en", 1234567.5, "1,234,567.5"],
  ] as const)("%s writes %d as %s", (locale, value, expected) => {
    expect(plain(formatNumber(value, locale))).toBe(expected);
  });

  it("keeps a group of digits together on a phone's line (no-break space)", () => {
    expect(formatNumber(4500, "ru")).toBe("4\u00a0500");
  });

  it("writes a span of years with an en dash, or one figure when both ends agree", () => {
    expect(plain(formatNumberSpan(1.5, 2, "ru"))).toBe("1,5–2");
    expect(formatNumberSpan(1.5, 2, "en")).toBe("1.5–2");
    expect(formatNumberSpan(4, 4, "kk")).toBe("4");
  });
});

describe("money per language", () => {
  it("rounds tenge to thousands and groups them the reader's way", () => {
    expect(plain(formatKzt(1_333_417, "ru"))).toBe("1 333 000 ₸");
    expect(plain(formatKzt(1_333_417, "kk"))).toBe("1 333 000 ₸");
    expect(formatKzt(1_333_417, "en")).toBe("1,333,000 ₸");
    expect(formatKzt(95_499, "en")).toBe("95,499 ₸");
  });

  it("puts a source's currency after the figure", () => {
    expect(plain(formatAmount(3000, "EUR", "ru"))).toBe("3 000 EUR");
    expect(formatAmount(3000, "EUR", "en")).toBe("3,000 EUR");
  });

  it("writes the budget buttons' dollars the reader's way: 4 500 is never four and a half", () => {
    const i18n = createI18n();
    const label = "X";
    const range = (locale: "kk" | "ru" | "en") =>
      plain(translatorFor(i18n, locale)("budget-usd-range", { label, low: 0, high: 4500 }));
    expect(range("ru")).toBe("X (≈ 0–4 500 $)");
    expect(range("kk")).toBe("X (≈ 0–4 500 $)");
    expect(range("en")).toBe("X (≈ $0–4,500)");
    const from = plain(translatorFor(i18n, "ru")("budget-usd-from", { label, low: 22000 }));
    expect(from).toBe("X (≈ от 22 000 $)");
  });

  it("says 'a month' before the amount in Kazakh and after it in Russian and English", () => {
    const i18n = createI18n();
    const amount = "300 USD";
    expect(translatorFor(i18n, "kk")("cost-per-month", { amount })).toBe("айына 300 USD");
    expect(translatorFor(i18n, "ru")("cost-per-month", { amount })).toBe("300 USD в месяц");
    expect(translatorFor(i18n, "en")("cost-per-month", { amount })).toBe("300 USD a month");
  });
});

describe("dates per language", () => {
  it("writes a short date in a line", () => {
    expect(formatDay("2027-01-15", "en")).toBe("15 Jan 2027");
    expect(plain(formatDay("2027-01-15", "ru"))).toBe("15 янв. 2027 г.");
    expect(plain(formatDay("2027-01-15", "kk"))).toBe("2027 ж. 15 қаң.");
  });

  it("writes a deadline in full, from an ISO date or a moment", () => {
    expect(formatDate("2027-01-15", "en")).toBe("15 January 2027");
    expect(plain(formatDate("2027-01-15", "ru"))).toBe("15 января 2027 г.");
    expect(plain(formatDate(Date.UTC(2027, 0, 15), "kk"))).toBe("2027 ж. 15 қаңтар");
  });
});

describe("lists per language", () => {
  it.each([
    ["en", ["tuition"], "tuition"],
    ["en", ["tuition", "travel"], "tuition and travel"],
    ["en", ["tuition", "housing", "travel"], "tuition, housing and travel"],
    ["ru", ["обучение", "жильё", "проезд"], "обучение, жильё и проезд"],
    ["kk", ["оқу ақысы", "жол ақысы"], "оқу ақысы және жол ақысы"],
    ["kk", ["оқу ақысы", "тұрғын үй", "жол ақысы"], "оқу ақысы, тұрғын үй және жол ақысы"],
  ] as const)("%s joins %j as %s", (locale, items, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });

  it("offers a choice with 'or'", () => {
    expect(formatList(["венгр тілі", "ағылшын тілі"], "kk", "or")).toBe(
      "венгр тілі немесе ағылшын тілі",
    );
    expect(formatList(["венгерский", "английский"], "ru", "or")).toBe("венгерский или английский");
  });
});

describe("button labels inside a sentence", () => {
  it.each([
    ["en", "Prestige and quality", "prestige and quality"],
    ["en", "A new language and culture", "a new language and culture"],
    ["en", "I don't speak English", "I don't speak English"],
    ["en", "IT and engineering", "IT and engineering"],
    ["ru", "Бакалавриат", "бакалавриат"],
    ["kk", "Ортадан жоғары (B2, IELTS 5,5–6,5)", "ортадан жоғары (B2, IELTS 5,5–6,5)"],
  ] as const)("%s reads %s as %s", (locale, label, expected) => {
    expect(inlineLabel(label, locale)).toBe(expected);
  });
});
