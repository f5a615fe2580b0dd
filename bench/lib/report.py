#!/usr/bin/env python3
"""Statistics, table and result files for bench/run (Python standard library only).

  report.py ingest-line JSON            one progress line for one measurement (stderr of run)
  report.py ingest RUNS.jsonl --json F --markdown F [metadata options] [--check]

RUNS.jsonl holds one object per measurement, written by scenarios/ingest.sh:
  {"scenario", "mode", "rep", "contender", "sub_rc", "pub_rc", "redis_cpu_s", "loadavg",
   "sub": RESULT of the subscriber, "pub": RESULT of the publisher}
"""

import argparse
import datetime
import json
import statistics
import sys

MIB = 1024.0

# The goal of the ingest scenario (issue: first benchmark), checked on the blast publisher.
GOAL_RATIO = 0.75
GOAL_RSS_MIB = 25.0
GOAL_MODE = "blast"


def rate_of(run):
    sub = run.get("sub") or {}
    return float(sub.get("msgs_per_s") or 0.0)


def pub_to_last_rate(run):
    """Messages received / (publisher's first write -> subscriber's last message)."""
    sub, pub = run.get("sub") or {}, run.get("pub") or {}
    try:
        span = (sub["t_last_ns"] - pub["t_start_ns"]) / 1e9
    except (KeyError, TypeError):
        return None
    if span <= 0 or not sub.get("received"):
        return None
    return sub["received"] / span


def cpu_us_per_msg(run):
    sub = run.get("sub") or {}
    if not sub.get("received") or sub.get("cpu_s") is None:
        return None
    return sub["cpu_s"] / sub["received"] * 1e6


def rss_mib(run):
    sub = run.get("sub") or {}
    kib = sub.get("vmhwm_kib")
    return None if kib is None or kib < 0 else kib / MIB


def spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def total(runs, key):
    """Sum of a count field over runs; None when no run reports it (raw has no dup check)."""
    values = [(r.get("sub") or {}).get(key) for r in runs]
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def fmt_rate(v):
    return "-" if v is None else f"{v / 1000:,.0f}k"


def fmt_spread_rate(s):
    if not s:
        return "-"
    return f"{fmt_rate(s['median'])} [{fmt_rate(s['min'])}-{fmt_rate(s['max'])}]"


def fmt_ratio(s):
    if not s:
        return "-"
    return f"{s['median']:.2f} [{s['min']:.2f}-{s['max']:.2f}]"


def fmt_count(v):
    return "n/a" if v is None else str(v)


def ingest_line(run):
    sub = run.get("sub") or {}
    pub = run.get("pub") or {}
    parts = [f"[ingest] {run['mode']:<9} rep {run['rep']} {run['contender']:<6}"]
    if not sub:
        parts.append(f"NO RESULT (subscriber exit {run['sub_rc']})")
        return " ".join(parts)
    parts.append(f"{rate_of(run):>11,.0f} msg/s")
    p2l = pub_to_last_rate(run)
    if p2l:
        parts.append(f"(pub->last {p2l:,.0f})")
    parts.append(f"got {sub.get('received')}/{sub.get('expected')}")
    if sub.get("lost"):
        parts.append(f"LOST {sub['lost']}")
    if sub.get("duplicates"):
        parts.append(f"DUP {sub['duplicates']}")
    if sub.get("out_of_order"):
        parts.append(f"OOO {sub['out_of_order']}")
    if sub.get("disconnected"):
        parts.append("DISCONNECTED")
    if run.get("redis_drops"):
        parts.append(f"DROPPED BY REDIS x{run['redis_drops']}")
    if sub.get("timed_out"):
        parts.append("TIMED OUT")
    rss = rss_mib(run)
    if rss is not None:
        parts.append(f"rss {rss:.1f} MiB")
    cpu = cpu_us_per_msg(run)
    if cpu is not None:
        parts.append(f"cpu {cpu:.2f} us/msg")
    if sub.get("cpu_busy") is not None:
        parts.append(f"busy {sub['cpu_busy']:.2f}")
    if run.get("redis_cpu_s") is not None:
        parts.append(f"redis cpu {run['redis_cpu_s']:.2f}s")
    if pub and pub.get("receivers_1") != pub.get("count"):
        parts.append(f"pub: {pub.get('receivers_1')} of {pub.get('count')} had 1 receiver")
    return " ".join(parts)


def summarize_ingest(runs):
    modes = []
    for r in runs:
        if r["mode"] not in modes:
            modes.append(r["mode"])
    rows, ratios = [], {}
    for mode in modes:
        by_rep = {}
        for r in runs:
            if r["mode"] == mode:
                by_rep.setdefault(r["rep"], {})[r["contender"]] = r
        per_rep = []
        for rep in sorted(by_rep):
            pair = by_rep[rep]
            if "raw" in pair and "herald" in pair and rate_of(pair["raw"]) > 0:
                per_rep.append({"rep": rep, "herald": rate_of(pair["herald"]),
                                "raw": rate_of(pair["raw"]),
                                "ratio": rate_of(pair["herald"]) / rate_of(pair["raw"])})
        ratios[mode] = {"per_rep": per_rep, **(spread([p["ratio"] for p in per_rep]) or {})}
        for contender in ("raw", "herald"):
            rs = [r for r in runs if r["mode"] == mode and r["contender"] == contender]
            if not rs:
                continue
            subs = [r.get("sub") or {} for r in rs]
            rows.append({
                "mode": mode,
                "contender": contender,
                "runs": len(rs),
                "failed_runs": sum(1 for r in rs if r["sub_rc"] != 0 or not r.get("sub")),
                "msgs_per_s": spread([rate_of(r) for r in rs]),
                "pub_to_last_msgs_per_s": spread([pub_to_last_rate(r) for r in rs]),
                "publisher_msgs_per_s": spread([(r.get("pub") or {}).get("msgs_per_s")
                                                for r in rs]),
                "peak_rss_mib": spread([rss_mib(r) for r in rs]),
                "cpu_us_per_msg": spread([cpu_us_per_msg(r) for r in rs]),
                "cpu_busy": spread([s.get("cpu_busy") for s in subs]),
                "redis_cpu_s": spread([r.get("redis_cpu_s") for r in rs]),
                "lost": total(rs, "lost"),
                "duplicates": total(rs, "duplicates"),
                "out_of_order": total(rs, "out_of_order"),
                "disconnected_runs": sum(1 for s in subs if s.get("disconnected")),
                "redis_drops": sum(r.get("redis_drops") or 0 for r in rs),
                "timed_out_runs": sum(1 for s in subs if s.get("timed_out")),
                "ratio_herald_over_raw": ratios[mode] if contender == "herald" else None,
            })
    return rows, ratios


def ingest_goal(rows, ratios):
    herald = next((r for r in rows if r["mode"] == GOAL_MODE and r["contender"] == "herald"), None)
    ratio = ratios.get(GOAL_MODE) or {}
    if not herald or "median" not in ratio:
        return {"evaluated": False, "passed": False,
                "reason": f"no complete {GOAL_MODE} pairs to evaluate"}
    checks = {
        "ratio_median_at_least_0.75": ratio["median"] >= GOAL_RATIO,
        "no_message_lost": herald["lost"] == 0 and herald["duplicates"] == 0
        and herald["failed_runs"] == 0,
        "never_disconnected": herald["disconnected_runs"] == 0 and herald["redis_drops"] == 0,
        "peak_rss_under_25_mib": herald["peak_rss_mib"] is not None
        and herald["peak_rss_mib"]["max"] < GOAL_RSS_MIB,
    }
    return {"evaluated": True, "mode": GOAL_MODE, "checks": checks,
            "passed": all(checks.values()),
            "ratio": {k: ratio[k] for k in ("median", "min", "max")},
            "herald_peak_rss_mib_max": herald["peak_rss_mib"]["max"] if herald["peak_rss_mib"]
            else None}


def table_lines(rows, markdown):
    head = ["contender", "publisher", "msgs/s median [min-max]", "pub->last msgs/s",
            "herald/raw per rep [min-max]", "peak RSS MiB med (max)", "CPU us/msg", "core busy",
            "lost", "dup", "out-of-order", "disconnected runs"]
    body = []
    for r in rows:
        rss = r["peak_rss_mib"]
        cpu = r["cpu_us_per_msg"]
        p2l = r["pub_to_last_msgs_per_s"]
        body.append([
            r["contender"], r["mode"], fmt_spread_rate(r["msgs_per_s"]),
            fmt_rate(p2l["median"]) if p2l else "-",
            fmt_ratio(r["ratio_herald_over_raw"]) if r["contender"] == "herald" else "",
            f"{rss['median']:.1f} ({rss['max']:.1f})" if rss else "-",
            f"{cpu['median']:.2f}" if cpu else "-",
            f"{r['cpu_busy']['median']:.2f}" if r["cpu_busy"] else "-",
            fmt_count(r["lost"]), fmt_count(r["duplicates"]), fmt_count(r["out_of_order"]),
            f"{r['disconnected_runs']}/{r['runs']}"
            + (f" (Redis drops: {r['redis_drops']})" if r["redis_drops"] else ""),
        ])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return lines
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    return [fmt.format(*head), fmt.format(*("-" * w for w in widths))] + \
        [fmt.format(*row) for row in body]


def ratio_lines(ratios):
    out = []
    for mode, ratio in ratios.items():
        reps = ", ".join(f"{p['ratio']:.2f}" for p in ratio["per_rep"])
        out.append(f"herald/raw per repetition, {mode}: {reps or '-'}")
    return out


def goal_lines(goal):
    if not goal["evaluated"]:
        return [f"Goal: not evaluated ({goal['reason']})"]
    c = goal["checks"]
    mark = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731
    return [
        f"Goal ({goal['mode']} publisher): {mark(goal['passed'])}",
        f"  ratio herald/raw median >= {GOAL_RATIO}: {goal['ratio']['median']:.2f} "
        f"[{goal['ratio']['min']:.2f}-{goal['ratio']['max']:.2f}]  "
        f"{mark(c['ratio_median_at_least_0.75'])}",
        f"  no message lost or duplicated:    {mark(c['no_message_lost'])}",
        f"  never dropped by Redis (output-buffer limit): {mark(c['never_disconnected'])}",
        f"  peak RSS < {GOAL_RSS_MIB:.0f} MiB (max over reps): "
        f"{goal['herald_peak_rss_mib_max']:.1f} MiB  {mark(c['peak_rss_under_25_mib'])}",
    ]


def cmd_ingest(args):
    with open(args.runs) as f:
        runs = [json.loads(line) for line in f if line.strip()]
    rows, ratios = summarize_ingest(runs)
    goal = ingest_goal(rows, ratios)
    env = {
        "cpu": args.cpu, "cores": args.cores, "redis": args.redis_version,
        "hiredis": args.hiredis_version, "qt": args.qt_version,
        "client_output_buffer_limit": args.client_output_buffer_limit, "git": args.git,
        "loadavg_at_runs": spread([r.get("loadavg") for r in runs]),
    }
    params = {"count": args.count, "payload_bytes": args.size, "pipelined_batch": args.batch,
              "reps": args.reps}
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    result = {"scenario": "ingest", "generated": now, "environment": env, "parameters": params,
              "definition": "msgs/s = messages after the first delivery / (last delivery - "
                            "first delivery), subscriber side; pub->last = messages / "
                            "(publisher's first write -> subscriber's last message)",
              "summary": rows, "ratios": ratios, "goal": goal, "runs": runs}
    with open(args.json, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")

    title = (f"Ingest: {args.count:,} x {args.size}-byte JSON, {args.reps} repetition(s), "
             f"{args.cores} cores ({args.cpu}), Redis {args.redis_version}, "
             f"hiredis {args.hiredis_version}, Qt {args.qt_version}")
    print()
    print(title)
    print(f"client-output-buffer-limit: {args.client_output_buffer_limit}")
    print()
    for line in table_lines(rows, markdown=False):
        print(line)
    print()
    for line in ratio_lines(ratios) + [""] + goal_lines(goal):
        print(line)
    print()
    print(f"Results: {args.json}, {args.markdown}")

    md = [f"# Ingest benchmark ({now})", "", title + ".",
          f"Redis client-output-buffer-limit (default): `{args.client_output_buffer_limit}`.",
          f"Load average at the start of the runs: median "
          f"{env['loadavg_at_runs']['median']:.2f} (max {env['loadavg_at_runs']['max']:.2f})."
          if env["loadavg_at_runs"] else "", "",
          "msgs/s: subscriber side, first delivery to last; pub->last: publisher's first "
          "write to the subscriber's last message; ratio: herald/raw of the same repetition.",
          ""]
    md += table_lines(rows, markdown=True)
    md += [""] + [f"- {line}" for line in ratio_lines(ratios)] + [""]
    md += ["```"] + goal_lines(goal) + ["```", ""]
    with open(args.markdown, "w") as f:
        f.write("\n".join(md))
    if args.check and not goal["passed"]:
        return 1
    return 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "ingest-line":
        print(ingest_line(json.loads(sys.argv[2])))
        return 0
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("ingest")
    q.add_argument("runs")
    q.add_argument("--json", required=True)
    q.add_argument("--markdown", required=True)
    q.add_argument("--count", type=int, default=0)
    q.add_argument("--size", type=int, default=0)
    q.add_argument("--batch", type=int, default=0)
    q.add_argument("--reps", type=int, default=0)
    q.add_argument("--redis-version", default="?")
    q.add_argument("--hiredis-version", default="?")
    q.add_argument("--qt-version", default="?")
    q.add_argument("--client-output-buffer-limit", default="?")
    q.add_argument("--cpu", default="?")
    q.add_argument("--cores", default="?")
    q.add_argument("--git", default="?")
    q.add_argument("--check", action="store_true")
    args = p.parse_args()
    return cmd_ingest(args)


if __name__ == "__main__":
    sys.exit(main())
