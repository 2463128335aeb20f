/**
 * Broken knowledge bases for the loader's tests, made by copying the one valid fixture to a temp
 * folder and editing it, so each test shows exactly the one thing it breaks.
 */
import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The valid fixture: 2 destinations, 2 funding routes, sources and rates. */
export const VALID = fileURLToPath(new URL("../../fixtures/knowledge/valid", import.meta.url));

/**
 * A valid `research.yaml` (2 motives, 1 statistic). It lives beside `valid/`, not in it, because
 * the file is optional; add it to a copy with `{ "research.yaml": researchFixture }`, or edit it
 * with `chain(researchFixture, replace(…))`.
 */
export const RESEARCH = fileURLToPath(
  new URL("../../fixtures/knowledge/research.yaml", import.meta.url),
);

/** The text of the `research.yaml` fixture (an `Edit` that ignores the file's current text). */
export function researchFixture(): string {
  return readFileSync(RESEARCH, "utf8");
}

/** The moment the tests judge `verified` dates against; the fixture's dates are fresh then. */
export const NOW = new Date("2026-11-28T12:00:00Z");

/** What to do to one file: rewrite its text, or `null` to delete it. */
export type Edit = ((text: string) => string) | null;

const created: string[] = [];

/** The text of one file of the valid fixture, e.g. to copy it under another name. */
export function fixtureText(file: string): string {
  return readFileSync(join(VALID, file), "utf8");
}

/** A copy of the valid fixture with `edits` applied, keyed by path relative to the fixture. */
export async function brokenCopy(edits: Record<string, Edit>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bagdar-kb-"));
  created.push(dir);
  await cp(VALID, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) {
      await rm(path, { recursive: true, force: true });
      continue;
    }
    const text = await readFile(path, "utf8").catch(() => "");
    // A new file may go in a new folder (sources/more.yaml).
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, edit(text));
  }
  return dir;
}

/** Removes every copy made so far (call from `afterAll`). */
export async function removeCopies(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * Replaces exactly one occurrence of `from`; throws when there is none, so a changed fixture
 * fails the test loudly instead of silently testing nothing.
 */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(from);
    if (at === -1) throw new Error(`fixture text not found: ${JSON.stringify(from)}`);
    if (text.indexOf(from, at + 1) !== -1) throw new Error(`fixture text not unique: ${from}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}

/** Several `replace` edits on one file, in order. */
export function chain(...steps: ((text: string) => string)[]): (text: string) => string {
  return (text) => steps.reduce((current, step) => step(current), text);
}
