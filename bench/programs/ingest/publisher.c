/* bench-publisher: publishes N distinct ~200-byte JSON notifications on one channel.
 *
 *   bench-publisher --host H --port P --channel C --count N [--size 200]
 *                   [--mode blast|pipelined] [--batch 1000] [--timeout-ms 60000]
 *
 * Every PUBLISH command is serialized as RESP into one buffer BEFORE the clock starts, in both
 * modes, so the publisher's own CPU cost is only write() and reading replies.
 *
 * blast      writes the whole buffer as fast as the socket takes it, reading and discarding the
 *            replies concurrently (one non-blocking socket, poll() for both directions), so Redis
 *            is never stalled by an unread reply buffer. The subscriber, not the publisher, is
 *            the limit.
 * pipelined  sends --batch commands, waits for their --batch replies, then sends the next batch:
 *            what a realistic client with a pipeline does.
 *
 * Payload i carries "id":"<i>" (i = 0..N-1), so a subscriber can check exactly-once and order.
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

/* Writes payload i into out (capacity cap) and returns its length: a JSON object of `size`
 * bytes when size is at least the length of the unpadded object. */
static int make_payload(char* out, size_t cap, long i, int size)
{
    const unsigned hash = (unsigned)(i * 2654435761u) & 0xfffffffu;
    const int minutes = (int)(i % 7) + 1;
    const int seconds = (int)(i % 60);
    const int priority = (int)(i % 5) + 1;
    const long long ts = 1764312000123LL + i;
    char head[160];
    char tail[160];
    const int h = snprintf(head, sizeof head,
                           "{\"id\":\"%ld\",\"title\":\"Deploy finished\",\"body\":\"web-%ld "
                           "deployed build %07x to production in %dm%02ds.",
                           i, i % 100, hash, minutes, seconds);
    const int t = snprintf(tail, sizeof tail,
                           "\",\"priority\":%d,\"url\":\"https://ci.example.com/builds/%ld\","
                           "\"timestamp\":%lld}",
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

static void usage(void)
{
    fprintf(stderr, "usage: bench-publisher --host H --port P --channel C --count N [--size B] "
                    "[--mode blast|pipelined] [--batch K] [--timeout-ms MS]\n");
}

int main(int argc, char** argv)
{
    const char* host = "127.0.0.1";
    const char* port = "6379";
    const char* channel = "bench:ingest";
    long count = 200000;
    int size = 200;
    const char* mode = "blast";
    long batch = 1000;
    long timeout_ms = 60000;

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
            port = v;
        else if (strcmp(a, "--channel") == 0)
            channel = v;
        else if (strcmp(a, "--count") == 0)
            count = atol(v);
        else if (strcmp(a, "--size") == 0)
            size = atoi(v);
        else if (strcmp(a, "--mode") == 0)
            mode = v;
        else if (strcmp(a, "--batch") == 0)
            batch = atol(v);
        else if (strcmp(a, "--timeout-ms") == 0)
            timeout_ms = atol(v);
        else {
            usage();
            return 2;
        }
        ++i;
    }
    const int blast = strcmp(mode, "blast") == 0;
    if (count <= 0 || size <= 0 || size > 4096 || batch <= 0 ||
        (!blast && strcmp(mode, "pipelined") != 0)) {
        usage();
        return 2;
    }
    if (blast)
        batch = count;

    /* Serialize every command before timing. offsets[k] is where command k starts. */
    Buffer commands = {0};
    size_t* offsets = malloc(sizeof(size_t) * (size_t)(count + 1));
    if (!offsets) {
        fprintf(stderr, "bench-publisher: out of memory\n");
        return 2;
    }
    const size_t channel_len = strlen(channel);
    long payload_bytes = 0;
    for (long i = 0; i < count; ++i) {
        char payload[4200];
        const int plen = make_payload(payload, sizeof payload, i, size);
        if (plen < 0) {
            fprintf(stderr, "bench-publisher: payload too large\n");
            return 2;
        }
        payload_bytes += plen;
        char head[128];
        const int hl = snprintf(head, sizeof head, "*3\r\n$7\r\nPUBLISH\r\n$%zu\r\n", channel_len);
        offsets[i] = commands.size;
        buffer_append(&commands, head, (size_t)hl);
        buffer_append(&commands, channel, channel_len);
        const int pl = snprintf(head, sizeof head, "\r\n$%d\r\n", plen);
        buffer_append(&commands, head, (size_t)pl);
        buffer_append(&commands, payload, (size_t)plen);
        buffer_append(&commands, "\r\n", 2);
    }
    offsets[count] = commands.size;

    const int fd = connect_to(host, port);
    if (fd < 0)
        return 2;
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);

    ReplyCounter rc;
    memset(&rc, 0, sizeof rc);
    size_t written = 0;
    long batch_end = batch < count ? batch : count; /* commands allowed on the wire so far */
    char readbuf[65536];
    int failed = 0;
    const char* why = "complete";

    const int64_t t_start = bench_now_ns();
    int64_t t_written = 0;
    while (rc.replies < count) {
        if (rc.replies >= batch_end && batch_end < count)
            batch_end = batch_end + batch < count ? batch_end + batch : count;
        const size_t allowed = offsets[batch_end];
        struct pollfd pfd;
        pfd.fd = fd;
        pfd.events = POLLIN | (written < allowed ? POLLOUT : 0);
        pfd.revents = 0;
        const int ready = poll(&pfd, 1, (int)timeout_ms);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            failed = 1;
            why = ready == 0 ? "timed out waiting for replies" : "poll failed";
            break;
        }
        if (pfd.revents & POLLIN) {
            for (;;) {
                const ssize_t n = read(fd, readbuf, sizeof readbuf);
                if (n > 0) {
                    count_replies(&rc, readbuf, (size_t)n);
                    if ((size_t)n < sizeof readbuf)
                        break;
                    continue;
                }
                if (n == 0) {
                    failed = 1;
                    why = "the server closed the connection";
                } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    failed = 1;
                    why = "read failed";
                }
                break;
            }
            if (failed)
                break;
        } else if (pfd.revents & (POLLERR | POLLHUP)) {
            failed = 1;
            why = "the connection failed";
            break;
        }
        if ((pfd.revents & POLLOUT) && written < allowed) {
            const ssize_t n = write(fd, commands.data + written, allowed - written);
            if (n > 0) {
                written += (size_t)n;
                if (written == commands.size)
                    t_written = bench_now_ns();
            } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                failed = 1;
                why = "write failed";
                break;
            }
        }
    }
    const int64_t t_done = bench_now_ns();
    const double elapsed_s = (double)(t_done - t_start) / 1e9;

    printf("RESULT {\"role\":\"publisher\",\"mode\":\"%s\",\"count\":%ld,\"batch\":%ld,"
           "\"payload_bytes_avg\":%.1f,\"wire_bytes\":%zu,\"t_start_ns\":%lld,"
           "\"t_written_ns\":%lld,\"t_done_ns\":%lld,\"elapsed_s\":%.6f,\"msgs_per_s\":%.1f,"
           "\"replies\":%ld,\"receivers_1\":%ld,\"receivers_0\":%ld,\"receivers_other\":%ld,"
           "\"errors\":%ld,\"cpu_s\":%.3f,\"vmhwm_kib\":%ld,\"status\":\"%s\"}\n",
           blast ? "blast" : "pipelined", count, batch, (double)payload_bytes / (double)count,
           commands.size, (long long)t_start, (long long)t_written, (long long)t_done, elapsed_s,
           elapsed_s > 0 ? (double)rc.replies / elapsed_s : 0.0, rc.replies, rc.receivers_one,
           rc.receivers_zero, rc.receivers_other, rc.errors, bench_cpu_s(), bench_vmhwm_kib(), why);
    fflush(stdout);
    close(fd);
    free(offsets);
    free(commands.data);
    return failed || rc.replies != count ? 1 : 0;
}
