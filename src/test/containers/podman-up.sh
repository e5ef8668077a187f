#!/bin/sh
# Podman for the command workload's container tests (PodmanCommandTest): Debian's podman with runc, and a local image
# localhost/vgpubench-busybox:test imported from a root file system of static busybox (no registry: the tests have no
# network). Writes $STATE/containers.conf, which the tests hand the runtime (CONTAINERS_CONF) with what this kind of
# machine needs (a VM whose cgroups are hybrid and whose processes may not raise their limits): runc with cgroupfs,
# and open-file and process limits the container's start may set. And $STATE/env (PODMAN_CONF, PODMAN_IMAGE), which
# the tests read. Installs podman, runc and busybox-static where missing (needs root). Stop: podman-down.sh.
# Exit 3: Podman is there but this machine cannot start a container ($STATE/unavailable says why).
set -eu
STATE=${VGPUBENCH_PODMAN_STATE:-/tmp/vgpubench-podman}
IMAGE=localhost/vgpubench-busybox:test

if ! command -v podman >/dev/null 2>&1 || ! command -v runc >/dev/null 2>&1 || [ ! -x /bin/busybox ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "podman-up: podman, runc or busybox-static is missing; run as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends podman runc busybox-static >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends podman runc busybox-static >/dev/null; }
fi

rm -rf "$STATE"
mkdir -p "$STATE/rootfs/bin" "$STATE/rootfs/tmp" "$STATE/rootfs/proc" "$STATE/rootfs/dev" "$STATE/rootfs/sys"
cp /bin/busybox "$STATE/rootfs/bin/busybox"
for c in sh echo cat sleep test ls env printf; do ln -s busybox "$STATE/rootfs/bin/$c"; done
tar -C "$STATE/rootfs" -cf "$STATE/image.tar" .
cat > "$STATE/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF="$STATE/containers.conf"
podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
podman import "$STATE/image.tar" "$IMAGE" >/dev/null 2>&1
# a machine that cannot start a container at all says so in $STATE/unavailable, which the tests report as their
# reason to skip (even under CI): a missing fixture fails them, a machine without containers does not
if ! out=$(podman run --rm --network host "$IMAGE" /bin/echo podman-up-ok 2>&1) || [ "$out" != podman-up-ok ]; then
  printf 'this machine cannot start a Podman container: %s\n' "$out" > "$STATE/unavailable"
  echo "podman-up: a container does not start here: $out" >&2
  exit 3
fi
printf 'PODMAN_CONF=%s\nPODMAN_IMAGE=%s\n' "$STATE/containers.conf" "$IMAGE" > "$STATE/env"
echo "podman-up: $IMAGE ready ($(podman --version)); env file $STATE/env"
