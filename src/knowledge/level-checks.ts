/**
 * A highlight that rests on admission routes alone says something about those routes' levels
 * only: "With a school certificate you first do a Studienkolleg" must carry `levels: [bachelor]`,
 * or a master's applicant would read it. Reads the data as written, like the other cross-field
 * checks, so it runs even on a file with schema errors.
 */
import { isRecord } from "./fact-ids.js";
import type { Problem } from "./problems.js";
import { DEGREE_LEVELS } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export function highlightLevelsMatchRoutes(yaml: YamlFile): Problem[] {
  const data = isRecord(yaml.data) ? yaml.data : {};
  const { highlights, admission } = data;
  if (!Array.isArray(highlights) || !Array.isArray(admission)) return [];
  const routeLevels = new Map<string, unknown[]>();
  for (const route of admission) {
    if (isRecord(route) && typeof route.id === "string" && Array.isArray(route.levels)) {
      routeLevels.set(`admission.${route.id}`, route.levels);
    }
  }
  const problems: Problem[] = [];
  highlights.forEach((highlight: unknown, index) => {
    if (!isRecord(highlight) || !Array.isArray(highlight.facts)) return;
    const routes = highlight.facts.map((f: unknown) => routeLevels.get(String(f)));
    if (routes.length === 0 || routes.some((levels) => levels === undefined)) return;
    const covered = DEGREE_LEVELS.filter((l) => routes.some((levels) => levels?.includes(l)));
    const claimed = Array.isArray(highlight.levels) ? highlight.levels : DEGREE_LEVELS;
    if (claimed.every((l: unknown) => covered.includes(l as (typeof covered)[number]))) return;
    problems.push(
      yaml.problemAt(
        ["highlights", index, ...(Array.isArray(highlight.levels) ? ["levels"] : [])],
        `the highlight rests on admission routes for ${covered.join(", ")} only — write levels: [${covered.join(", ")}]`,
      ),
    );
  });
  return problems;
}
