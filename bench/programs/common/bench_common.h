/* Helpers shared by the benchmark programs, usable from C and C++.
 *
 * Every program reports on stdout:
 *   READY                      once it is subscribed (subscribers only)
 *   RESULT {json object}       once, at the end
 * bench/lib/report.py reads the RESULT lines. Times are CLOCK_MONOTONIC nanoseconds, a clock
 * shared by every process on the machine, so a publisher's start and a subscriber's last
 * message can be compared. */
#ifndef HERALD_BENCH_COMMON_H
#define HERALD_BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline int64_t bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

/* Peak resident set size of this process in KiB (VmHWM), or -1 when /proc is unavailable. */
static inline long bench_vmhwm_kib(void)
{
    FILE* f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "VmHWM:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kib;
}

/* CPU time (user + system) this process has used so far, in seconds. */
static inline double bench_cpu_s(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1.0;
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

#ifdef __cplusplus
}
#endif

#endif
