#!/bin/sh
# Run by websocketd for each WebSocket client: every line written to standard output becomes one
# text frame. Sends each line of the file named by the first argument, then stays connected,
# reading (and ignoring) what the client sends until it leaves. Standard output stays open all
# along: websocketd closes the WebSocket when it is closed.
cat -- "$1"
while read -r _; do :; done
