"""Medians, spreads, percentiles and per-repetition ratios."""

import math
import statistics

MIB = 1024.0


def spread(values):
    """{"median", "min", "max", "n"} of the values that are not None, or None."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def percentile(sorted_values, q):
    """Nearest-rank percentile (q in 0..100) of an already sorted list; None when empty."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(q / 100.0 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def latency_stats(path):
    """Percentiles in microseconds of a file of nanosecond latencies, one a line."""
    try:
        with open(path) as f:
            ns = sorted(int(line) for line in f if line.strip())
    except (OSError, ValueError):
        return None
    if not ns:
        return {"n": 0}
    us = [v / 1000.0 for v in ns]
    out = {"n": len(us), "mean_us": sum(us) / len(us), "min_us": us[0], "max_us": us[-1]}
    for q in (50, 90, 99, 99.9):
        out[f"p{q:g}_us".replace(".", "_")] = percentile(us, q)
    return out


def per_rep_ratios(runs, value, numerator, denominator, variant_key=None):
    """value(run) of `numerator` over that of `denominator` in the same repetition (and variant):
    [{"rep", "variant", "ratio", numerator, denominator}], skipping incomplete pairs."""
    pairs = {}
    for r in runs:
        key = (r.get(variant_key) if variant_key else None, r["rep"])
        pairs.setdefault(key, {})[r["contender"]] = r
    out = []
    for (variant, rep), pair in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        if numerator not in pair or denominator not in pair:
            continue
        a, b = value(pair[numerator]), value(pair[denominator])
        if a is None or not b:
            continue
        out.append({"rep": rep, "variant": variant, "ratio": a / b, numerator: a, denominator: b})
    return out


def ratio_summary(per_rep):
    s = spread([p["ratio"] for p in per_rep]) or {}
    return {"per_rep": per_rep, **s}


def total(values):
    """Sum of the values that are not None; None when there are none."""
    values = [v for v in values if v is not None]
    return sum(values) if values else None
