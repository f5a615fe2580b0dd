'use strict';
// The seed's browser side as a contender: a socket.io-client that listens for "notification"
// and counts (the seed's React component appends each one to a list; this keeps nothing).
// WebSocket transport from the start, as Herald's Socket.IO source uses.
//
//   node sio_client.js --port P --count N [--idle-timeout-ms 5000] [--start-timeout-ms 60000]
//        [--latency-file F] [--linger 0|1]
//   --count 0: never finishes (idle and memory measurements)

const { io } = require('socket.io-client');
const { parseArgs, Counter, onStop } = require('./common');

const opts = parseArgs(process.argv.slice(2), {
  host: '127.0.0.1', port: 3000, count: 200000, 'idle-timeout-ms': 5000,
  'start-timeout-ms': 60000, 'latency-file': '', linger: 0,
});

const socket = io(`http://${opts.host}:${opts.port}`, { transports: ['websocket'] });
const counter = new Counter(opts, 'socketio', () => {
  if (!opts.linger) socket.close();
});
let connectedOnce = false;

socket.on('notification', (message) => counter.add(message));
socket.on('connect', () => {
  if (!connectedOnce) counter.ready();
  connectedOnce = true;
});
socket.on('disconnect', (reason) => {
  if (!counter.finished) {
    counter.disconnects++;
    process.stderr.write(`disconnected: ${reason}\n`);
  }
});

onStop(() => {
  if (!counter.finished) counter.finish('stopped', true);
  process.exit(0);
});
