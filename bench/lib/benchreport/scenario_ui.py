"""Scenario "ui" (goal 4): event-loop stalls of the tray app with its window open during a
burst, and how its popups were coalesced.

Each run: {"rep", "count", "timed_out", "done": the probe's "done" line, "final": its snapshot
UI_SETTLE s later (stall statistics since the reset just before the burst), "before"/"after":
procstat, "history": the database check, "popups": the Notify calls seen (notifylog.py)}.
"""

import math

from . import render, stats

GOAL_STALL_MS = 50.0
FLOOD_THRESHOLD = 3  # the default popups/floodThreshold: popups before a flood becomes a summary


def stall(run):
    return (run.get("final") or {}).get("stall") or {}


def burst_seconds(run):
    d = run.get("done") or run.get("final") or {}
    if not d.get("first_stored_ns"):
        return None
    return (d["last_stored_ns"] - d["first_stored_ns"]) / 1e9


def popups(run):
    return run.get("popups") or {}


def allowed_calls(run):
    """Individual popups up to the flood threshold, then one summary and at most one update a
    second while the burst lasts, plus one final update."""
    seconds = burst_seconds(run) or 0
    return FLOOD_THRESHOLD + 1 + math.ceil(seconds) + 1


def coalesced(run):
    p = popups(run)
    return (p.get("individual", 0) <= FLOOD_THRESHOLD
            and p.get("calls", 0) <= allowed_calls(run))


def lost(run):
    h = run.get("history") or {}
    return run["count"] - h["distinct_ids"] if h.get("distinct_ids") is not None else None


def line(run):
    s, p = stall(run), popups(run)
    parts = [f"[ui] rep {run['rep']}", f"longest stall {s.get('max_ms', 0):.1f} ms",
             f"over {s.get('ticks', 0)} ticks", f"burst {burst_seconds(run) or 0:.2f} s",
             f"Notify calls {p.get('calls')} (individual {p.get('individual')}, "
             f"summaries {p.get('summaries')}, in place {p.get('updates_in_place')})"]
    if lost(run):
        parts.append(f"LOST {lost(run)}")
    if run.get("timed_out"):
        parts.append("timed out")
    return " ".join(parts)


def histogram(runs):
    total = {}
    for r in runs:
        for bucket, n in (stall(r).get("hist_ms") or {}).items():
            total[bucket] = total.get(bucket, 0) + n
    return total


def summarize(runs, params):
    max_stall = stats.spread([stall(r).get("max_ms") for r in runs])
    hist = histogram(runs)
    rows = []
    for r in runs:
        s, p = stall(r), popups(r)
        rows.append([r["rep"], f"{s.get('max_ms', 0):.1f}", f"{s.get('ticks', 0):,}",
                     f"{burst_seconds(r) or 0:.2f}", p.get("individual"), p.get("summaries"),
                     p.get("updates_in_place"), f"{p.get('calls')} (<= {allowed_calls(r)})",
                     render.fmt_count(lost(r))])
    head = ["rep", "longest stall ms", "timer ticks", "burst s", "individual popups",
            "summary calls", "of which in place", "Notify calls (allowed)", "lost"]
    hist_line = "stall histogram (all reps, ticks late by): " + ", ".join(
        f"{k} ms: {v:,}" for k, v in hist.items() if v)
    all_coalesced = all(coalesced(r) for r in runs) if runs else None
    total_lost = stats.total([lost(r) for r in runs])
    goals = [
        render.goal(f"longest event-loop stall <= {GOAL_STALL_MS:.0f} ms (median of per-rep max)",
                    f"{render.fmt_spread(max_stall)} ms",
                    max_stall["median"] <= GOAL_STALL_MS if max_stall else None),
        render.goal("popups coalesced (<= 3 individual, then one summary updated in place)",
                    f"{sum(1 for r in runs if coalesced(r))}/{len(runs)} reps", all_coalesced),
        render.goal("nothing lost", f"lost {total_lost}", total_lost == 0 if runs else None),
    ]
    calls = stats.spread([popups(r).get("calls") for r in runs])
    summary = [{"measure": "window open, burst: longest event-loop stall; Notify calls",
                "herald": f"{render.fmt_spread(max_stall)} ms; "
                          f"{render.fmt_spread(calls, lambda v: f'{v:.0f}')} calls",
                "comparison": "", "goal": f"<= {GOAL_STALL_MS:.0f} ms, coalesced",
                "met": render.all_met(goals)}]
    return {
        "title": f"UI: {int(params.get('count', 0)):,}-message burst with the window open, "
                 f"{params.get('reps')} repetition(s)",
        "notes": [f"A {params.get('stall-ms')} ms timer inside the app measures its own lateness "
                  "(the event loop busy elsewhere, or the process not scheduled); its statistics "
                  "start just before the burst and end 1 s after the last message is stored. "
                  "Notify calls are those the stand-in notification server received."],
        "tables": [{"caption": "", "head": head, "rows": rows}],
        "ratio_lines": [hist_line], "goals": goals, "summary_rows": summary,
        "data": {"max_stall_ms": max_stall, "histogram": hist},
    }
