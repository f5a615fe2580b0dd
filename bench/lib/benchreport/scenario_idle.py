"""Scenario "idle" (goal 7): CPU and wake-ups of connected, idle processes.

One run: {"seconds", "before", "after": {name: procstat}} for app, herald-cli, ioredis,
socketio, gateway.
"""

from . import render

GOAL_CORE_SHARE = 0.001  # 0.1% of one core
ORDER = [("app", "tray app (in the tray, no probe)"), ("herald-cli", "herald-cli listen"),
         ("ioredis", "seed ioredis subscriber"), ("socketio", "seed socket.io-client"),
         ("gateway", "seed-style gateway (server side)")]


def task_deltas(before, after):
    """Run time (s) and context switches between two samples, thread by thread: threads alive
    at both ends count their difference, threads started meanwhile all they did. A thread that
    ended meanwhile is missing from the second sample; its share is recovered from the whole
    process's CPU ticks (/proc/PID/stat counts ended threads), which is coarser (10 ms)."""
    tb, ta = before.get("tasks") or {}, after.get("tasks") or {}
    cpu_ns = sum(v[0] - tb.get(tid, [0, 0])[0] for tid, v in ta.items())
    switches = sum(v[1] - tb.get(tid, [0, 0])[1] for tid, v in ta.items())
    ended = [tid for tid in tb if tid not in ta]
    cpu = cpu_ns / 1e9
    if ended:
        cpu = max(cpu, after["cpu_s"] - before["cpu_s"])
    return cpu, switches, len(ended)


def figures(run, name):
    b, a = (run.get("before") or {}).get(name), (run.get("after") or {}).get(name)
    if not a or not b or not run.get("seconds"):
        return None
    s = run["seconds"]
    cpu, switches, ended = task_deltas(b, a)
    return {"cpu_ms": cpu * 1000, "core_share": cpu / s, "wakeups_per_s": switches / s,
            "rss_mib": a["rss_kib"] / 1024.0, "threads": a["threads"], "threads_ended": ended}


def line(run):
    return f"[idle] {run.get('seconds')} s watched"


def summarize(runs, params):
    run = runs[0] if runs else {}
    rows, data = [], {}
    for name, label in ORDER:
        f = figures(run, name)
        data[name] = f
        if f:
            threads = f"{f['threads']}"
            if f["threads_ended"]:
                threads += f" ({f['threads_ended']} ended)"
            rows.append([label, f"{f['cpu_ms']:.1f}", f"{f['core_share'] * 100:.3f}%",
                         f"{f['wakeups_per_s']:.2f}", f"{f['rss_mib']:.1f}", threads])
    app = data.get("app")
    goals = [render.goal("tray app idle: <= 0.1% of a core",
                         f"{app['core_share'] * 100:.3f}%, {app['wakeups_per_s']:.2f} wake-ups/s"
                         if app else "-", app["core_share"] <= GOAL_CORE_SHARE if app else None)]
    seed = data.get("socketio")
    summary = [{"measure": "idle, connected: share of a core; wake-ups/s",
                "herald": f"{app['core_share'] * 100:.3f}%; {app['wakeups_per_s']:.2f}/s"
                if app else "-",
                "comparison": f"socket.io-client {seed['core_share'] * 100:.3f}%; "
                              f"{seed['wakeups_per_s']:.2f}/s" if seed else "",
                "goal": "<= 0.1%", "met": goals[0]["met"]}]
    return {
        "title": f"Idle: connected, nothing published, {params.get('seconds')} s",
        "notes": ["CPU: scheduler run time of every thread over the window; wake-ups: voluntary "
                  "and involuntary context switches of every thread, per second. All processes "
                  "were watched at once, over the same window."],
        "tables": [{"caption": "", "head": ["process", "CPU ms", "share of a core",
                                            "wake-ups/s", "RSS MiB", "threads"], "rows": rows}],
        "goals": goals, "summary_rows": summary, "data": data,
    }
