/**
 * Where in Kazakhstan a student lives, if they choose to say: the 17 regions (oblys) and the three
 * cities of republican significance, as of the 2022 reform. Ids are stable; names live in
 * `locales/*.ftl` as `region-<id>`.
 */
export const REGIONS = [
  "astana",
  "almaty-city",
  "shymkent",
  "abai",
  "akmola",
  "aktobe",
  "almaty-region",
  "atyrau",
  "east-kazakhstan",
  "jambyl",
  "jetisu",
  "karaganda",
  "kostanay",
  "kyzylorda",
  "mangystau",
  "north-kazakhstan",
  "pavlodar",
  "turkistan",
  "ulytau",
  "west-kazakhstan",
] as const;
export type Region = (typeof REGIONS)[number];

export function isRegion(value: unknown): value is Region {
  return typeof value === "string" && (REGIONS as readonly string[]).includes(value);
}
