/* bench-raw-subscriber: the limit of the ingest benchmark.
 *
 * A plain C hiredis subscriber on the blocking API (redisConnect, SUBSCRIBE, a redisGetReply
 * loop) that only counts "message" replies: no copy, no parse. Whatever Herald's core does on
 * top of decoding RESP costs time this program does not spend.
 *
 *   bench-raw-subscriber --host H --port P (--channel C | --pattern GLOB) --count N
 *                        [--start-timeout-ms 60000] [--idle-timeout-ms 5000]
 *                        [--latency-file FILE]
 *
 * With --latency-file, each message's "sent_ns" (the paced publisher's CLOCK_MONOTONIC stamp) is
 * found in the payload with memmem and (receive time - sent_ns) is written to FILE, one
 * nanosecond figure per line, at the end.
 *
 * Prints READY once subscribed, then one RESULT line. Exit status: 0 when N messages arrived,
 * 1 when it gave up (timeout or disconnect; the RESULT line says what it got), 2 on bad usage or
 * a failed connection. */
#define _GNU_SOURCE /* memmem */

#include "bench_common.h"

#include <errno.h>
#include <hiredis/hiredis.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static void usage(void)
{
    fprintf(stderr, "usage: bench-raw-subscriber --host H --port P (--channel C | --pattern P) "
                    "--count N [--start-timeout-ms MS] [--idle-timeout-ms MS] "
                    "[--latency-file FILE]\n");
}

static struct timeval ms_to_tv(long ms)
{
    struct timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

/* The payload of a "message" (3 elements) or "pmessage" (4 elements) push, or NULL. */
static const redisReply* payload_of(const redisReply* r)
{
    if (r->type != REDIS_REPLY_ARRAY || (r->elements != 3 && r->elements != 4) ||
        r->element[0]->type != REDIS_REPLY_STRING)
        return NULL;
    const redisReply* kind = r->element[0];
    if (r->elements == 3 && kind->len == 7 && memcmp(kind->str, "message", 7) == 0)
        return r->element[2];
    if (r->elements == 4 && kind->len == 8 && memcmp(kind->str, "pmessage", 8) == 0)
        return r->element[3];
    return NULL;
}

/* The publisher's "sent_ns":"<digits>" stamp, or 0. */
static int64_t sent_ns_of(const redisReply* payload)
{
    static const char key[] = "\"sent_ns\":\"";
    const char* end = payload->str + payload->len;
    const char* at = memmem(payload->str, payload->len, key, sizeof key - 1);
    if (!at)
        return 0;
    int64_t value = 0;
    for (at += sizeof key - 1; at < end && *at >= '0' && *at <= '9'; ++at)
        value = value * 10 + (*at - '0');
    return value;
}

static void write_latencies(const char* path, const int64_t* ns, long n)
{
    FILE* f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "bench-raw-subscriber: cannot write %s\n", path);
        return;
    }
    for (long i = 0; i < n; ++i)
        fprintf(f, "%lld\n", (long long)ns[i]);
    fclose(f);
}

int main(int argc, char** argv)
{
    const char* host = "127.0.0.1";
    int port = 6379;
    const char* channel = "bench:ingest";
    const char* pattern = NULL;
    const char* latency_file = NULL;
    long count = 200000;
    long start_timeout_ms = 60000;
    long idle_timeout_ms = 5000;

    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) {
            usage();
            return 2;
        }
        if (strcmp(a, "--host") == 0)
            host = v;
        else if (strcmp(a, "--port") == 0)
            port = atoi(v);
        else if (strcmp(a, "--channel") == 0)
            channel = v;
        else if (strcmp(a, "--pattern") == 0)
            pattern = v;
        else if (strcmp(a, "--latency-file") == 0)
            latency_file = v;
        else if (strcmp(a, "--count") == 0)
            count = atol(v);
        else if (strcmp(a, "--start-timeout-ms") == 0)
            start_timeout_ms = atol(v);
        else if (strcmp(a, "--idle-timeout-ms") == 0)
            idle_timeout_ms = atol(v);
        else {
            usage();
            return 2;
        }
        ++i;
    }
    if (count <= 0 || port <= 0) {
        usage();
        return 2;
    }

    redisContext* c = redisConnect(host, port);
    if (!c || c->err) {
        fprintf(stderr, "bench-raw-subscriber: cannot connect to %s:%d: %s\n", host, port,
                c ? c->errstr : "out of memory");
        return 2;
    }
    redisReply* r = pattern ? redisCommand(c, "PSUBSCRIBE %s", pattern)
                            : redisCommand(c, "SUBSCRIBE %s", channel);
    if (!r || r->type != REDIS_REPLY_ARRAY) {
        fprintf(stderr, "bench-raw-subscriber: SUBSCRIBE failed: %s\n",
                r && r->type == REDIS_REPLY_ERROR ? r->str : c->errstr);
        return 2;
    }
    freeReplyObject(r);
    redisSetTimeout(c, ms_to_tv(start_timeout_ms));
    const double cpu_ready = bench_cpu_s();
    printf("READY\n");
    fflush(stdout);

    int64_t* latencies = latency_file ? malloc(sizeof(int64_t) * (size_t)count) : NULL;
    long latency_n = 0;
    long received = 0;
    long other = 0;
    int64_t t_first = 0;
    int64_t t_last = 0;
    double cpu_first = 0;
    int timed_out = 0;
    int disconnected = 0;
    const char* why = "complete";

    while (received < count) {
        void* reply = NULL;
        if (redisGetReply(c, &reply) != REDIS_OK) {
            if (c->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                timed_out = 1;
                why = received == 0 ? "no message before the start timeout"
                                    : "idle timeout: the rest never came";
            } else {
                disconnected = 1;
                why = "disconnected by the server";
                fprintf(stderr, "bench-raw-subscriber: %s\n", c->errstr);
            }
            break;
        }
        const int64_t now = bench_now_ns();
        const redisReply* payload = payload_of(reply);
        if (payload) {
            const int64_t sent = latencies ? sent_ns_of(payload) : 0;
            if (sent)
                latencies[latency_n++] = now - sent;
            if (received == 0) {
                t_first = now;
                cpu_first = bench_cpu_s();
                redisSetTimeout(c, ms_to_tv(idle_timeout_ms));
            }
            t_last = now;
            ++received;
        } else {
            ++other;
        }
        freeReplyObject(reply);
    }

    const double cpu_end = bench_cpu_s();
    const double elapsed_s = received > 1 ? (double)(t_last - t_first) / 1e9 : 0.0;
    /* Share of one core this process used between its first and last message: near 1 means
     * the subscriber itself is the bottleneck; well below 1 means it waited for data. */
    const double busy = elapsed_s > 0 ? (cpu_end - cpu_first) / elapsed_s : 0.0;
    /* The first message starts the clock, so it is not counted in the rate. */
    const double rate = elapsed_s > 0 ? (double)(received - 1) / elapsed_s : 0.0;
    printf("RESULT {\"contender\":\"raw\",\"expected\":%ld,\"received\":%ld,\"unique\":%ld,"
           "\"lost\":%ld,\"duplicates\":null,\"out_of_order\":null,\"other_replies\":%ld,"
           "\"first_batch\":%d,\"t_first_ns\":%lld,\"t_last_ns\":%lld,\"elapsed_s\":%.6f,"
           "\"msgs_per_s\":%.1f,\"cpu_s\":%.3f,\"cpu_ready_s\":%.3f,\"cpu_busy\":%.3f,\"vmhwm_"
           "kib\":%ld,\"disconnected\":%s,\"timed_out\":%s,"
           "\"status\":\"%s\"}\n",
           count, received, received, count - received, other, received > 0 ? 1 : 0,
           (long long)t_first, (long long)t_last, elapsed_s, rate, cpu_end, cpu_ready, busy,
           bench_vmhwm_kib(), disconnected ? "true" : "false", timed_out ? "true" : "false", why);
    fflush(stdout);
    if (latencies) {
        write_latencies(latency_file, latencies, latency_n);
        free(latencies);
    }
    redisFree(c);
    return received == count ? 0 : 1;
}
