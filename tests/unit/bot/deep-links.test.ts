import { beforeAll, describe, expect, it } from "vitest";
import {
  ambiguousCodes,
  decodeDeepLink,
  encodeShare,
  fundingCode,
  START_PAYLOAD,
  startLink,
} from "../../../src/bot/deep-links.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Knowledge } from "../../../src/knowledge/schema.js";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledgeOrThrow("knowledge");
});

describe("share payloads", () => {
  it("round-trips every destination and funding route, short and in Telegram's alphabet", () => {
    const ids = knowledge.destinations.map((d) => d.id);
    const funding = knowledge.funding.map((f) => f.id);
    for (let i = 0; i < ids.length; i++) {
      const selection = {
        destinations: [ids[i], ids[(i + 1) % ids.length], ids[(i + 2) % ids.length]] as string[],
        funding: funding.slice(i, i + 6),
      };
      const payload = encodeShare(knowledge, selection);
      expect(payload.length).toBeLessThanOrEqual(64);
      expect(START_PAYLOAD.safeParse(payload).success).toBe(true);
      expect(decodeDeepLink(payload, knowledge)).toEqual({ kind: "shared", ...selection });
    }
  });

  it("keeps at most three destinations and six routes, and skips unknown ids", () => {
    const payload = encodeShare(knowledge, {
      destinations: ["russia", "atlantis", "china", "turkey", "hungary"],
      funding: [...knowledge.funding.map((f) => f.id), "made-up"],
    });
    const decoded = decodeDeepLink(payload, knowledge);
    expect(decoded).toMatchObject({ destinations: ["russia", "china", "turkey"] });
    expect(decoded?.kind === "shared" && decoded.funding.length).toBe(6);
  });

  it("carries each destination's best way to pay, and still opens links made before it did", () => {
    const selection = {
      destinations: ["united-kingdom", "south-korea", "russia"],
      funding: ["chevening", "bolashak"],
      best: ["chevening", "bolashak", undefined],
    };
    const payload = encodeShare(knowledge, selection);
    expect(payload).toMatch(/-01x$/);
    expect(decodeDeepLink(payload, knowledge)).toEqual({ kind: "shared", ...selection });
    const older = payload.replace(/-01x$/, "");
    expect(decodeDeepLink(older, knowledge)).toEqual({
      kind: "shared",
      destinations: selection.destinations,
      funding: selection.funding,
    });
    // A place past the routes, or one place too few, is no Bagdar link.
    expect(decodeDeepLink(payload.replace(/-01x$/, "-05x"), knowledge)).toBeUndefined();
    expect(decodeDeepLink(payload.replace(/-01x$/, "-01"), knowledge)).toBeUndefined();
  });

  it("gives every funding route and every country a code of its own", () => {
    expect(ambiguousCodes(knowledge)).toEqual([]);
    expect(fundingCode("bolashak")).toMatch(/^[0-9a-z]{3}$/);
    expect(fundingCode("bolashak")).toBe(fundingCode("bolashak"));
  });

  it.each([
    "",
    "r",
    "r-",
    "r--",
    "r-ru",
    "r-zz-",
    "r-ruru-",
    "r-RU-",
    "r-ru-zzz",
    `r-ru-${fundingCode("bolashak")}${fundingCode("bolashak")}`,
    "r-rucnkrtr-",
    "r-ru-abcd",
    "r-ru-<script>",
    "r-ru-%00",
    "country-zz",
    "country-",
    "country-atlantis",
    "country-RU-extra",
    "x".repeat(65),
  ])("rejects the forged or broken payload %j", (payload) => {
    expect(decodeDeepLink(payload, knowledge)).toBeUndefined();
  });
});

describe("country deep links", () => {
  it.each([
    ["country-kr", "south-korea"],
    ["country-KR", "south-korea"],
    ["country-south-korea", "south-korea"],
    ["country-ru", "russia"],
    ["country-gb", "united-kingdom"],
  ])("opens %s as %s", (payload, id) => {
    expect(decodeDeepLink(payload, knowledge)).toEqual({ kind: "country", destinationId: id });
  });

  it("builds t.me links", () => {
    expect(startLink("bagdar_bot", "country-kr")).toBe("https://t.me/bagdar_bot?start=country-kr");
  });
});
