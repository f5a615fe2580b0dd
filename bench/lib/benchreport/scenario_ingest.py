"""Scenario "ingest" (goal 1): burst throughput of every contender against the raw limit.

Each run: {"mode", "rep", "contender", "sub_rc", "pub_rc", "redis_cpu_s", "redis_drops",
"loadavg", "sub": the subscriber's RESULT, "pub": the publisher's, "gateway": the Socket.IO
gateway's (socketio only)}.
"""

from . import render, stats

ORDER = ["raw", "herald", "app", "ioredis", "socketio"]
GOAL_MODE = "blast"
GOAL_CORE_RATIO = 0.75
GOAL_CORE_RSS_MIB = 25.0
GOAL_APP_RATIO = 0.25
GOAL_APP_RSS_MIB = 80.0


def sub(run):
    return run.get("sub") or {}


def rate(run):
    return sub(run).get("msgs_per_s") or None


def pub_to_last(run):
    s, p = sub(run), run.get("pub") or {}
    try:
        span = (s["t_last_ns"] - p["t_start_ns"]) / 1e9
    except (KeyError, TypeError):
        return None
    return s["received"] / span if span > 0 and s.get("received") else None


def gateway(run):
    return run.get("gateway") or {}


def cpu_us_per_msg(run):
    """CPU after READY per message received; socketio adds its gateway's."""
    s, g = sub(run), gateway(run)
    if not s.get("received") or s.get("cpu_s") is None:
        return None
    cpu = s["cpu_s"] - (s.get("cpu_ready_s") or 0)
    if g.get("cpu_s") is not None:
        cpu += g["cpu_s"] - (g.get("cpu_ready_s") or 0)
    return cpu / s["received"] * 1e6


def rss_mib(run):
    """Peak RSS of the contender's processes (socketio: gateway + client)."""
    kib = sub(run).get("vmhwm_kib")
    if kib is None or kib < 0:
        return None
    return (kib + (gateway(run).get("vmhwm_kib") or 0)) / stats.MIB


def disconnected(run):
    return bool(sub(run).get("disconnected") or run.get("redis_drops")
                or gateway(run).get("redis_disconnects"))


def line(run):
    s = sub(run)
    head = f"[ingest] {run['mode']:<9} rep {run['rep']} {run['contender']:<8}"
    if not s:
        return f"{head} NO RESULT (exit {run.get('sub_rc')})"
    parts = [head, f"{rate(run) or 0:>11,.0f} msg/s",
             f"got {s.get('received')}/{s.get('expected')}"]
    for key, label in (("lost", "LOST"), ("duplicates", "DUP"), ("out_of_order", "OOO")):
        if s.get(key):
            parts.append(f"{label} {s[key]}")
    if disconnected(run):
        parts.append("DISCONNECTED")
    if run.get("redis_drops"):
        parts.append(f"dropped by Redis x{run['redis_drops']}")
    if s.get("timed_out"):
        parts.append("timed out")
    if rss_mib(run) is not None:
        parts.append(f"rss {rss_mib(run):.1f} MiB")
    if cpu_us_per_msg(run) is not None:
        parts.append(f"cpu {cpu_us_per_msg(run):.2f} us/msg")
    return " ".join(parts)


def modes_of(runs):
    modes = []
    for r in runs:
        if r["mode"] not in modes:
            modes.append(r["mode"])
    return modes


def row_data(rs, ratio):
    subs = [sub(r) for r in rs]
    return {
        "runs": len(rs),
        "failed_runs": sum(1 for r in rs if r.get("sub_rc") != 0 or not sub(r)),
        "msgs_per_s": stats.spread([rate(r) for r in rs]),
        "pub_to_last_msgs_per_s": stats.spread([pub_to_last(r) for r in rs]),
        "peak_rss_mib": stats.spread([rss_mib(r) for r in rs]),
        "cpu_us_per_msg": stats.spread([cpu_us_per_msg(r) for r in rs]),
        "cpu_busy": stats.spread([s.get("cpu_busy") for s in subs]),
        "lost": stats.total([s.get("lost") for s in subs]),
        "duplicates": stats.total([s.get("duplicates") for s in subs]),
        "out_of_order": stats.total([s.get("out_of_order") for s in subs]),
        "disconnected_runs": sum(1 for r in rs if disconnected(r)),
        "redis_drops": sum(r.get("redis_drops") or 0 for r in rs),
        "ratio_to_raw": ratio,
    }


def summarize_rows(runs):
    rows = []
    for mode in modes_of(runs):
        in_mode = [r for r in runs if r["mode"] == mode]
        present = [c for c in ORDER if any(r["contender"] == c for r in in_mode)]
        for contender in present:
            rs = [r for r in in_mode if r["contender"] == contender]
            ratio = None
            if contender != "raw":
                ratio = stats.ratio_summary(stats.per_rep_ratios(in_mode, rate, contender, "raw"))
            rows.append({"mode": mode, "contender": contender, **row_data(rs, ratio)})
    return rows


HEAD = ["contender", "publisher", "msgs/s", "pub->last msgs/s", "/raw per rep",
        "peak RSS MiB", "CPU us/msg", "core busy", "lost", "dup", "out-of-order",
        "disconnected runs"]


def table_row(r):
    ratio = r["ratio_to_raw"]
    p2l = r["pub_to_last_msgs_per_s"]
    return [
        r["contender"], r["mode"], render.fmt_spread(r["msgs_per_s"], render.fmt_rate),
        render.fmt_rate(p2l["median"]) if p2l else "-",
        render.fmt_spread(ratio, lambda v: f"{v:.2f}") if ratio and ratio.get("n") else "",
        render.fmt_spread(r["peak_rss_mib"]),
        render.fmt_spread(r["cpu_us_per_msg"], lambda v: f"{v:.2f}"),
        render.fmt_num(r["cpu_busy"]["median"], 2) if r["cpu_busy"] else "-",
        render.fmt_count(r["lost"]), render.fmt_count(r["duplicates"]),
        render.fmt_count(r["out_of_order"]),
        f"{r['disconnected_runs']}/{r['runs']}"
        + (f" (Redis drops: {r['redis_drops']})" if r["redis_drops"] else ""),
    ]


def find(rows, contender, mode=GOAL_MODE):
    return next((r for r in rows if r["contender"] == contender and r["mode"] == mode), None)


def ratio_text(r):
    ratio = r and r["ratio_to_raw"]
    return render.fmt_spread(ratio, lambda v: f"{v:.2f}") if ratio and ratio.get("n") else "-"


def ratio_met(r, least):
    ratio = r["ratio_to_raw"] or {}
    return ratio["median"] >= least if ratio.get("n") else None


def clean(r):
    return r["lost"] == 0 and not r["duplicates"] and r["failed_runs"] == 0


def core_goals(core):
    rss = core["peak_rss_mib"]
    return [
        render.goal(f"Herald core/raw (blast) >= {GOAL_CORE_RATIO}", ratio_text(core),
                    ratio_met(core, GOAL_CORE_RATIO)),
        render.goal("Herald core: nothing lost or duplicated, never disconnected",
                    f"lost {core['lost']}, dup {core['duplicates']}, disconnected "
                    f"{core['disconnected_runs']}/{core['runs']}",
                    clean(core) and core["disconnected_runs"] == 0),
        render.goal(f"Herald core: peak RSS < {GOAL_CORE_RSS_MIB:.0f} MiB (max)",
                    f"{rss['max']:.1f} MiB" if rss else "-",
                    rss["max"] < GOAL_CORE_RSS_MIB if rss else None),
    ]


def app_goals(app):
    rss = app["peak_rss_mib"]
    # A peak reached on part of the burst says nothing about the whole: judged only when every
    # message arrived.
    rss_met = rss["max"] <= GOAL_APP_RSS_MIB if rss and app["lost"] == 0 else None
    return [
        render.goal(f"tray app/raw (blast) >= {GOAL_APP_RATIO}", ratio_text(app),
                    ratio_met(app, GOAL_APP_RATIO)),
        render.goal("tray app: nothing lost, never disconnected by Redis",
                    f"lost {app['lost']:,}, disconnected "
                    f"{app['disconnected_runs']}/{app['runs']}",
                    clean(app) and app["disconnected_runs"] == 0),
        render.goal(f"tray app: memory bounded, peak RSS <= {GOAL_APP_RSS_MIB:.0f} MiB (max)",
                    f"{rss['max']:.1f} MiB" if rss else "-", rss_met,
                    "" if rss_met is not None else "not judged: part of the burst was lost"),
    ]


def seed_text(seed, ioredis):
    parts = []
    if seed:
        parts.append(f"socket.io chain {ratio_text(seed)} of raw, lost {seed['lost']:,}, "
                     f"disconnected {seed['disconnected_runs']}/{seed['runs']}")
    if ioredis:
        parts.append(f"ioredis {ratio_text(ioredis)}")
    return "; ".join(parts)


def summary_rows(rows):
    out = []
    raw, core, app = find(rows, "raw"), find(rows, "herald"), find(rows, "app")
    if core:
        out.append({
            "measure": "burst msgs/s, core (/raw per rep)",
            "herald": f"{render.fmt_spread(core['msgs_per_s'], render.fmt_rate)} "
                      f"({ratio_text(core)})",
            "comparison": "raw hiredis "
                          f"{render.fmt_spread(raw['msgs_per_s'], render.fmt_rate)}" if raw else "",
            "goal": f">= {GOAL_CORE_RATIO} of raw", "met": render.all_met(core_goals(core)[:1])})
    if app:
        peak = app["peak_rss_mib"]["max"] if app["peak_rss_mib"] else None
        out.append({
            "measure": "burst msgs/s, tray app (/raw per rep)",
            "herald": f"{render.fmt_spread(app['msgs_per_s'], render.fmt_rate)} "
                      f"({ratio_text(app)}), lost {app['lost']:,}, peak "
                      f"{render.fmt_num(peak)} MiB",
            "comparison": seed_text(find(rows, "socketio"), find(rows, "ioredis")),
            "goal": f">= {GOAL_APP_RATIO} of raw, nothing lost, <= {GOAL_APP_RSS_MIB:.0f} MiB",
            "met": render.all_met(app_goals(app))})
    return out


def summarize(runs, params):
    rows = summarize_rows(runs)
    core, app = find(rows, "herald"), find(rows, "app")
    goals = (core_goals(core) if core else []) + (app_goals(app) if app else [])
    ratio_lines = []
    for r in rows:
        if r["ratio_to_raw"] and r["ratio_to_raw"]["per_rep"]:
            reps = ", ".join(f"{p['ratio']:.2f}" for p in r["ratio_to_raw"]["per_rep"])
            ratio_lines.append(f"{r['contender']}/raw per repetition, {r['mode']}: {reps}")
    count, size, reps = params.get("count", "?"), params.get("size", "?"), params.get("reps", "?")
    notes = [
        "msgs/s: subscriber side, messages after the first delivery / (last delivery - first "
        "delivery); pub->last: messages / (publisher's first write -> last message); /raw: the "
        "contender's msgs/s over raw's in the same repetition. CPU after READY per message; "
        "socketio's CPU and RSS add its gateway's. app: the tray app, messages counted when "
        "stored (HistoryStore), lost/duplicates checked in its database afterwards.",
    ]
    return {
        "title": f"Ingest: {int(count):,} x {size}-byte JSON burst, {reps} repetition(s)",
        "notes": notes, "notes_text": [],
        "tables": [{"caption": "", "head": HEAD, "rows": [table_row(r) for r in rows]}],
        "ratio_lines": ratio_lines, "goals": goals,
        "summary_rows": summary_rows(rows), "data": {"rows": rows},
    }
