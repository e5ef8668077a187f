#!/bin/bash
# Stops every daemon that up.sh started, by the PIDs in $STATE/run, then removes every guest the
# test virt driver left (network namespaces vgpubench-*, their sshd and sessions, veths vgpb*,
# /etc/netns/vgpubench-*, $STATE/guests). Idempotent. Keeps the rest of $STATE (logs, databases)
# for post-mortems; up.sh starts from an empty state anyway.
# Usage: sudo src/test/openstack/down.sh
set -uo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
STATE="${VGPUBENCH_OS_STATE:-/var/lib/vgpubench-openstack}"
RUN="$STATE/run"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
remove_guests() { # once nova-compute, which makes and removes them, is stopped
  VGPUBENCH_GUEST_STATE="$STATE/guests" /usr/bin/python3 "$HERE/netns-driver/netns_guest.py" cleanup-all \
    || echo "down.sh: removing the guests failed"
}
# Reverse order of start: clients of the database and the broker first.
ORDER=(nova-compute nova-scheduler nova-conductor nova-api fake-ovs-agent neutron-server
  glance-api placement keystone rabbitmq epmd mariadb)

[ -d "$RUN" ] || { echo "down.sh: nothing to stop ($RUN absent)"; remove_guests; exit 0; }
stopped=0
for name in "${ORDER[@]}"; do
  f="$RUN/$name.pid"
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    # Each daemon was started with setsid, so its PID is its process group: stop the group
    # (uwsgi workers, neutron and nova workers) and nothing else.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "down.sh: $name ($pid) ignored SIGTERM for 10s, sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    stopped=$((stopped + 1))
  fi
  # Children that outlived their group leader (same process group id).
  pkill -TERM -g "$pid" 2>/dev/null || true
  rm -f "$f"
done
remove_guests
echo "down.sh: stopped $stopped services"
