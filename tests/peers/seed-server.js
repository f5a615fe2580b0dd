#!/usr/bin/env node
// The seed article's notification gateway, as Herald's tests run it: ioredis subscribes to Redis
// channels and Socket.IO emits every message to the connected clients as a `notification` event
// with JSON.parse(message) (the raw string when the message is not JSON).
//
// Usage: node seed-server.js [options]
//   --port N              listen on 127.0.0.1:N; 0 (the default) picks a free port
//   --redis URL           redis://127.0.0.1:6379 by default
//   --channel NAME        a Redis channel to subscribe (repeatable); also SEED_CHANNELS=a,b.
//                         Default: "notifications"
//   --event NAME          the event each message is emitted as ("notification")
//   --namespace /NAME     emit on this namespace instead of "/"
//   --path /PATH/         the Engine.IO path ("/socket.io/")
//   --token TOKEN         refuse clients whose CONNECT auth has another token ("invalid token")
//   --ping-interval MS, --ping-timeout MS, --max-payload BYTES   Engine.IO settings
//   --recovery            enable connection-state recovery
//   --polling-only        allow only the HTTP long-polling transport
//   --rooms               emit each message only to the room named after its Redis channel;
//                         clients join rooms with the event `subscribe` (its argument: the room)
//
// Standard output, one line each: the port (first line), "ready" once the Redis subscription is
// in place, then what the tests look for: "connect <json>" (auth without the token, whether the
// session was recovered), "disconnect <reason>", "joined <room>", "ack <json>".
//
// Standard input takes commands, one per line, applied to every connected client:
//   emit <event> <json>        emit the event with this argument
//   emit-ack <event> <json>    the same, asking for an acknowledgement
//   emit-binary <event>        emit an event whose argument is binary (a BINARY_EVENT)
//   emit-huge <event> <bytes>  emit an event whose payload is a string of that many bytes
//   raw <text>                 send <text> as one WebSocket text frame, bypassing the encoder
//   stop-pings                 stop pinging the connected clients (new ones are pinged as usual)
//   close-transport            close the WebSocket without ending the Socket.IO session
//   disconnect                 end the Socket.IO session from the server (a DISCONNECT packet)
// End of input stops the server, so it never outlives the test that started it.
"use strict";

const http = require("http");
const readline = require("readline");
const Redis = require("ioredis");
const { Server } = require("socket.io");

function parseArguments(argv) {
    const options = {
        port: 0,
        redis: "redis://127.0.0.1:6379",
        channels: [],
        event: "notification",
        namespace: "/",
        path: "/socket.io/",
        token: null,
        pingInterval: 25000,
        pingTimeout: 20000,
        maxPayload: 1e6,
        recovery: false,
        pollingOnly: false,
        rooms: false,
    };
    const valued = {
        "--port": (v) => (options.port = Number(v)),
        "--redis": (v) => (options.redis = v),
        "--channel": (v) => options.channels.push(v),
        "--event": (v) => (options.event = v),
        "--namespace": (v) => (options.namespace = v),
        "--path": (v) => (options.path = v),
        "--token": (v) => (options.token = v),
        "--ping-interval": (v) => (options.pingInterval = Number(v)),
        "--ping-timeout": (v) => (options.pingTimeout = Number(v)),
        "--max-payload": (v) => (options.maxPayload = Number(v)),
    };
    const flags = {
        "--recovery": () => (options.recovery = true),
        "--polling-only": () => (options.pollingOnly = true),
        "--rooms": () => (options.rooms = true),
    };
    for (let i = 0; i < argv.length; ++i) {
        if (valued[argv[i]] && i + 1 < argv.length) valued[argv[i]](argv[++i]);
        else if (flags[argv[i]]) flags[argv[i]]();
        else throw new Error(`unknown argument ${argv[i]}`);
    }
    if (options.channels.length === 0 && process.env.SEED_CHANNELS)
        options.channels = process.env.SEED_CHANNELS.split(",").filter(Boolean);
    if (options.channels.length === 0) options.channels = ["notifications"];
    return options;
}

function say(line) {
    process.stdout.write(line + "\n");
}

// The seed's subscriber parses every message; a message that is not JSON goes out as it came.
function payloadOf(message) {
    try {
        return JSON.parse(message);
    } catch {
        return message;
    }
}

function createServer(options) {
    const httpServer = http.createServer();
    const io = new Server(httpServer, {
        path: options.path,
        pingInterval: options.pingInterval,
        pingTimeout: options.pingTimeout,
        maxHttpBufferSize: options.maxPayload,
        transports: options.pollingOnly ? ["polling"] : ["polling", "websocket"],
        connectionStateRecovery: options.recovery
            ? { maxDisconnectionDuration: 60000, skipMiddlewares: true }
            : undefined,
    });
    const namespace = io.of(options.namespace);
    if (options.token !== null) {
        namespace.use((socket, next) => {
            const auth = socket.handshake.auth || {};
            next(auth.token === options.token ? undefined : new Error("invalid token"));
        });
    }
    namespace.on("connection", (socket) => {
        const { token, ...auth } = socket.handshake.auth || {};
        say(`connect ${JSON.stringify({ auth, tokenGiven: token !== undefined,
                                         recovered: socket.recovered })}`);
        socket.on("subscribe", (room) => {
            socket.join(String(room));
            say(`joined ${room}`);
        });
        socket.on("disconnect", (reason) => say(`disconnect ${reason}`));
    });
    return { httpServer, io, namespace };
}

// Engine.IO keeps one ping timer per connection and re-arms it with refresh(), which ignores a
// changed pingInterval option: to stop pinging, the timers themselves have to go.
function stopPinging(conn) {
    clearTimeout(conn.pingIntervalTimer);
    clearTimeout(conn.pingTimeoutTimer);
    conn.pingIntervalTimer = { refresh() {} };
    conn.pingTimeoutTimer = null;
    conn.schedulePing = () => {};
    conn.resetPingTimeout = () => {};
}

function sendRaw(socket, text) {
    const ws = socket.conn.transport && socket.conn.transport.socket;
    if (ws && typeof ws.send === "function") ws.send(text);
}

function splitCommand(line) {
    const first = line.indexOf(" ");
    if (first < 0) return [line, ""];
    return [line.slice(0, first), line.slice(first + 1)];
}

function runCommand(namespace, line) {
    const [command, rest] = splitCommand(line.trim());
    const [event, argument] = splitCommand(rest);
    const sockets = [...namespace.sockets.values()];
    for (const socket of sockets) {
        switch (command) {
        case "emit":
            socket.emit(event, JSON.parse(argument));
            break;
        case "emit-ack":
            socket.emit(event, JSON.parse(argument), (...args) => say(`ack ${JSON.stringify(args)}`));
            break;
        case "emit-binary":
            socket.emit(event, Buffer.from([0xde, 0xad, 0xbe, 0xef]));
            break;
        case "emit-huge":
            socket.emit(event, "x".repeat(Number(argument)));
            break;
        case "raw":
            sendRaw(socket, rest);
            break;
        case "stop-pings":
            stopPinging(socket.conn);
            break;
        case "close-transport":
            socket.conn.close();
            break;
        case "disconnect":
            socket.disconnect();
            break;
        default:
            say(`unknown command ${command}`);
            return;
        }
    }
    say(`done ${command} ${sockets.length}`);
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const { httpServer, io, namespace } = createServer(options);
    await new Promise((resolve) => httpServer.listen(options.port, "127.0.0.1", resolve));
    say(String(httpServer.address().port));

    const redis = new Redis(options.redis, { maxRetriesPerRequest: null });
    redis.on("error", (error) => console.error(`redis: ${error.message}`));
    redis.on("message", (channel, message) => {
        const target = options.rooms ? namespace.to(channel) : namespace;
        target.emit(options.event, payloadOf(message));
    });
    await redis.subscribe(...options.channels);
    say("ready");

    const input = readline.createInterface({ input: process.stdin });
    input.on("line", (line) => {
        try {
            runCommand(namespace, line);
        } catch (error) {
            say(`error ${error.message}`);
        }
    });
    input.on("close", () => {
        io.close();
        redis.disconnect();
        process.exit(0);
    });
}

main().catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
});
