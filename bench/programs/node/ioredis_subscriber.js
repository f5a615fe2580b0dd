'use strict';
// The seed's subscriber as a contender: ioredis, and JSON.parse of every message, as in the
// seed article's subscriber.js. Counts by sequence id; nothing else.
//
//   node ioredis_subscriber.js --port P (--channel C | --pattern GLOB) --count N
//        [--idle-timeout-ms 5000] [--start-timeout-ms 60000] [--latency-file F]
//        [--linger 0|1]      (1: stay after the RESULT line until stopped)
//   --count 0: never finishes (idle and memory measurements)

const Redis = require('ioredis');
const { parseArgs, Counter, onStop } = require('./common');

const opts = parseArgs(process.argv.slice(2), {
  host: '127.0.0.1', port: 6379, channel: '', pattern: '', count: 200000,
  'idle-timeout-ms': 5000, 'start-timeout-ms': 60000, 'latency-file': '', linger: 0,
});

const redis = new Redis({ host: opts.host, port: opts.port, connectionName: 'bench-ioredis' });
const counter = new Counter(opts, 'ioredis', () => {
  if (!opts.linger) redis.disconnect();
});
let ready = false;

redis.on('message', (channel, message) => counter.add(JSON.parse(message)));
redis.on('pmessage', (pattern, channel, message) => counter.add(JSON.parse(message)));
// After READY, any closed connection is a disconnect (Redis dropping a slow subscriber shows
// up here); ioredis reconnects and subscribes again by itself, like the seed would.
redis.on('close', () => {
  if (ready && !counter.finished) counter.disconnects++;
});

const subscribed = opts.pattern ? redis.psubscribe(opts.pattern) : redis.subscribe(opts.channel);
subscribed.then(
  () => {
    ready = true;
    counter.ready();
  },
  (err) => {
    process.stderr.write(`subscribe failed: ${err.message}\n`);
    process.exit(2);
  },
);

onStop(() => {
  if (!counter.finished) counter.finish('stopped', true);
  process.exit(0);
});
