/**
 * The human-readable table and the one JSON line that ends the output.
 */
import { type BotFigures, STEP_ORDER } from "./figures.js";
import type { MicroFigures } from "./micro.js";
import type { StorageKind } from "./target.js";

export interface StorageFigures {
  /** Students in the load runs (the file store may run fewer to keep within the time budget). */
  students: number;
  bagdar: BotFigures;
  baseline: BotFigures;
  /** Bagdar updates/s ÷ baseline updates/s. */
  ratio_vs_baseline: number;
  /** Baseline CPU per update ÷ Bagdar CPU per update: the same comparison, steadier when other
   * programs take CPU during one of the two runs. */
  cpu_ratio_vs_baseline: number;
}

export interface Report {
  machine: { nproc: number; node: string; cpu: string };
  students: number;
  seed: number;
  fake_bot_api: string;
  startup_ms: number;
  knowledge_load_ms: number;
  recommend_ms: number;
  micro: MicroFigures;
  redis?: StorageFigures;
  file?: StorageFigures;
  ratio_vs_baseline: number;
  targets: Record<string, { target: string; value: number; met: boolean }>;
  elapsed_s: number;
}

/** The issue's targets, judged on this run's figures. */
export function judgeTargets(report: Omit<Report, "targets">): Report["targets"] {
  const bots = [report.redis?.bagdar, report.file?.bagdar].filter((b) => b !== undefined);
  const worstBytes = Math.max(...bots.map((b) => b.bytes_per_student_max));
  const worstSlope = Math.max(...bots.map((b) => b.step_growth));
  const perSecond = report.redis?.bagdar.updates_per_s ?? Number.NaN;
  return {
    updates_per_s_redis: { target: "≥ 1000", value: perSecond, met: perSecond >= 1000 },
    bytes_per_student: { target: "≤ 6144", value: worstBytes, met: worstBytes <= 6144 },
    step_cost_growth: { target: "≤ 1.5", value: worstSlope, met: worstSlope <= 1.5 },
    ratio_vs_baseline: {
      target: "≥ 1.0",
      value: report.ratio_vs_baseline,
      met: report.ratio_vs_baseline >= 1,
    },
    startup_ms: { target: "< 1000", value: report.startup_ms, met: report.startup_ms < 1000 },
    recommend_ms: { target: "< 1", value: report.recommend_ms, met: report.recommend_ms < 1 },
  };
}

const fmt = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

export function printReport(report: Report): void {
  const kinds = (["redis", "file"] as StorageKind[]).filter((k) => report[k] !== undefined);
  const columns = kinds.flatMap((k) => {
    const figures = report[k] as StorageFigures;
    return [
      { head: `Bagdar ${k}`, f: figures.bagdar },
      { head: `baseline ${k}`, f: figures.baseline },
    ];
  });
  const row = (name: string, get: (f: BotFigures) => string) => [
    name,
    ...columns.map((c) => get(c.f)),
  ];
  const lines: string[] = [];
  lines.push("");
  lines.push(
    `Bagdar benchmark — ${report.students} students, seed ${report.seed}, ${report.machine.nproc} cores, Node ${report.machine.node}, fake Bot API: ${report.fake_bot_api}`,
  );
  lines.push("");
  lines.push(
    table([
      ["", ...columns.map((c) => c.head)],
      row("completed questionnaires", (f) => `${f.completed}/${f.students}`),
      row("stuck students / errors", (f) => `${f.stuck} / ${f.errors}`),
      row("updates", (f) => String(f.updates)),
      row("updates/s (load)", (f) => fmt(f.updates_per_s)),
      row("latency p50 under load, ms", (f) => fmt(f.latency_p50_ms)),
      row("latency p99 under load, ms", (f) => fmt(f.latency_p99_ms)),
      row("latency p50 one at a time, ms", (f) => fmt(f.solo_p50_ms, 2)),
      row("latency p99 one at a time, ms", (f) => fmt(f.solo_p99_ms, 2)),
      row("CPU per update (load), ms", (f) => fmt(f.cpu_ms_per_update, 3)),
      row("follow-up answers", (f) => String(f.follow_up_updates)),
      row("first step (q1), CPU ms", (f) => fmt(f.first_step_ms, 2)),
      row("last question step (q7), CPU ms", (f) => fmt(f.last_question_step_ms, 2)),
      row("step cost growth q1→q7 (fitted)", (f) => fmt(f.step_growth, 2)),
      row("final step (with results), CPU ms", (f) => fmt(f.last_step_ms, 2)),
      row("final ÷ q1", (f) => fmt(f.last_to_first, 2)),
      row("Redis commands per update", (f) => fmt(f.redis_commands_per_update, 2)),
      row("stored per student, largest step", (f) => kb(f.bytes_per_student_max)),
      row("peak RSS, MB", (f) => fmt(f.peak_rss_mb, 0)),
    ]),
  );
  lines.push("");
  lines.push(
    "By step, one update at a time: wall ms (median) · CPU ms (lower quartile) · largest state after it, bytes",
  );
  lines.push(
    "(q9, q10: follow-up questions asked only for some answers; final: each student's last update)",
  );
  lines.push(
    table([
      ["step", ...columns.map((c) => c.head)],
      ...STEP_ORDER.map((label) =>
        row(label, (f) => {
          const s = f.steps[label];
          return s === undefined ? "–" : `${fmt(s.ms, 2)} · ${fmt(s.cpu_ms, 2)} · ${s.bytes}`;
        }),
      ),
    ]),
  );
  lines.push("");
  for (const k of kinds) {
    const figures = report[k] as StorageFigures;
    if (figures.students < report.students) {
      lines.push(
        `${k}: ${figures.students} students instead of ${report.students}, to keep the run within its time budget (both bots alike)`,
      );
    }
    lines.push(
      `${k}: Bagdar ÷ baseline updates/s = ${fmt(figures.ratio_vs_baseline, 2)}; by CPU per update = ${fmt(figures.cpu_ratio_vs_baseline, 2)}` +
        (k === "redis"
          ? `; Bagdar's commands: ${JSON.stringify(figures.bagdar.redis_commands)}; baseline's: ${JSON.stringify(figures.baseline.redis_commands)}`
          : ""),
    );
  }
  const after = report.redis?.bagdar.redis_after_run_per_student;
  if (after !== undefined) {
    lines.push(
      `Redis per student after the run (Bagdar, every key): ${Object.entries(after)
        .map(([kind, v]) => `${kind} ${v.keys} keys ${v.bytes} B`)
        .join(", ")}`,
    );
  }
  const m = report.micro;
  lines.push("");
  lines.push(
    `Start-up (fresh process, best of ${m.startupRuns}): ready in ${fmt(m.startup.ready_ms, 0)} ms = modules ${fmt(m.startup.modules_ms, 0)} + config ${fmt(m.startup.config_ms, 1)} + knowledge ${fmt(m.startup.knowledge_ms, 0)} + storage and bot ${fmt(m.startup.bot_ms, 0)}; spawn to ready ${fmt(m.startup.spawn_to_ready_ms, 0)} ms`,
  );
  lines.push(
    `Knowledge load + validation in-process: first ${fmt(m.knowledge_first_ms, 0)} ms, warm ${fmt(m.knowledge_warm_ms, 0)} ms; config parse ${fmt(m.config_parse_ms * 1000, 0)} µs`,
  );
  lines.push(
    `recommend() over ${m.destinations} destinations and ${m.funding_routes} funding routes: mean ${fmt(m.recommend_mean_ms, 3)} ms, p99 ${fmt(m.recommend_p99_ms, 3)} ms, max ${fmt(m.recommend_max_ms, 2)} ms, first call ${fmt(m.recommend_first_ms, 2)} ms (${m.recommend_calls} calls)`,
  );
  lines.push("");
  lines.push("Targets (issue 8):");
  for (const [name, t] of Object.entries(report.targets)) {
    lines.push(`  ${t.met ? "met    " : "NOT met"}  ${name} ${t.target}: ${fmt(t.value, 2)}`);
  }
  lines.push(`Finished in ${fmt(report.elapsed_s, 0)} s.`);
  console.log(lines.join("\n"));
  console.log(JSON.stringify(report));
}
