/**
 * `t.me/<bot>?start=<payload>` links: a destination's card (`country-kr`, `country-south-korea`)
 * and shared results (`r-rukrcn-1x93fk`). A shared payload names only destinations (by their ISO
 * country code) and funding routes (by a three-character code derived from their id): never the
 * student's answers. Payloads are validated with zod; anything forged, broken or outdated decodes
 * to undefined. Pure: no grammY.
 *
 * @example
 * const payload = encodeShare(knowledge, { destinations: ["russia", "china"], funding: ["bolashak"] });
 * // "r-rucn-0pq" (the funding code depends on the id)
 * decodeDeepLink(payload, knowledge); // { kind: "shared", destinations: [...], funding: [...] }
 */
import { z } from "zod";
import type { Knowledge } from "../knowledge/schema.js";

/** Telegram's rule for a start parameter. */
export const START_PAYLOAD = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const MAX_SHARED_DESTINATIONS = 3;
export const MAX_SHARED_FUNDING = 6;

// An optional last part names each destination's best way to pay, by its place in the funding
// part ("x" for none), so the person who opens the link reads the same summary as the sharer.
const SharedPayload = z
  .string()
  .regex(/^r-((?:[a-z]{2}){1,3})-((?:[0-9a-z]{3}){0,6})(?:-([0-5x]{1,3}))?$/);
const CountryPayload = z.string().regex(/^country-([a-z0-9-]{2,40})$/);

export type DeepLink =
  | { kind: "country"; destinationId: string }
  | {
      kind: "shared";
      destinations: string[];
      funding: string[];
      /** Each destination's best way to pay (a funding id, or undefined for none); absent in older links. */
      best?: (string | undefined)[];
    };

export interface SharedSelection {
  destinations: readonly string[];
  funding: readonly string[];
  /** Each destination's best way to pay, aligned with `destinations`; it must be in `funding`. */
  best?: readonly (string | undefined)[];
}

/** A short, stable code for a funding id: FNV-1a, 32 bits, in three base-36 characters. */
export function fundingCode(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 3).toString(36).padStart(3, "0");
}

interface Codes {
  fundingByCode: Map<string, string>;
  destinationByCountry: Map<string, string>;
}

const codesCache = new WeakMap<Knowledge, Codes>();

function codesOf(knowledge: Knowledge): Codes {
  let codes = codesCache.get(knowledge);
  if (codes === undefined) {
    codes = {
      fundingByCode: new Map(knowledge.funding.map((f) => [fundingCode(f.id), f.id])),
      destinationByCountry: new Map(
        knowledge.destinations.map((d) => [d.country.toLowerCase(), d.id]),
      ),
    };
    codesCache.set(knowledge, codes);
  }
  return codes;
}

/**
 * Funding ids whose codes clash, and countries with more than one destination: either would make
 * a shared link ambiguous. Empty for a knowledge base links work with (a unit test checks).
 */
export function ambiguousCodes(knowledge: Knowledge): string[] {
  const clashes: string[] = [];
  const seen = new Map<string, string>();
  for (const f of knowledge.funding) {
    const other = seen.get(fundingCode(f.id));
    if (other !== undefined) clashes.push(`${other} / ${f.id}`);
    seen.set(fundingCode(f.id), f.id);
  }
  const countries = new Map<string, string>();
  for (const d of knowledge.destinations) {
    const other = countries.get(d.country);
    if (other !== undefined) clashes.push(`${other} / ${d.id}`);
    countries.set(d.country, d.id);
  }
  return clashes;
}

/**
 * The start payload for shared results: at most {@link MAX_SHARED_DESTINATIONS} destinations and
 * {@link MAX_SHARED_FUNDING} funding routes (extra ones are dropped; unknown ids are skipped).
 */
export function encodeShare(knowledge: Knowledge, selection: SharedSelection): string {
  const kept = selection.destinations
    .map((id, i) => ({
      country: knowledge.destinations.find((d) => d.id === id)?.country.toLowerCase(),
      best: selection.best?.[i],
    }))
    .filter((d): d is { country: string; best: string | undefined } => d.country !== undefined)
    .slice(0, MAX_SHARED_DESTINATIONS);
  const countries = kept.map((d) => d.country);
  const ids = selection.funding
    .filter((id) => knowledge.funding.some((f) => f.id === id))
    .slice(0, MAX_SHARED_FUNDING);
  const base = `r-${countries.join("")}-${ids.map(fundingCode).join("")}`;
  if (selection.best === undefined) return base;
  const places = kept.map(({ best: id }) => {
    const at = id === undefined ? -1 : ids.indexOf(id);
    return at < 0 ? "x" : String(at);
  });
  return `${base}-${places.join("")}`;
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Decodes a start payload; undefined for anything that is not a valid, current Bagdar link. */
export function decodeDeepLink(payload: string, knowledge: Knowledge): DeepLink | undefined {
  if (!START_PAYLOAD.safeParse(payload).success) return undefined;
  const codes = codesOf(knowledge);

  const country = CountryPayload.safeParse(payload.toLowerCase());
  if (country.success) {
    const key = country.data.slice("country-".length);
    const destination =
      knowledge.destinations.find((d) => d.id === key)?.id ?? codes.destinationByCountry.get(key);
    return destination === undefined ? undefined : { kind: "country", destinationId: destination };
  }

  const shared = SharedPayload.safeParse(payload);
  if (!shared.success) return undefined;
  const [, countryPart = "", fundingPart = "", bestPart] = payload.split("-");
  const destinations = chunks(countryPart, 2).map((c) => codes.destinationByCountry.get(c));
  const funding = chunks(fundingPart, 3).map((c) => codes.fundingByCode.get(c));
  const known = (ids: (string | undefined)[]): ids is string[] =>
    ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  if (!known(destinations) || !known(funding)) return undefined;
  if (bestPart === undefined) return { kind: "shared", destinations, funding };
  if (bestPart.length !== destinations.length) return undefined;
  const best = [...bestPart].map((c) => (c === "x" ? undefined : funding[Number(c)]));
  if (best.some((id, i) => id === undefined && bestPart[i] !== "x")) return undefined;
  return { kind: "shared", destinations, funding, best };
}

/** `https://t.me/<bot>?start=<payload>`. */
export function startLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}
