/**
 * One knowledge file parsed from YAML, able to say on which line any field is written, so that a
 * later problem (schema, references, dates) can be pinned to it.
 *
 * The syntax tree that line numbers come from is only needed when there is a problem to report.
 * A file whose data comes from the parsed cache (`parsed-cache.ts`) therefore gets its tree on the
 * first line lookup: a valid knowledge base starts without parsing any YAML.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { formatPath, type PathSegment, type Problem } from "./problems.js";

export interface YamlFile {
  /** Relative to the knowledge folder: `destinations/russia.yaml`. */
  file: string;
  /** The plain data, before any validation. */
  data: unknown;
  /** The line where the field at `path` is written, or of its nearest ancestor that exists. */
  lineOf(path: readonly PathSegment[]): number | undefined;
  /** A problem about the field at `path`, with its line. */
  problemAt(path: readonly PathSegment[], message: string): Problem;
}

export type ParsedYaml = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

/** A parsed document with what turns its offsets into line numbers. */
interface SyntaxTree {
  doc: Document;
  lines: LineCounter;
}

/**
 * Parses one file's text. A syntax error comes back as a problem with its line; an empty file is a
 * problem too, since every knowledge file has content.
 */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const tree = parseTree(text);
  const { doc, lines } = tree;
  const [first, ...more] = doc.errors;
  if (first !== undefined) {
    // One slip (an unclosed bracket, a bad indent) makes the parser complain about every line
    // after it; only the first error is sure to be real, so that is the one reported.
    const follow = more.length === 1 ? "1 more error follows" : `${more.length} more errors follow`;
    const after = more.length === 0 ? "" : ` (${follow}, probably caused by this one)`;
    const line = lines.linePos(first.pos[0]).line;
    const message = `YAML syntax error: ${first.message}${after}`;
    return { ok: false, problems: [{ file, path: "", message, line }] };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ file, path: "", message: "the file is empty" }] };
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses to expand aliases without bound (a "billion laughs" file) by throwing.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: "", message: `YAML error: ${message}` }] };
  }
  return { ok: true, yaml: yamlFile(file, data, () => tree) };
}

/**
 * A file whose data is already known (from the parsed cache): `text` is parsed only if a line is
 * asked for. The data must be what `parseYamlFile` gives for this very text.
 */
export function yamlFileFromData(file: string, text: string, data: unknown): YamlFile {
  let tree: SyntaxTree | undefined;
  return yamlFile(file, data, () => {
    tree ??= parseTree(text);
    return tree;
  });
}

function yamlFile(file: string, data: unknown, tree: () => SyntaxTree): YamlFile {
  const lineOf = (path: readonly PathSegment[]) => findLine(tree(), path);
  return {
    file,
    data,
    lineOf,
    problemAt: (path, message) => {
      const line = lineOf(path);
      return { file, path: formatPath(path), message, ...(line === undefined ? {} : { line }) };
    },
  };
}

function parseTree(text: string): SyntaxTree {
  const lines = new LineCounter();
  // prettyErrors would append a code frame to each message; we want one line per problem.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

/**
 * Walks the syntax tree along `path`. A map step answers with the line of its key (where an editor
 * looks for a field), a list step with the line of the item; a step that cannot be taken (the field
 * is missing) stops the walk, so a missing field points at the object that lacks it.
 */
function findLine({ doc, lines }: SyntaxTree, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair === undefined) break;
      line = lineAt(lines, pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      line = lineAt(lines, item) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function lineAt(lines: LineCounter, node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range === undefined ? undefined : lines.linePos(range[0]).line;
}
