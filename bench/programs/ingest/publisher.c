/* bench-publisher: publishes N distinct ~200-byte JSON notifications on one channel.
 *
 *   bench-publisher --host H --port P --channel C --count N [--size 200]
 *                   [--mode blast|pipelined|paced] [--batch 1000] [--rate 2000]
 *                   [--channels K] [--timeout-ms 60000]
 *
 * Every PUBLISH command is serialized as RESP into one buffer BEFORE the clock starts, in every
 * mode, so the publisher's own CPU cost is only write() and reading replies.
 *
 * blast      writes the whole buffer as fast as the socket takes it, reading and discarding the
 *            replies concurrently (one non-blocking socket, poll() for both directions), so Redis
 *            is never stalled by an unread reply buffer. The subscriber, not the publisher, is
 *            the limit.
 * pipelined  sends --batch commands, waits for their --batch replies, then sends the next batch:
 *            what a realistic client with a pipeline does.
 * paced      sends one command every 1/--rate seconds (absolute deadlines, so a late send does
 *            not shift the ones after it) and stamps each payload just before its write() with
 *            the CLOCK_MONOTONIC time, as "sent_ns":"<19 digits>" (in place of "timestamp") and
 *            as "@<19 digits>" at the end of the title (the title is what reaches a desktop
 *            notification server). The stamps are patched into the pre-serialized command, so
 *            the size never changes.
 *
 * Payload i carries "id":"<i>" (i = 0..N-1), so a subscriber can check exactly-once and order.
 * With --channels K > 1, message i goes to channel "<C><i mod K>" (C is then a prefix, e.g.
 * "bench:latency:" for subscribers of the pattern "bench:latency:*").
 *
 * Prints one RESULT line: the publisher-side elapsed time (first write to last reply) and how
 * many PUBLISH replies said 1 receiver. Exit status 0 when every command got a reply, 1 otherwise,
 * 2 on bad usage or a failed connection. */
#define _POSIX_C_SOURCE 200809L

#include "bench_common.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

typedef struct {
    char* data;
    size_t size;
    size_t capacity;
} Buffer;

static void buffer_append(Buffer* b, const char* data, size_t n)
{
    if (b->size + n > b->capacity) {
        size_t cap = b->capacity ? b->capacity : 1 << 20;
        while (cap < b->size + n)
            cap *= 2;
        char* p = realloc(b->data, cap);
        if (!p) {
            fprintf(stderr, "bench-publisher: out of memory\n");
            exit(2);
        }
        b->data = p;
        b->capacity = cap;
    }
    memcpy(b->data + b->size, data, n);
    b->size += n;
}

static const char Filler[] =
    " All health checks passed; canary at 5% for 10 minutes showed no error budget burn;"
    " rollout continued region by region; previous build kept warm for a fast rollback;"
    " release notes and changelog attached to the build page for review.";

/* 19 digits hold any CLOCK_MONOTONIC nanosecond count (2^63 has 19). */
#define STAMP_DIGITS 19
static const char StampZeros[] = "0000000000000000000";

/* Where the two send-time stamps of a paced payload sit, relative to the payload's start. */
typedef struct {
    int title_stamp;
    int field_stamp;
} StampOffsets;

/* Writes payload i into out (capacity cap) and returns its length: a JSON object of `size`
 * bytes when size is at least the length of the unpadded object. With stamps, the title ends in
 * "@<19 zeros>" and a "sent_ns" field of 19 zeros follows; *offsets says where, for patching. */
static int make_payload(char* out, size_t cap, long i, int size, StampOffsets* offsets)
{
    const unsigned hash = (unsigned)(i * 2654435761u) & 0xfffffffu;
    const int minutes = (int)(i % 7) + 1;
    const int seconds = (int)(i % 60);
    const int priority = (int)(i % 5) + 1;
    const long long ts = 1764312000123LL + i;
    char title[64];
    if (offsets)
        snprintf(title, sizeof title, "Deploy %ld @%s", i, StampZeros);
    else
        snprintf(title, sizeof title, "Deploy finished");
    char head[200];
    char tail[200];
    const int h = snprintf(head, sizeof head,
                           "{\"id\":\"%ld\",\"title\":\"%s\",\"body\":\"web-%ld "
                           "deployed build %07x to production in %dm%02ds.",
                           i, title, i % 100, hash, minutes, seconds);
    /* Stamped payloads carry "sent_ns" in place of "timestamp", to stay near `size` bytes. */
    const int t = offsets ? snprintf(tail, sizeof tail,
                                     "\",\"priority\":%d,\"url\":\"https://ci.example.com/builds/"
                                     "%ld\",\"sent_ns\":\"%s\"}",
                                     priority, i, StampZeros)
                          : snprintf(tail, sizeof tail,
                                     "\",\"priority\":%d,\"url\":\"https://ci.example.com/builds/"
                                     "%ld\",\"timestamp\":%lld}",
                                     priority, i, ts);
    int pad = size - h - t;
    if (pad < 0)
        pad = 0;
    if (pad > (int)(sizeof Filler - 1))
        pad = (int)(sizeof Filler - 1);
    if ((size_t)(h + pad + t) >= cap)
        return -1;
    memcpy(out, head, (size_t)h);
    memcpy(out + h, Filler, (size_t)pad);
    memcpy(out + h + pad, tail, (size_t)t);
    out[h + pad + t] = '\0';
    if (offsets) {
        offsets->title_stamp = (int)(strstr(out, "@") - out) + 1;
        offsets->field_stamp = h + pad + t - 2 - STAMP_DIGITS;
    }
    return h + pad + t;
}

static int connect_to(const char* host, const char* port)
{
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    struct addrinfo* res = NULL;
    const int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0) {
        fprintf(stderr, "bench-publisher: %s:%s: %s\n", host, port, gai_strerror(rc));
        return -1;
    }
    int fd = -1;
    for (struct addrinfo* ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        fprintf(stderr, "bench-publisher: cannot connect to %s:%s: %s\n", host, port,
                strerror(errno));
    return fd;
}

/* Counts RESP2 replies to PUBLISH (":<n>\r\n", or "-ERR ...\r\n") across reads. */
typedef struct {
    long replies;
    long receivers_one;
    long receivers_zero;
    long receivers_other;
    long errors;
    int in_line; /* 0: at the start of a reply; 1: in an integer; 2: skipping to '\n' */
    long value;
} ReplyCounter;

static void count_replies(ReplyCounter* rc, const char* p, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const char ch = p[i];
        switch (rc->in_line) {
        case 0:
            if (ch == ':') {
                rc->in_line = 1;
                rc->value = 0;
            } else {
                ++rc->errors; /* '-' error or anything unexpected */
                rc->in_line = 2;
            }
            break;
        case 1:
            if (ch >= '0' && ch <= '9') {
                rc->value = rc->value * 10 + (ch - '0');
            } else if (ch == '\n') {
                ++rc->replies;
                if (rc->value == 1)
                    ++rc->receivers_one;
                else if (rc->value == 0)
                    ++rc->receivers_zero;
                else
                    ++rc->receivers_other;
                rc->in_line = 0;
            }
            break;
        default:
            if (ch == '\n') {
                ++rc->replies;
                rc->in_line = 0;
            }
            break;
        }
    }
}

typedef struct {
    const char* host;
    const char* port;
    const char* channel;
    long count;
    int size;
    const char* mode;
    long batch;
    long rate;
    long channels;
    long timeout_ms;
} Options;

static void usage(void)
{
    fprintf(stderr, "usage: bench-publisher --host H --port P --channel C --count N [--size B] "
                    "[--mode blast|pipelined|paced] [--batch K] [--rate R] [--channels K] "
                    "[--timeout-ms MS]\n");
}

static int parse_options(int argc, char** argv, Options* o)
{
    for (int i = 1; i < argc; i += 2) {
        const char* a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v)
            return 0;
        if (strcmp(a, "--host") == 0)
            o->host = v;
        else if (strcmp(a, "--port") == 0)
            o->port = v;
        else if (strcmp(a, "--channel") == 0)
            o->channel = v;
        else if (strcmp(a, "--count") == 0)
            o->count = atol(v);
        else if (strcmp(a, "--size") == 0)
            o->size = atoi(v);
        else if (strcmp(a, "--mode") == 0)
            o->mode = v;
        else if (strcmp(a, "--batch") == 0)
            o->batch = atol(v);
        else if (strcmp(a, "--rate") == 0)
            o->rate = atol(v);
        else if (strcmp(a, "--channels") == 0)
            o->channels = atol(v);
        else if (strcmp(a, "--timeout-ms") == 0)
            o->timeout_ms = atol(v);
        else
            return 0;
    }
    const int known = strcmp(o->mode, "blast") == 0 || strcmp(o->mode, "pipelined") == 0 ||
                      strcmp(o->mode, "paced") == 0;
    return known && o->count > 0 && o->size > 0 && o->size <= 4096 && o->batch > 0 && o->rate > 0 &&
           o->channels > 0;
}

/* The serialized commands: command k is data[offsets[k] .. offsets[k+1]); stamps[k] (paced
 * mode only) are its two stamp positions, relative to data. */
typedef struct {
    Buffer buf;
    size_t* offsets;
    StampOffsets* stamps;
    long payload_bytes;
} Commands;

static void serialize_commands(const Options* o, int stamped, Commands* c)
{
    memset(c, 0, sizeof *c);
    c->offsets = malloc(sizeof(size_t) * (size_t)(o->count + 1));
    c->stamps = stamped ? malloc(sizeof(StampOffsets) * (size_t)o->count) : NULL;
    if (!c->offsets || (stamped && !c->stamps)) {
        fprintf(stderr, "bench-publisher: out of memory\n");
        exit(2);
    }
    for (long i = 0; i < o->count; ++i) {
        char channel[256];
        if (o->channels > 1)
            snprintf(channel, sizeof channel, "%s%ld", o->channel, i % o->channels);
        else
            snprintf(channel, sizeof channel, "%s", o->channel);
        const size_t channel_len = strlen(channel);
        char payload[4200];
        StampOffsets at = {0, 0};
        const int plen = make_payload(payload, sizeof payload, i, o->size, stamped ? &at : NULL);
        if (plen < 0) {
            fprintf(stderr, "bench-publisher: payload too large\n");
            exit(2);
        }
        c->payload_bytes += plen;
        char head[128];
        const int hl = snprintf(head, sizeof head, "*3\r\n$7\r\nPUBLISH\r\n$%zu\r\n", channel_len);
        c->offsets[i] = c->buf.size;
        buffer_append(&c->buf, head, (size_t)hl);
        buffer_append(&c->buf, channel, channel_len);
        const int pl = snprintf(head, sizeof head, "\r\n$%d\r\n", plen);
        buffer_append(&c->buf, head, (size_t)pl);
        if (stamped) {
            c->stamps[i].title_stamp = (int)c->buf.size + at.title_stamp - (int)c->offsets[i];
            c->stamps[i].field_stamp = (int)c->buf.size + at.field_stamp - (int)c->offsets[i];
        }
        buffer_append(&c->buf, payload, (size_t)plen);
        buffer_append(&c->buf, "\r\n", 2);
    }
    c->offsets[o->count] = c->buf.size;
}

typedef struct {
    ReplyCounter replies;
    int failed;
    const char* why;
    int64_t t_start;
    int64_t t_written;
    int64_t t_done;
    long late_sends;     /* paced: sends more than one interval behind their deadline */
    int64_t max_late_ns; /* paced: the latest send, relative to its deadline */
} Outcome;

/* Reads and counts every reply available now. Returns 0 when the connection failed. */
static int drain_replies(int fd, Outcome* out)
{
    char readbuf[65536];
    for (;;) {
        const ssize_t n = read(fd, readbuf, sizeof readbuf);
        if (n > 0) {
            count_replies(&out->replies, readbuf, (size_t)n);
            if ((size_t)n < sizeof readbuf)
                return 1;
            continue;
        }
        if (n == 0) {
            out->why = "the server closed the connection";
            return 0;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return 1;
        out->why = "read failed";
        return 0;
    }
}

/* One poll() round: reads replies when readable, writes data[*written..allowed) when writable.
 * Returns 0 (with out->failed and out->why) on failure or timeout. */
static int pump(int fd, const char* data, size_t* written, size_t allowed, long timeout_ms,
                Outcome* out)
{
    struct pollfd pfd;
    pfd.fd = fd;
    pfd.events = POLLIN | (*written < allowed ? POLLOUT : 0);
    pfd.revents = 0;
    const int ready = poll(&pfd, 1, (int)timeout_ms);
    if (ready < 0 && errno == EINTR)
        return 1;
    if (ready <= 0) {
        out->why = ready == 0 ? "timed out waiting for replies" : "poll failed";
        out->failed = 1;
        return 0;
    }
    if (pfd.revents & POLLIN) {
        if (!drain_replies(fd, out)) {
            out->failed = 1;
            return 0;
        }
    } else if (pfd.revents & (POLLERR | POLLHUP)) {
        out->why = "the connection failed";
        out->failed = 1;
        return 0;
    }
    if ((pfd.revents & POLLOUT) && *written < allowed) {
        const ssize_t n = write(fd, data + *written, allowed - *written);
        if (n > 0) {
            *written += (size_t)n;
        } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            out->why = "write failed";
            out->failed = 1;
            return 0;
        }
    }
    return 1;
}

/* blast and pipelined: at most `batch` commands beyond the last reply on the wire. */
static void run_burst(int fd, const Options* o, const Commands* c, long batch, Outcome* out)
{
    size_t written = 0;
    long batch_end = batch < o->count ? batch : o->count;
    out->t_start = bench_now_ns();
    while (out->replies.replies < o->count) {
        if (out->replies.replies >= batch_end && batch_end < o->count)
            batch_end = batch_end + batch < o->count ? batch_end + batch : o->count;
        const size_t before = written;
        if (!pump(fd, c->buf.data, &written, c->offsets[batch_end], o->timeout_ms, out))
            break;
        if (before < c->buf.size && written == c->buf.size)
            out->t_written = bench_now_ns();
    }
}

static void write_stamp(char* at, int64_t ns)
{
    for (int d = STAMP_DIGITS - 1; d >= 0; --d) {
        at[d] = (char)('0' + ns % 10);
        ns /= 10;
    }
}

static void sleep_until(int64_t deadline_ns)
{
    struct timespec ts;
    ts.tv_sec = (time_t)(deadline_ns / 1000000000);
    ts.tv_nsec = (long)(deadline_ns % 1000000000);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

/* paced: command i is due at t_start + i/rate; stamped right before its write. */
static void run_paced(int fd, const Options* o, Commands* c, Outcome* out)
{
    const int64_t interval = 1000000000LL / o->rate;
    size_t written = 0;
    out->t_start = bench_now_ns() + 1000000; /* 1 ms to settle the first deadline */
    for (long i = 0; i < o->count && !out->failed; ++i) {
        const int64_t due = out->t_start + i * interval;
        sleep_until(due);
        if (!drain_replies(fd, out)) {
            out->failed = 1;
            break;
        }
        const int64_t now = bench_now_ns();
        if (now - due > out->max_late_ns)
            out->max_late_ns = now - due;
        if (now - due > interval)
            ++out->late_sends;
        char* cmd = c->buf.data + c->offsets[i];
        write_stamp(cmd + c->stamps[i].title_stamp, now);
        write_stamp(cmd + c->stamps[i].field_stamp, now);
        while (written < c->offsets[i + 1] && !out->failed)
            pump(fd, c->buf.data, &written, c->offsets[i + 1], o->timeout_ms, out);
    }
    out->t_written = bench_now_ns();
    while (!out->failed && out->replies.replies < o->count)
        pump(fd, c->buf.data, &written, written, o->timeout_ms, out);
}

static void print_result(const Options* o, const Commands* c, const Outcome* out, long batch)
{
    const double elapsed_s = (double)(out->t_done - out->t_start) / 1e9;
    const ReplyCounter* rc = &out->replies;
    printf("RESULT {\"role\":\"publisher\",\"mode\":\"%s\",\"count\":%ld,\"batch\":%ld,"
           "\"rate\":%ld,\"channels\":%ld,\"payload_bytes_avg\":%.1f,\"wire_bytes\":%zu,"
           "\"t_start_ns\":%lld,\"t_written_ns\":%lld,\"t_done_ns\":%lld,\"elapsed_s\":%.6f,"
           "\"msgs_per_s\":%.1f,\"replies\":%ld,\"receivers_1\":%ld,\"receivers_0\":%ld,"
           "\"receivers_other\":%ld,\"errors\":%ld,\"late_sends\":%ld,\"max_late_us\":%.1f,"
           "\"cpu_s\":%.3f,\"vmhwm_kib\":%ld,\"status\":\"%s\"}\n",
           o->mode, o->count, batch, o->rate, o->channels,
           (double)c->payload_bytes / (double)o->count, c->buf.size, (long long)out->t_start,
           (long long)out->t_written, (long long)out->t_done, elapsed_s,
           elapsed_s > 0 ? (double)rc->replies / elapsed_s : 0.0, rc->replies, rc->receivers_one,
           rc->receivers_zero, rc->receivers_other, rc->errors, out->late_sends,
           (double)out->max_late_ns / 1e3, bench_cpu_s(), bench_vmhwm_kib(), out->why);
    fflush(stdout);
}

int main(int argc, char** argv)
{
    Options o = {"127.0.0.1", "6379", "bench:ingest", 200000, 200, "blast", 1000, 2000, 1, 60000};
    if (!parse_options(argc, argv, &o)) {
        usage();
        return 2;
    }
    const int paced = strcmp(o.mode, "paced") == 0;
    const long batch = strcmp(o.mode, "blast") == 0 ? o.count : o.batch;
    Commands commands;
    serialize_commands(&o, paced, &commands);

    const int fd = connect_to(o.host, o.port);
    if (fd < 0)
        return 2;
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);

    Outcome out;
    memset(&out, 0, sizeof out);
    out.why = "complete";
    if (paced)
        run_paced(fd, &o, &commands, &out);
    else
        run_burst(fd, &o, &commands, batch, &out);
    out.t_done = bench_now_ns();
    print_result(&o, &commands, &out, paced ? 1 : batch);
    close(fd);
    free(commands.offsets);
    free(commands.stamps);
    free(commands.buf.data);
    return out.failed || out.replies.replies != o.count ? 1 : 0;
}
