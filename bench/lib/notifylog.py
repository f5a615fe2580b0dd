#!/usr/bin/env python3
"""Reads bench-notify-server log lines on stdin and prints what they add up to, as JSON.

  notifylog.py LATENCY_FILE < lines

Each line: <arrival ns (CLOCK_MONOTONIC)> <replaces_id> <id> <summary>. The benchmark's own
messages have titles starting with "Deploy " (the publisher's), so a Notify whose summary starts
so is an individual popup; anything else is one of Herald's summaries ("12 new notifications
on ..."), and one with a replaces_id updates a popup in place. The paced publisher ends its
titles in "@<19-digit send time>": (arrival - send) of those goes to LATENCY_FILE, one ns figure
per line. Prints {"calls", "individual", "summaries", "updates_in_place", "latency_n"}.
"""

import json
import re
import sys

STAMP = re.compile(r"@(\d{19})$")


def main():
    calls = individual = summaries = replaced = 0
    latencies = []
    for line in sys.stdin:
        parts = line.rstrip("\n").split(" ", 3)
        if len(parts) < 3:
            continue
        arrival, replaces = int(parts[0]), int(parts[1])
        summary = parts[3] if len(parts) > 3 else ""
        calls += 1
        replaced += replaces != 0
        if summary.startswith("Deploy "):
            individual += 1
            stamp = STAMP.search(summary)
            if stamp:
                latencies.append(arrival - int(stamp.group(1)))
        else:
            summaries += 1
    with open(sys.argv[1], "w") as f:
        f.writelines(f"{ns}\n" for ns in latencies)
    print(json.dumps({"calls": calls, "individual": individual, "summaries": summaries,
                      "updates_in_place": replaced, "latency_n": len(latencies)}))


if __name__ == "__main__":
    main()
