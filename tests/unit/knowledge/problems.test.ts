import { describe, expect, it } from "vitest";
import { formatPath, formatProblem, sortProblems } from "../../../src/knowledge/problems.js";

describe("problems", () => {
  it("writes field paths with dots and list indices", () => {
    expect(formatPath(["admission", 0, "name", "kk"])).toBe("admission[0].name.kk");
    expect(formatPath([])).toBe("");
  });

  it("formats one problem per line: file, field, message, line", () => {
    expect(
      formatProblem({
        file: "destinations/russia.yaml",
        path: "tuition.min",
        message: "bad",
        line: 3,
      }),
    ).toBe("destinations/russia.yaml: tuition.min: bad (line 3)");
    expect(formatProblem({ file: "sources.yaml", path: "", message: "the file is empty" })).toBe(
      "sources.yaml: the file is empty",
    );
  });

  it("sorts by file, then by line, whole-file problems first", () => {
    const sorted = sortProblems([
      { file: "b.yaml", path: "x", message: "3", line: 9 },
      { file: "a.yaml", path: "y", message: "2", line: 5 },
      { file: "b.yaml", path: "z", message: "4", line: 10 },
      { file: "a.yaml", path: "", message: "1" },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(["1", "2", "3", "4"]);
  });
});
