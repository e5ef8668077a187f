#!/bin/sh
# Stops the test OpenSSH server that openssh-up.sh started and removes its state folder.
set -u
STATE=${VGPUBENCH_OPENSSH_STATE:-/tmp/vgpubench-openssh}
if [ -f "$STATE/sshd.pid" ]; then
  kill "$(cat "$STATE/sshd.pid")" 2>/dev/null
fi
rm -rf "$STATE"
echo "openssh-down: stopped; removed $STATE"
