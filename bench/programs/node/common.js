'use strict';
// Shared by the Node contenders: options, the exactly-once counter, the RESULT line.
//
// They follow the C and C++ programs' protocol (bench/README.md): READY on stdout once
// subscribed or connected, one `RESULT {json}` line at the end, with the same fields. Times are
// process.hrtime.bigint(), which is CLOCK_MONOTONIC on Linux: the clock the publisher stamps.

const fs = require('fs');

function parseArgs(argv, defaults) {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults) || i + 1 >= argv.length) {
      process.stderr.write(`unknown or incomplete option ${argv[i]}\n`);
      process.exit(2);
    }
    opts[key] = typeof defaults[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return opts;
}

const nowNs = () => Number(process.hrtime.bigint());

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// Peak resident set size in KiB, read where the C programs read it.
function vmHwmKib() {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : -1;
  } catch {
    return -1;
  }
}

// Counts notifications by the publisher's sequence id ("id":"<n>"), like herald-bench-ingest:
// received, unique, duplicates, out of order, foreign; and publish -> here latencies when the
// payload carries "sent_ns". count 0: never complete (idle measurements).
class Counter {
  constructor(opts, contender, onComplete) {
    this.opts = opts;
    this.contender = contender;
    this.onComplete = onComplete;
    this.seen = new Uint8Array(Math.max(opts.count, 0));
    this.latencies = [];
    Object.assign(this, { received: 0, unique: 0, duplicates: 0, outOfOrder: 0, foreign: 0 });
    Object.assign(this, { highest: -1, tFirst: 0, tLast: 0, cpuFirst: 0, disconnects: 0 });
    this.started = nowNs();
    this.finished = false;
    this.cpuReady = 0;
    // No timer for count 0: an idle measurement must not count the benchmark's own wake-ups.
    this.watchdog = opts.count > 0 ? setInterval(() => this.checkIdle(), 50) : null;
  }

  add(message) {
    const now = nowNs();
    if (this.received++ === 0) {
      this.tFirst = now;
      this.cpuFirst = cpuSeconds();
    }
    this.tLast = now;
    if (message && message.sent_ns && this.opts['latency-file'])
      this.latencies.push(now - Number(message.sent_ns));
    const seq = message && /^\d{1,15}$/.test(message.id) ? Number(message.id) : -1;
    if (seq < 0 || seq >= this.seen.length) {
      this.foreign++;
      return;
    }
    if (this.seen[seq]) {
      this.duplicates++;
      return;
    }
    this.seen[seq] = 1;
    this.unique++;
    if (seq < this.highest) this.outOfOrder++;
    else this.highest = seq;
    if (this.unique === this.opts.count) this.finish('complete', false);
  }

  checkIdle() {
    const now = nowNs();
    if (this.received === 0) {
      if (now - this.started > this.opts['start-timeout-ms'] * 1e6)
        this.finish('no message before the start timeout', true);
    } else if (now - this.tLast > this.opts['idle-timeout-ms'] * 1e6) {
      this.finish('idle timeout: the rest never came', true);
    }
  }

  // Called when the contender prints READY: CPU spent starting up is not the ingest's.
  ready() {
    this.cpuReady = cpuSeconds();
    process.stdout.write('READY\n');
  }

  finish(why, timedOut) {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.watchdog);
    const cpuEnd = cpuSeconds();
    const elapsed = this.received > 1 ? (this.tLast - this.tFirst) / 1e9 : 0;
    const result = {
      contender: this.contender, expected: this.opts.count, received: this.received,
      unique: this.unique, lost: this.opts.count - this.unique, duplicates: this.duplicates,
      out_of_order: this.outOfOrder, foreign: this.foreign, first_batch: 1,
      t_first_ns: this.tFirst, t_last_ns: this.tLast, elapsed_s: elapsed,
      // The first message starts the clock, so it is not counted in the rate (as in C).
      msgs_per_s: elapsed > 0 ? (this.received - 1) / elapsed : 0,
      cpu_s: cpuEnd, cpu_ready_s: this.cpuReady, cpu_busy: elapsed > 0 ? (cpuEnd - this.cpuFirst) / elapsed : 0,
      vmhwm_kib: vmHwmKib(), disconnected: this.disconnects > 0,
      disconnects: this.disconnects, timed_out: timedOut, status: why,
    };
    if (this.opts['latency-file'])
      fs.writeFileSync(this.opts['latency-file'], this.latencies.map((ns) => `${ns}\n`).join(''));
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    this.onComplete(result);
  }
}

// Stops cleanly on SIGTERM/SIGINT (bench/run stops every program by its PID).
function onStop(fn) {
  process.on('SIGTERM', fn);
  process.on('SIGINT', fn);
}

module.exports = { parseArgs, nowNs, cpuSeconds, vmHwmKib, Counter, onStop };
