#!/usr/bin/env python3
"""One process's resource figures from /proc, as JSON (Python standard library only).

  procstat.py PID      {"pid", "cpu_s", "utime_s", "stime_s", "sched_cpu_s", "rss_kib",
                        "hwm_kib", "pss_kib", "private_dirty_kib", "threads", "ctxsw_voluntary",
                        "ctxsw_nonvoluntary", "ctxsw", "tasks"}
                       or null when it is gone

Context switches are summed over every thread (/proc/PID/task/*/status): a wake-up of any thread
costs the machine the same. cpu_s is the whole process's utime + stime from /proc/PID/stat, in
clock ticks (usually 10 ms); sched_cpu_s sums the scheduler's nanosecond run time of the live
threads (/proc/PID/task/*/schedstat), precise enough for an idle process's few milliseconds.
"tasks" maps each thread id to [run time ns, context switches], so that two samples can be
compared thread by thread (a thread that ended between them would otherwise make the sums
shrink): see lib/benchreport/scenario_idle.py.
"""

import json
import os
import sys

HZ = os.sysconf("SC_CLK_TCK")


def status_fields(path):
    fields = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def kib(value):
    return int(value.split()[0]) if value else None


def sample(pid):
    base = f"/proc/{pid}"
    with open(f"{base}/stat") as f:
        # The command name (field 2) may contain spaces: split after its closing parenthesis.
        after = f.read().rsplit(")", 1)[1].split()
    utime, stime = int(after[11]) / HZ, int(after[12]) / HZ
    status = status_fields(f"{base}/status")
    try:
        # RSS counts every mapped library page in full, and most of a Qt app's RSS is library
        # code; PSS shares such pages among the processes that map them, and private dirty is
        # what the process wrote itself (heap, stacks, relocations): its own memory.
        rollup = status_fields(f"{base}/smaps_rollup")
    except OSError:
        rollup = {}
    voluntary = nonvoluntary = sched_ns = 0
    tasks = {}
    for task in os.listdir(f"{base}/task"):
        try:
            t = status_fields(f"{base}/task/{task}/status")
            with open(f"{base}/task/{task}/schedstat") as f:
                ns = int(f.read().split()[0])
        except (OSError, IndexError, ValueError):
            continue  # the thread ended meanwhile
        v = int(t.get("voluntary_ctxt_switches", 0))
        nv = int(t.get("nonvoluntary_ctxt_switches", 0))
        voluntary, nonvoluntary, sched_ns = voluntary + v, nonvoluntary + nv, sched_ns + ns
        tasks[task] = [ns, v + nv]
    return {"pid": pid, "cpu_s": round(utime + stime, 3), "utime_s": utime, "stime_s": stime,
            "sched_cpu_s": sched_ns / 1e9, "rss_kib": kib(status.get("VmRSS")),
            "hwm_kib": kib(status.get("VmHWM")), "pss_kib": kib(rollup.get("Pss")),
            "private_dirty_kib": kib(rollup.get("Private_Dirty")),
            "threads": int(status.get("Threads", 0)), "ctxsw_voluntary": voluntary,
            "ctxsw_nonvoluntary": nonvoluntary, "ctxsw": voluntary + nonvoluntary,
            "tasks": tasks}


def main():
    try:
        print(json.dumps(sample(int(sys.argv[1]))))
    except (OSError, IndexError, ValueError):
        print("null")


if __name__ == "__main__":
    main()
