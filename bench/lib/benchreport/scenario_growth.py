"""Scenario "growth" (goal 8): ingest rate and memory against the size of the history.

Each run: {"rep", "size", "count", "timed_out", "ready": probe ready line, "done": probe done
line (or last snapshot), "before"/"after": procstat around the burst, "history", "db_bytes"}.
"""

from . import render, stats


def rate(run):
    d = run.get("done") or {}
    if not d.get("first_stored_ns") or d.get("stored", 0) < 2:
        return None
    span = (d["last_stored_ns"] - d["first_stored_ns"]) / 1e9
    return (d["stored"] - d.get("first_batch", 0)) / span if span > 0 else None


def mib(proc, key):
    return proc[key] / stats.MIB if proc and proc.get(key) else None


def growth_per_10k(run):
    """RSS the burst added, per 10,000 messages stored: what a longer burst would add."""
    before, after = mib(run.get("before"), "rss_kib"), mib(run.get("after"), "rss_kib")
    stored = (run.get("done") or {}).get("stored")
    if before is None or after is None or not stored:
        return None
    return (after - before) / stored * 10_000


def lost(run):
    h = run.get("history") or {}
    return run["count"] - h["distinct_ids"] if h.get("distinct_ids") is not None else None


def line(run):
    return (f"[growth] {run['size']:>8,} stored rep {run['rep']}: start-up "
            f"{(run.get('ready') or {}).get('startup_ms') or 0:.0f} ms, RSS before "
            f"{mib(run.get('before'), 'rss_kib') or 0:.1f} MiB, "
            f"ingest {rate(run) or 0:,.0f} msg/s, "
            f"peak {mib(run.get('after'), 'hwm_kib') or 0:.1f} MiB, lost {lost(run)}")


def summarize(runs, params):
    sizes = sorted({r["size"] for r in runs})
    rows, data = [], {}
    for size in sizes:
        rs = [r for r in runs if r["size"] == size]
        d = {"startup_ms": stats.spread([(r.get("ready") or {}).get("startup_ms") for r in rs]),
             "rss_before_mib": stats.spread([mib(r.get("before"), "rss_kib") for r in rs]),
             "msgs_per_s": stats.spread([rate(r) for r in rs]),
             "peak_mib": stats.spread([mib(r.get("after"), "hwm_kib") for r in rs]),
             "rss_after_mib": stats.spread([mib(r.get("after"), "rss_kib") for r in rs]),
             "rss_per_10k_mib": stats.spread([growth_per_10k(r) for r in rs]),
             "db_mib": stats.spread([r.get("db_bytes", 0) / 1048576 for r in rs]),
             "lost": stats.total([lost(r) for r in rs])}
        data[size] = d
        rows.append([f"{size:,}", render.fmt_spread(d["startup_ms"], lambda v: f"{v:.0f}"),
                     render.fmt_spread(d["rss_before_mib"]),
                     render.fmt_spread(d["msgs_per_s"], render.fmt_rate),
                     render.fmt_spread(d["peak_mib"]), render.fmt_spread(d["rss_after_mib"]),
                     render.fmt_spread(d["rss_per_10k_mib"]),
                     render.fmt_spread(d["db_mib"], lambda v: f"{v:.0f}"),
                     render.fmt_count(d["lost"])])
    head = ["stored before", "start-up ms", "RSS before MiB", "ingest msgs/s", "peak RSS MiB",
            "RSS after MiB", "RSS added per 10k MiB", "history MiB", "lost"]
    count = int(params.get("count", 0))
    first, last = (data[sizes[0]], data[sizes[-1]]) if sizes else (None, None)
    text = "-"
    if first and last and first["msgs_per_s"] and last["msgs_per_s"]:
        text = (f"{render.fmt_rate(first['msgs_per_s']['median'])} -> "
                f"{render.fmt_rate(last['msgs_per_s']['median'])} msg/s; peak "
                f"{render.fmt_num(first['peak_mib']['median'])} -> "
                f"{render.fmt_num(last['peak_mib']['median'])} MiB")
    summary = [{"measure": f"growth {sizes[0]:,} -> {sizes[-1]:,} stored: ingest; peak RSS"
                if sizes else "growth", "herald": text, "comparison": "", "goal": "", "met": None}]
    return {
        "title": f"Growth: a {count:,}-message burst into histories of "
                 f"{', '.join(f'{s:,}' for s in sizes)} notifications, "
                 f"{params.get('reps')} repetition(s)",
        "notes": ["Ingest msgs/s: messages stored after the first batch / (last batch - first "
                  "batch), as the probe sees HistoryStore::inserted. RSS before: after start-up, "
                  "subscribed; peak and after: once the burst is stored; added per 10k: (after - "
                  "before) per 10,000 messages of the burst."],
        "tables": [{"caption": "", "head": head, "rows": rows}],
        "goals": [], "summary_rows": summary, "data": {str(k): v for k, v in data.items()},
    }
