"""Scenario "memory" (goal 5): resident memory at rest.

Each run: {"rep", "what" (app-idle, app-stored-window, seed-socketio, seed-ioredis), "proc":
procstat of the process MEM_SETTLE s after it connected, "gateway": the gateway's (seed-socketio),
"ready": the app's probe line}.
"""

from . import render, stats

GOAL_IDLE_MIB = 40.0
GOAL_STORED_MIB = 80.0
LABELS = {
    "app-idle": "tray app, just started, empty history, in the tray",
    "app-stored-window": "tray app, {stored} stored, list window open",
    "seed-socketio": "seed socket.io-client, connected, idle",
    "seed-socketio-gateway": "  (its seed-style gateway)",
    "seed-ioredis": "seed ioredis subscriber, connected, idle",
}


def rss(proc):
    return (proc or {}).get("rss_kib", 0) / stats.MIB if proc and proc.get("rss_kib") else None


def kib_mib(proc, key):
    return proc[key] / stats.MIB if proc and proc.get(key) else None


def hwm(proc):
    return (proc or {}).get("hwm_kib", 0) / stats.MIB if proc and proc.get("hwm_kib") else None


def line(run):
    p = run.get("proc") or {}
    text = (f"[memory] rep {run['rep']} {run['what']:<18} RSS {rss(p) or 0:.1f} MiB "
            f"(peak {hwm(p) or 0:.1f})")
    if run.get("gateway"):
        text += f", gateway RSS {rss(run['gateway']) or 0:.1f} MiB"
    return text


def group(runs, what, key="proc"):
    procs = [r.get(key) for r in runs if r["what"] == what and r.get(key)]
    if not procs:
        return None
    return {"rss_mib": stats.spread([rss(p) for p in procs]),
            "peak_mib": stats.spread([hwm(p) for p in procs]),
            "pss_mib": stats.spread([kib_mib(p, "pss_kib") for p in procs]),
            "private_dirty_mib": stats.spread([kib_mib(p, "private_dirty_kib") for p in procs]),
            "threads": stats.spread([p.get("threads") for p in procs]), "runs": len(procs)}


def summarize(runs, params):
    stored = int(params.get("stored", 0))
    data = {w: group(runs, w) for w in ("app-idle", "app-stored-window", "seed-socketio",
                                         "seed-ioredis")}
    data["seed-socketio-gateway"] = group(runs, "seed-socketio", "gateway")
    rows = []
    for what, d in data.items():
        if d:
            rows.append([LABELS[what].format(stored=f"{stored:,}"),
                         render.fmt_spread(d["rss_mib"]), render.fmt_spread(d["peak_mib"]),
                         render.fmt_spread(d["pss_mib"]), render.fmt_spread(d["private_dirty_mib"]),
                         render.fmt_spread(d["threads"], lambda v: f"{v:.0f}")])
    idle, win = data["app-idle"], data["app-stored-window"]
    goals = [
        render.goal(f"tray app idle after start <= {GOAL_IDLE_MIB:.0f} MiB RSS (max over reps)",
                    f"{render.fmt_spread(idle['rss_mib'])} MiB" if idle else "-",
                    idle["rss_mib"]["max"] <= GOAL_IDLE_MIB if idle else None),
        render.goal(f"{stored:,} stored, window open <= {GOAL_STORED_MIB:.0f} MiB RSS "
                    "(max over reps)",
                    f"{render.fmt_spread(win['rss_mib'])} MiB" if win else "-",
                    win["rss_mib"]["max"] <= GOAL_STORED_MIB if win else None),
    ]
    seed = data["seed-socketio"]
    summary = [{"measure": f"RSS MiB: idle after start; {stored:,} stored + window open",
                "herald": f"{render.fmt_spread(idle['rss_mib']) if idle else '-'}; "
                          f"{render.fmt_spread(win['rss_mib']) if win else '-'}",
                "comparison": "seed socket.io-client idle "
                              f"{render.fmt_num(seed['rss_mib']['median'])}" if seed else "",
                "goal": f"<= {GOAL_IDLE_MIB:.0f}; <= {GOAL_STORED_MIB:.0f}",
                "met": render.all_met(goals)}]
    return {
        "title": f"Memory at rest, {params.get('reps')} repetition(s)",
        "notes": [f"VmRSS (and VmHWM, the peak) from /proc, {params.get('settle')} s after the "
                  "process is connected and subscribed; nothing is published. RSS counts every "
                  "resident page, shared library code included; PSS (proportional set size) "
                  "divides shared pages among the processes that map them; private dirty is what "
                  "the process wrote itself: heap, stacks, relocations (smaps_rollup)."],
        "tables": [{"caption": "", "head": ["process", "RSS MiB", "peak RSS MiB", "PSS MiB",
                                            "private dirty MiB", "threads"], "rows": rows}],
        "goals": goals, "summary_rows": summary, "data": data,
    }
