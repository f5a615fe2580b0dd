"""Formatting: numbers, "median [min-max]" cells, text and Markdown tables, goal lines."""

DASH = "\u2013"  # en dash, between min and max


def fmt_rate(v):
    return "-" if v is None else f"{v / 1000:,.0f}k"


def fmt_num(v, digits=1):
    return "-" if v is None else f"{v:,.{digits}f}"


def fmt_spread(s, fmt=fmt_num):
    """"median [min-max]" of a stats.spread(); the brackets are left out for one value."""
    if not s:
        return "-"
    if s["n"] == 1 or s["min"] == s["max"]:
        return fmt(s["median"])
    return f"{fmt(s['median'])} [{fmt(s['min'])}{DASH}{fmt(s['max'])}]"


def fmt_count(v):
    return "n/a" if v is None else f"{v:,}"


def table_lines(head, rows, markdown):
    rows = [[str(c) for c in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    widths = [max(len(x) for x in col) for col in zip(head, *rows)] if rows else \
        [len(h) for h in head]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    return [fmt.format(*head), fmt.format(*("-" * w for w in widths))] + \
        [fmt.format(*row) for row in rows]


def mark(met):
    return "n/a" if met is None else "met" if met else "MISSED"


def goal(text, value, met, note=""):
    """One goal: what it asks, the figure measured, met (True/False/None = not evaluated)."""
    return {"goal": text, "value": value, "met": met, "note": note}


def all_met(goals):
    """False when any goal was missed; else None when any was not evaluated; else True."""
    if any(g["met"] is False for g in goals):
        return False
    if not goals or any(g["met"] is None for g in goals):
        return None
    return True


def goal_lines(goals):
    if not goals:
        return []
    width = max(len(g["goal"]) for g in goals)
    out = []
    for g in goals:
        line = f"  {g['goal']:<{width}}  {g['value']}  {mark(g['met'])}"
        if g.get("note"):
            line += f"  ({g['note']})"
        out.append(line)
    return out
