#!/usr/bin/env python3
"""Statistics, tables and result files for bench/run (Python standard library only).

  report.py line SCENARIO RUN_JSON          one progress line for one measurement (stderr)
  report.py SCENARIO RUNS.jsonl --out-dir DIR --env ENV.json [--param VALUE]... [--check]
                                            the scenario's table; DIR/SCENARIO.json and .md
  report.py summary DIR [--scenarios a,b]   one table of every scenario's headline figures and
                                            goals; DIR/summary.md
  report.py latency-stats FILE              percentiles (us) of a file of ns latencies, as JSON

RUNS.jsonl holds one JSON object per measurement, written by scenarios/SCENARIO.sh; each
scenario's module in benchreport/ documents its fields and computes its table and goals. Every
"median [min-max]" is over the repetitions; every ratio is computed per repetition (the two runs
of a pair ran back to back) and then summarized the same way.
"""

import argparse
import datetime
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from benchreport import render, stats  # noqa: E402

SCENARIOS = ["ingest", "latency", "socketio", "ui", "memory", "startup", "idle", "growth"]


def module(scenario):
    return importlib.import_module(f"benchreport.scenario_{scenario}")


def read_runs(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def machine_line(env):
    if not env:
        return "machine: unknown"
    return (f"{env.get('cores')} cores ({env.get('cpu')}), {env.get('ram_gib')} GiB RAM, "
            f"{env.get('os')}; Redis {env.get('redis')}, hiredis {env.get('hiredis')}, "
            f"Qt {env.get('qt')}, SQLite {env.get('sqlite')}, Node {env.get('node')}; "
            f"load average at start {env.get('loadavg_start')}; {env.get('date')}")


def report_lines(rep, markdown):
    out = []
    for table in rep["tables"]:
        if table.get("caption"):
            out += [table["caption"], ""] if markdown else [table["caption"]]
        out += render.table_lines(table["head"], table["rows"], markdown) + [""]
    for line in rep.get("ratio_lines", []):
        out.append(f"- {line}" if markdown else line)
    if rep.get("ratio_lines"):
        out.append("")
    goals = rep.get("goals", [])
    if goals:
        out += ["```"] if markdown else []
        out += ["Goals:"] + render.goal_lines(goals)
        out += ["```"] if markdown else []
    return out


def write_scenario(args, rep, runs, env):
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    params = dict(zip(args.param[::2], args.param[1::2])) if args.param else {}
    result = {"scenario": args.scenario, "generated": now, "environment": env,
              "parameters": params, **rep, "runs": runs}
    with open(os.path.join(args.out_dir, f"{args.scenario}.json"), "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    md = [f"# {rep['title']}", "", f"Measured {now} on {machine_line(env)}.", ""]
    md += rep.get("notes", []) + [""] + report_lines(rep, markdown=True)
    with open(os.path.join(args.out_dir, f"{args.scenario}.md"), "w") as f:
        f.write("\n".join(md) + "\n")


def cmd_scenario(argv):
    p = argparse.ArgumentParser(prog="report.py SCENARIO")
    p.add_argument("scenario", choices=SCENARIOS)
    p.add_argument("runs")
    p.add_argument("--out-dir", required=True)
    p.add_argument("--env")
    p.add_argument("--check", action="store_true")
    args, rest = p.parse_known_args(argv)
    # --name value pairs for the scenario (count, reps, ...), kept as parameters.
    args.param = []
    for i in range(0, len(rest) - 1, 2):
        args.param += [rest[i].lstrip("-"), rest[i + 1]]
    params = dict(zip(args.param[::2], args.param[1::2]))
    runs = read_runs(args.runs)
    env = read_json(args.env) if args.env else None
    rep = module(args.scenario).summarize(runs, params)
    print()
    print(rep["title"])
    for line in rep.get("notes_text", []):
        print(line)
    print()
    for line in report_lines(rep, markdown=False):
        print(line)
    print(f"Results: {os.path.join(args.out_dir, args.scenario)}.json and .md")
    write_scenario(args, rep, runs, env)
    missed = any(g["met"] is False for g in rep.get("goals", []))
    return 1 if args.check and missed else 0


SUMMARY_HEAD = ["scenario", "measure", "Herald", "for comparison", "goal", ""]


def summary_table(results):
    rows = []
    for res in results:
        for row in res.get("summary_rows", []):
            rows.append([res["scenario"], row["measure"], row["herald"], row.get("comparison", ""),
                         row.get("goal", ""), render.mark(row.get("met"))
                         if row.get("goal") else ""])
    return rows


def cmd_summary(argv):
    p = argparse.ArgumentParser(prog="report.py summary")
    p.add_argument("dir")
    p.add_argument("--scenarios", default=",".join(SCENARIOS))
    p.add_argument("--elapsed", default="")
    p.add_argument("--check", action="store_true")
    args = p.parse_args(argv)
    results = [read_json(os.path.join(args.dir, f"{s}.json")) for s in args.scenarios.split(",")]
    results = [r for r in results if r]
    if not results:
        print("no results to summarize")
        return 1
    env = results[0].get("environment")
    rows = summary_table(results)
    goals = [g for r in results for g in r.get("goals", [])]
    met = sum(1 for g in goals if g["met"] is True)
    missed = sum(1 for g in goals if g["met"] is False)
    open_ = sum(1 for g in goals if g["met"] is None)
    tally = f"Goals: {met} met, {missed} missed, {open_} not evaluated."
    took = f" The run took {args.elapsed}." if args.elapsed else ""
    print()
    print(f"Summary ({machine_line(env)})")
    print()
    for line in render.table_lines(SUMMARY_HEAD, rows, markdown=False):
        print(line)
    print()
    print(tally + took)
    md = ["# Herald benchmarks: summary", "", f"Measured on {machine_line(env)}.{took}", "",
          "Figures are medians over the repetitions, with [min\u2013max]; ratios are computed "
          "per repetition. Each scenario's own table is in its .md file beside this one.", ""]
    md += render.table_lines(SUMMARY_HEAD, rows, markdown=True) + ["", tally, ""]
    with open(os.path.join(args.dir, "summary.md"), "w") as f:
        f.write("\n".join(md))
    print(f"Summary: {os.path.join(args.dir, 'summary.md')}")
    return 1 if args.check and missed else 0


def main():
    argv = sys.argv[1:]
    if len(argv) == 3 and argv[0] == "line":
        print(module(argv[1]).line(json.loads(argv[2])))
        return 0
    if len(argv) == 2 and argv[0] == "latency-stats":
        print(json.dumps(stats.latency_stats(argv[1])))
        return 0
    if argv and argv[0] == "summary":
        return cmd_summary(argv[1:])
    return cmd_scenario(argv)


if __name__ == "__main__":
    sys.exit(main())
