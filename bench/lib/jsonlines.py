#!/usr/bin/env python3
"""What herald-cli listen --format json printed, checked against the publisher's ids.

  jsonlines.py FILE EXPECTED   {"expected", "received", "unique", "lost", "duplicates",
                                "out_of_order", "foreign", "gaps", "malformed"}

Each "message" line's "id" should be the publisher's sequence number ("id":"<n>", n from 0 to
EXPECTED-1); a source that qualifies ids (e.g. "<channel>/<n>") is read by its trailing digits.
"""

import json
import re
import sys

TRAILING_DIGITS = re.compile(r"(\d+)$")


def main():
    path, expected = sys.argv[1], int(sys.argv[2])
    seen = bytearray(expected)
    counts = dict.fromkeys(["received", "unique", "duplicates", "out_of_order", "foreign",
                            "gaps", "malformed"], 0)
    highest = -1
    with open(path, errors="replace") as f:
        for line in f:
            try:
                obj = json.loads(line)
            except ValueError:
                counts["malformed"] += 1
                continue
            if obj.get("kind") == "gap":
                counts["gaps"] += 1
                continue
            counts["received"] += 1
            m = TRAILING_DIGITS.search(str(obj.get("id", "")))
            seq = int(m.group(1)) if m else -1
            if not 0 <= seq < expected:
                counts["foreign"] += 1
            elif seen[seq]:
                counts["duplicates"] += 1
            else:
                seen[seq] = 1
                counts["unique"] += 1
                counts["out_of_order"] += seq < highest
                highest = max(highest, seq)
    print(json.dumps({"expected": expected, **counts, "lost": expected - counts["unique"]}))


if __name__ == "__main__":
    main()
