"""Scenario "startup" (goal 6): process start -> tray icon ready.

Each run: {"rep", "what" ("stored" or "empty"), "ready": the probe's ready line (startup_ms,
tray, stored_at_start), "proc": procstat right after}.
"""

from . import render, stats

GOAL_MS = 300.0


def ready(run):
    return run.get("ready") or {}


def line(run):
    r = ready(run)
    return (f"[startup] rep {run['rep']} {run['what']:<6} {r.get('startup_ms') or 0:.0f} ms "
            f"to tray icon ready (tray {'shown' if r.get('tray') else 'MISSING'}, "
            f"{r.get('stored_at_start')} stored)")


def group(runs, what):
    rs = [r for r in runs if r["what"] == what]
    if not rs:
        return None
    return {"startup_ms": stats.spread([ready(r).get("startup_ms") for r in rs]),
            "rss_mib": stats.spread([(r.get("proc") or {}).get("rss_kib", 0) / stats.MIB
                                     for r in rs if r.get("proc")]),
            "stored": ready(rs[0]).get("stored_at_start"),
            "tray_shown": all(ready(r).get("tray") for r in rs), "runs": len(rs)}


def summarize(runs, params):
    stored, empty = group(runs, "stored"), group(runs, "empty")
    rows = []
    label_stored = f"{int(params.get('stored', 0)):,} stored"
    for label, d in ((label_stored, stored), ("empty history", empty)):
        if d:
            rows.append([label, render.fmt_spread(d["startup_ms"], lambda v: f"{v:.0f}"),
                         render.fmt_spread(d["rss_mib"]), "yes" if d["tray_shown"] else "NO"])
    med = stored["startup_ms"] if stored else None
    goals = [render.goal(f"start-up to tray icon ready with {int(params.get('stored', 0)):,} "
                         f"stored <= {GOAL_MS:.0f} ms (median)",
                         f"{render.fmt_spread(med, lambda v: f'{v:.0f}')} ms" if med else "-",
                         (med["median"] <= GOAL_MS and stored["tray_shown"]) if med else None)]
    summary = [{"measure": f"start-up to tray icon ready, ms ({label_stored})",
                "herald": render.fmt_spread(med, lambda v: f"{v:.0f}") if med else "-",
                "comparison": "empty history "
                              f"{render.fmt_spread(empty['startup_ms'], lambda v: f'{v:.0f}')}"
                if empty else "",
                "goal": f"<= {GOAL_MS:.0f} (median)", "met": goals[0]["met"]}]
    return {
        "title": f"Start-up to tray icon ready, {params.get('reps')} repetition(s)",
        "notes": ["From the harness's clock right before it forks the process to the probe's "
                  "stamp at the first event-loop turn after start-up (tray icon shown). One "
                  "unmeasured start first warms the caches."],
        "tables": [{"caption": "", "head": ["history", "start-up ms", "RSS at ready MiB",
                                            "tray icon shown"], "rows": rows}],
        "goals": goals, "summary_rows": summary, "data": {"stored": stored, "empty": empty},
    }
