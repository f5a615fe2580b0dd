'use strict';
// A seed-style gateway: ioredis subscribes, every message is JSON.parse'd and emitted to every
// Socket.IO client as the event "notification" (the seed article's server, in one file).
//
//   node gateway.js --redis-port P (--channel C | --pattern GLOB) [--port 0]
//
// Prints "PORT <n>" once listening (port 0: a free one), "READY" once subscribed, and
// "CLIENTS <n>" whenever the number of connected clients changes. On SIGTERM it prints
// RESULT {"forwarded", "redis_disconnects", "cpu_s", "cpu_ready_s", "vmhwm_kib"} and exits.

const http = require('http');
const Redis = require('ioredis');
const { Server } = require('socket.io');
const { parseArgs, cpuSeconds, vmHwmKib, onStop } = require('./common');

const opts = parseArgs(process.argv.slice(2), {
  host: '127.0.0.1', 'redis-port': 6379, channel: '', pattern: '', port: 0,
});

const httpServer = http.createServer();
const io = new Server(httpServer, { serveClient: false });
const redis = new Redis({ host: opts.host, port: opts['redis-port'], connectionName: 'bench-gateway' });
let forwarded = 0;
let redisDisconnects = 0;
let subscribed = false;
let cpuReady = 0;

const forward = (message) => {
  forwarded++;
  io.emit('notification', JSON.parse(message));
};
redis.on('message', (channel, message) => forward(message));
redis.on('pmessage', (pattern, channel, message) => forward(message));
// Redis drops a subscriber that falls behind its output-buffer limit; ioredis reconnects and
// subscribes again, and whatever was published meanwhile is gone.
redis.on('close', () => {
  if (subscribed) redisDisconnects++;
});

io.on('connection', (socket) => {
  process.stdout.write(`CLIENTS ${io.engine.clientsCount}\n`);
  socket.on('disconnect', () => process.stdout.write(`CLIENTS ${io.engine.clientsCount}\n`));
});

httpServer.listen(opts.port, '127.0.0.1', () => {
  process.stdout.write(`PORT ${httpServer.address().port}\n`);
  const done = opts.pattern ? redis.psubscribe(opts.pattern) : redis.subscribe(opts.channel);
  done.then(
    () => {
      subscribed = true;
      cpuReady = cpuSeconds();
      process.stdout.write('READY\n');
    },
    (err) => {
      process.stderr.write(`subscribe failed: ${err.message}\n`);
      process.exit(2);
    },
  );
});

onStop(() => {
  const result = {
    role: 'gateway', forwarded, redis_disconnects: redisDisconnects, cpu_s: cpuSeconds(),
    cpu_ready_s: cpuReady,
    vmhwm_kib: vmHwmKib(),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  process.exit(0);
});
