#!/usr/bin/env python3
"""What a tray app's history holds after a run, as JSON (Python's sqlite3: no sqlite3 CLI).

  historycheck.py FILE    {"messages", "distinct_ids", "min_id", "max_id", "gaps", "rows"}
  historycheck.py --checkpoint FILE    folds the write-ahead log into FILE (before a copy)

messages: stored messages with the benchmark's numeric ids (pre-filled rows have other ids);
distinct_ids, min_id, max_id over those; gaps: gap markers (one per disconnection); rows: all.
Prints null when the file cannot be read.
"""

import json
import sqlite3
import sys

BENCH_ROWS = "FROM notifications WHERE kind = 0 AND notification_id NOT GLOB '*[^0-9]*'"


def check(path):
    # Read-write: a history left by a killed app has its write-ahead log to replay.
    db = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        messages, distinct, low, high = db.execute(
            f"SELECT count(*), count(DISTINCT notification_id), "
            f"min(CAST(notification_id AS INTEGER)), max(CAST(notification_id AS INTEGER)) "
            f"{BENCH_ROWS}").fetchone()
        gaps = db.execute("SELECT count(*) FROM notifications WHERE kind = 1").fetchone()[0]
        rows = db.execute("SELECT count(*) FROM notifications").fetchone()[0]
    finally:
        db.close()
    return {"messages": messages, "distinct_ids": distinct, "min_id": low, "max_id": high,
            "gaps": gaps, "rows": rows}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--checkpoint":
        db = sqlite3.connect(sys.argv[2])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        return 0
    try:
        print(json.dumps(check(sys.argv[1])))
    except (sqlite3.Error, IndexError):
        print("null")
    return 0


if __name__ == "__main__":
    sys.exit(main())
