"""Scenario "latency" (goal 2): publish -> received at a paced rate, percentiles per repetition.

Each run: {"rep", "contender", "sub_rc", "pub_rc", "loadavg", "sub", "pub", "gateway",
"latency": percentiles of the contender's latency file (for the app: publish -> model row),
"notify_latency": the app's publish -> D-Bus Notify percentiles (else null)}. Percentiles are
nearest-rank over every message of one run; the table shows their median [min-max] over runs.
"""

from . import render, stats

GOAL_P50_US = 60.0
GOAL_P99_US = 400.0

# (contender, which latency, label of the point of measurement)
POINTS = [
    ("raw", "latency", "raw hiredis: reply read"),
    ("herald", "latency", "Herald core: notification parsed"),
    ("app", "latency", "tray app: row in the model"),
    ("app", "notify_latency", "tray app: D-Bus Notify received"),
    ("ioredis", "latency", "seed ioredis: JSON.parse'd"),
    ("socketio", "latency", "seed chain: socket.io-client event"),
]
QUANTILES = [("p50", "p50_us"), ("p90", "p90_us"), ("p99", "p99_us"), ("p99.9", "p99_9_us"),
             ("max", "max_us")]


def line(run):
    s, lat = run.get("sub") or {}, run.get("latency") or {}
    parts = [f"[latency] rep {run['rep']} {run['contender']:<8}",
             f"got {s.get('received')}/{s.get('expected')}"]
    if lat.get("n"):
        parts.append(f"p50 {lat['p50_us']:.0f} us p99 {lat['p99_us']:.0f} us "
                     f"max {lat['max_us']:.0f} us")
    notify = run.get("notify_latency") or {}
    if notify.get("n"):
        parts.append(f"| Notify ({notify['n']}) p50 {notify['p50_us']:.0f} us "
                     f"p99 {notify['p99_us']:.0f} us")
    if s.get("lost"):
        parts.append(f"LOST {s['lost']}")
    pub = run.get("pub") or {}
    if pub.get("late_sends"):
        parts.append(f"(publisher late {pub['late_sends']}x, "
                     f"max {pub.get('max_late_us', 0):.0f} us)")
    return " ".join(parts)


def point_data(runs, contender, key):
    rs = [r for r in runs if r["contender"] == contender]
    if not rs:
        return None
    lats = [r.get(key) or {} for r in rs]
    subs = [r.get("sub") or {} for r in rs]
    data = {q: stats.spread([lat.get(field) for lat in lats]) for q, field in QUANTILES}
    data.update({
        "runs": len(rs), "samples": sum(lat.get("n") or 0 for lat in lats),
        "expected": sum(s.get("expected") or 0 for s in subs),
        "lost": stats.total([s.get("lost") for s in subs]),
        "late_sends": sum((r.get("pub") or {}).get("late_sends") or 0 for r in rs),
    })
    return data


def us(v):
    return f"{v:,.0f}"


def table_rows(points):
    rows = []
    for (contender, key, label), data in points:
        rows.append([label] + [render.fmt_spread(data[q], us) for q, _ in QUANTILES] +
                    [f"{data['samples']:,}/{data['expected']:,}", render.fmt_count(data["lost"])])
    return rows


def goals_for(core):
    if not core or not core["p50"]:
        return [render.goal(f"Herald core: p50 <= {GOAL_P50_US:.0f} us, "
                            f"p99 <= {GOAL_P99_US:.0f} us", "-", None, "not measured")]
    return [
        render.goal(f"Herald core: publish -> parsed p50 <= {GOAL_P50_US:.0f} us",
                    f"{render.fmt_spread(core['p50'], us)} us",
                    core["p50"]["median"] <= GOAL_P50_US),
        render.goal(f"Herald core: publish -> parsed p99 <= {GOAL_P99_US:.0f} us",
                    f"{render.fmt_spread(core['p99'], us)} us",
                    core["p99"]["median"] <= GOAL_P99_US),
        render.goal("Herald core: nothing lost", f"lost {core['lost']}", core["lost"] == 0),
    ]


def summary_rows(by_point, goals):
    core = by_point.get(("herald", "latency"))
    seed = by_point.get(("socketio", "latency"))
    model = by_point.get(("app", "latency"))
    notify = by_point.get(("app", "notify_latency"))
    out = []
    if core and core["p50"]:
        out.append({"measure": "publish -> parsed, p50 / p99 us",
                    "herald": f"{us(core['p50']['median'])} / {us(core['p99']['median'])}",
                    "comparison": f"seed chain {us(seed['p50']['median'])} / "
                                  f"{us(seed['p99']['median'])}" if seed and seed["p50"] else "",
                    "goal": f"<= {GOAL_P50_US:.0f} / {GOAL_P99_US:.0f}",
                    "met": render.all_met(goals)})
    if model and model["p50"]:
        text = f"model {us(model['p50']['median'])} / {us(model['p99']['median'])}"
        if notify and notify["p50"]:
            text += f"; Notify {us(notify['p50']['median'])} / {us(notify['p99']['median'])}"
        out.append({"measure": "tray app: publish -> model row, -> D-Bus Notify, p50 / p99 us",
                    "herald": text, "comparison": "", "goal": "", "met": None})
    return out


def summarize(runs, params):
    by_point = {}
    points = []
    for contender, key, label in POINTS:
        data = point_data(runs, contender, key)
        if data:
            by_point[(contender, key)] = data
            points.append(((contender, key, label), data))
    goals = goals_for(by_point.get(("herald", "latency")))
    rate, seconds = params.get("rate", "?"), params.get("seconds", "?")
    head = ["measured at"] + [f"{q} us" for q, _ in QUANTILES] + ["samples", "lost"]
    notes = [
        f"Paced publisher: {rate} msg/s for {seconds} s over {params.get('channels', '?')} "
        "channels of one pattern, each payload stamped with its CLOCK_MONOTONIC send time just "
        "before write(); every contender subtracts it from its own receive time. Per run, "
        "nearest-rank percentiles over all its messages; the table shows their median "
        "[min-max] over the repetitions. The tray app lets every message pop up (100 popups a "
        "second per channel), so Notify latency covers every message.",
    ]
    return {
        "title": f"Latency: publish -> received at {rate} msg/s for {seconds} s, "
                 f"{params.get('reps', '?')} repetition(s)",
        "notes": notes,
        "tables": [{"caption": "", "head": head, "rows": table_rows(points)}],
        "goals": goals, "summary_rows": summary_rows(by_point, goals),
        "data": {f"{c}:{k}": d for (c, k), d in by_point.items()},
    }
