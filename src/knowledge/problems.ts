/**
 * What the loader reports: one `Problem` per thing an editor has to fix (or, as a warning, look at),
 * pointing at the file, the field and, when it can be found, the line.
 */

/** One thing wrong in the knowledge folder, said so that an editor knows where to fix it. */
export interface Problem {
  /** Relative to the knowledge folder, with forward slashes: `destinations/russia.yaml`. */
  file: string;
  /** Field path such as `tuition.verified` or `admission[0].name.kk`; "" for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, when the field (or the nearest field around it) was found there. */
  line?: number;
}

/** A step into parsed YAML: a key of a map or an index into a list. */
export type PathSegment = string | number;

/** Turns `["admission", 0, "name", "kk"]` into `admission[0].name.kk`, the way problems name fields. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/**
 * One line for an editor: `destinations/russia.yaml: tuition.verified: missing … (line 12)`.
 * Whole-file problems leave the field out; problems with the folder itself, the file too.
 */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.path].filter((part) => part !== "").join(": ");
  const line = problem.line === undefined ? "" : ` (line ${problem.line})`;
  return `${where === "" ? "" : `${where}: `}${problem.message}${line}`;
}

/** Orders problems by file, then by line (whole-file ones first), keeping discovery order otherwise. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * Thrown by `loadKnowledgeOrThrow` when the knowledge folder has problems; the message lists them
 * all, one per line, so a failed start-up log says what to fix.
 */
export class KnowledgeError extends Error {
  override readonly name = "KnowledgeError";
  readonly problems: readonly Problem[];

  constructor(dir: string, problems: readonly Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`${dir} has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.problems = problems;
  }
}
