#!/usr/bin/env python3
"""Turns what the harness saw of one tray-app run into a subscriber RESULT (JSON on stdout),
with the same fields as the programs' RESULT lines, so the app sits in the same tables.

  appresult.py --expected N --ready JSON --final JSON --proc-before JSON --proc-after JSON
               --history JSON [--notify JSON] [--timed-out 0|1]

ready/final are the probe's lines ("ready", and "done" or the last snapshot); proc-before is
sampled after READY and before the publisher starts, proc-after once everything is stored;
history is bench_app_history_check's view of the database after the app stopped.

received = messages stored (the probe counts HistoryStore::inserted); unique and lost come from
the history itself (its unique index holds each id once), so "lost" is what never reached the
database; duplicates = rows the model showed beyond those stored and the gap markers (a
duplicate on screen).
"""

import argparse
import json


def load(text):
    try:
        return json.loads(text) or {}
    except (TypeError, ValueError):
        return {}


def cpu(proc):
    return proc.get("sched_cpu_s", proc.get("cpu_s"))


def main():
    p = argparse.ArgumentParser()
    for name in ("ready", "final", "proc-before", "proc-after", "history", "notify"):
        p.add_argument(f"--{name}", default="null")
    p.add_argument("--expected", type=int, required=True)
    p.add_argument("--timed-out", type=int, default=0)
    a = p.parse_args()
    final, history = load(a.final), load(a.history)
    before, after = load(a.proc_before), load(a.proc_after)
    stored, first_batch = final.get("stored", 0), final.get("first_batch", 0)
    t_first, t_last = final.get("first_stored_ns", 0), final.get("last_stored_ns", 0)
    elapsed = (t_last - t_first) / 1e9 if stored > 1 else 0.0
    cpu_before, cpu_after = cpu(before), cpu(after)
    busy = None
    if elapsed > 0 and cpu_before is not None and cpu_after is not None:
        busy = (cpu_after - cpu_before) / elapsed
    unique = history.get("distinct_ids")
    result = {
        "contender": "app", "expected": a.expected, "received": stored, "unique": unique,
        "lost": a.expected - unique if unique is not None else None,
        # Gap markers are rows too: a disconnection adds one to the model, not to "stored".
        "duplicates": max(0, final.get("model_rows", 0) - stored - final.get("gaps", 0))
        if final else None,
        "out_of_order": None, "first_batch": first_batch, "t_first_ns": t_first,
        "t_last_ns": t_last, "elapsed_s": elapsed,
        "msgs_per_s": (stored - first_batch) / elapsed if elapsed > 0 else 0.0,
        "cpu_s": cpu_after, "cpu_ready_s": cpu_before, "cpu_busy": busy,
        "vmhwm_kib": after.get("hwm_kib"), "rss_end_kib": after.get("rss_kib"),
        "rss_before_kib": before.get("rss_kib"), "threads": after.get("threads"),
        "disconnected": bool(history.get("gaps") or final.get("gaps")),
        "timed_out": bool(a.timed_out),
        "status": "idle timeout: the rest never came" if a.timed_out else "complete",
        "model_rows": final.get("model_rows"), "store_batches": final.get("store_batches"),
        "stall": final.get("stall"), "startup_ms": load(a.ready).get("startup_ms"),
        "history": history or None, "popups": load(a.notify) or None,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
