#!/bin/sh
# Removes what podman-up.sh made: every container the tests left (there should be none), the test image, the state.
STATE=${VGPUBENCH_PODMAN_STATE:-/tmp/vgpubench-podman}
[ -f "$STATE/containers.conf" ] && export CONTAINERS_CONF="$STATE/containers.conf"
if command -v podman >/dev/null 2>&1; then
  podman ps -aq --filter name=vgpubench- | xargs -r podman rm -f >/dev/null 2>&1
  podman rmi -f localhost/vgpubench-busybox:test >/dev/null 2>&1
fi
rm -rf "$STATE"
