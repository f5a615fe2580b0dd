"""Scenario "socketio" (goal 3): Herald's Socket.IO source vs socket.io-client behind the same
seed-style gateway, CPU per message and peak memory.

Each run: {"rep", "contender" ("herald" or "socketio"), "complete", "before"/"after": procstat
samples (connected, before the publisher; after the last message), "received": the id check
(each client's own RESULT line), "pub", "loadavg"}.
"""

from . import render, stats

GOAL_CPU_RATIO = 0.5
GOAL_RSS_RATIO = 1.0 / 3.0
LABELS = {"herald": "Herald (herald-cli listen, Socket.IO source)",
          "socketio": "socket.io-client (seed)"}


def received(run):
    return (run.get("received") or {}).get("received") or 0


def cpu_us_per_msg(run):
    b, a = run.get("before") or {}, run.get("after") or {}
    if not received(run) or b.get("sched_cpu_s") is None or a.get("sched_cpu_s") is None:
        return None
    return (a["sched_cpu_s"] - b["sched_cpu_s"]) / received(run) * 1e6


def rss_mib(run):
    kib = (run.get("after") or {}).get("hwm_kib")
    return kib / stats.MIB if kib else None


def line(run):
    r = run.get("received") or {}
    cpu, rss = cpu_us_per_msg(run), rss_mib(run)
    parts = [f"[socketio] rep {run['rep']} {run['contender']:<8}",
             f"got {r.get('received')}/{r.get('expected')}"]
    if r.get("lost"):
        parts.append(f"LOST {r['lost']}")
    if cpu is not None:
        parts.append(f"cpu {cpu:.2f} us/msg")
    if rss is not None:
        parts.append(f"peak rss {rss:.1f} MiB")
    return " ".join(parts)


def contender_data(runs, contender):
    rs = [r for r in runs if r["contender"] == contender]
    if not rs:
        return None
    return {"runs": len(rs), "cpu_us_per_msg": stats.spread([cpu_us_per_msg(r) for r in rs]),
            "peak_rss_mib": stats.spread([rss_mib(r) for r in rs]),
            "received": sum(received(r) for r in rs),
            "lost": stats.total([(r.get("received") or {}).get("lost") for r in rs]),
            "duplicates": stats.total([(r.get("received") or {}).get("duplicates") for r in rs])}


def ratio_fmt(v):
    return f"{v:.2f}"


def goals_for(herald, node, cpu_ratio, rss_ratio, available):
    if not herald:
        note = ("this build's herald-cli has no Socket.IO source" if not available
                else "no Herald run")
        return [render.goal(f"Herald CPU/msg <= {GOAL_CPU_RATIO} x socket.io-client's", "-",
                            None, note),
                render.goal("Herald peak RSS <= 1/3 of socket.io-client's", "-", None, note),
                render.goal("both receive everything", "-", None, note)]
    both_clean = herald["lost"] == 0 and (node is None or node["lost"] == 0)
    return [
        render.goal(f"Herald CPU/msg <= {GOAL_CPU_RATIO} x socket.io-client's (per rep)",
                    render.fmt_spread(cpu_ratio, ratio_fmt),
                    cpu_ratio["median"] <= GOAL_CPU_RATIO if cpu_ratio.get("n") else None),
        render.goal("Herald peak RSS <= 1/3 of socket.io-client's (per rep)",
                    render.fmt_spread(rss_ratio, ratio_fmt),
                    rss_ratio["median"] <= GOAL_RSS_RATIO if rss_ratio.get("n") else None),
        render.goal("both receive everything",
                    f"lost: Herald {herald['lost']}, socket.io-client "
                    f"{node['lost'] if node else '-'}", both_clean),
    ]


def summarize(runs, params):
    available = params.get("herald-available", "1") == "1"
    herald, node = contender_data(runs, "herald"), contender_data(runs, "socketio")
    cpu_ratio = stats.ratio_summary(
        stats.per_rep_ratios(runs, cpu_us_per_msg, "herald", "socketio"))
    rss_ratio = stats.ratio_summary(stats.per_rep_ratios(runs, rss_mib, "herald", "socketio"))
    rows = []
    for contender, data in (("herald", herald), ("socketio", node)):
        if not data:
            rows.append([LABELS[contender], "not measured", "", "", "", ""])
            continue
        rows.append([LABELS[contender], render.fmt_spread(data["cpu_us_per_msg"], ratio_fmt),
                     render.fmt_spread(data["peak_rss_mib"]), f"{data['received']:,}",
                     render.fmt_count(data["lost"]), render.fmt_count(data["duplicates"])])
    head = ["client", "CPU us/msg", "peak RSS MiB", "received", "lost", "dup"]
    goals = goals_for(herald, node, cpu_ratio, rss_ratio, available)
    ratio_lines = []
    if cpu_ratio.get("n"):
        ratio_lines += [
            "Herald/socket.io-client CPU per repetition: "
            + ", ".join(ratio_fmt(p["ratio"]) for p in cpu_ratio["per_rep"]),
            "Herald/socket.io-client peak RSS per repetition: "
            + ", ".join(ratio_fmt(p["ratio"]) for p in rss_ratio["per_rep"])]
    node_text = ""
    if node and node["cpu_us_per_msg"]:
        node_text = (f"socket.io-client {ratio_fmt(node['cpu_us_per_msg']['median'])} us/msg, "
                     f"{render.fmt_num(node['peak_rss_mib']['median'])} MiB")
    summary = [{
        "measure": "Socket.IO: CPU/msg and peak RSS vs socket.io-client (ratio per rep)",
        "herald": (f"{ratio_fmt(herald['cpu_us_per_msg']['median'])} us/msg "
                   f"({render.fmt_spread(cpu_ratio, ratio_fmt)}), "
                   f"{render.fmt_num(herald['peak_rss_mib']['median'])} MiB "
                   f"({render.fmt_spread(rss_ratio, ratio_fmt)})")
        if herald and herald["cpu_us_per_msg"] else "not measured (no Socket.IO source)",
        "comparison": node_text, "goal": "CPU <= 0.5x, RSS <= 1/3",
        "met": render.all_met(goals)}]
    return {
        "title": f"Socket.IO: {int(params.get('count', 0)):,} messages at {params.get('rate')} "
                 f"msg/s through a seed-style gateway, {params.get('reps')} repetition(s)",
        "notes": ["CPU per message: CPU time (all threads, scheduler nanoseconds) from connected "
                  "to the last message received, over the messages; peak RSS: VmHWM at the end. "
                  "Herald prints each notification as a JSON line (to a file); the node client "
                  "only counts."],
        "tables": [{"caption": "", "head": head, "rows": rows}],
        "ratio_lines": ratio_lines, "goals": goals, "summary_rows": summary,
        "data": {"herald": herald, "socketio": node, "cpu_ratio": cpu_ratio,
                 "rss_ratio": rss_ratio, "herald_available": available},
    }
