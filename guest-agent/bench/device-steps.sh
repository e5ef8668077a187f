#!/usr/bin/env bash
# Steps of one device call under one deadline, sourced by a call's script: `step NAME CAP_S COMMAND...` runs the
# command with the lesser of its cap and the time left (DEADLINE_S seconds after sourcing, 570 by default), its
# output in $W/NAME.log, and packs $W into $OUT/results.tgz after every step, so a call cut short still brings back
# what it made. Sets up the carried kit once (device-kit.sh unpack) and records the card before and after.
# usage (in a call's script): . guest-agent/bench/device-steps.sh; step NAME CAP cmd...; finish
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
W=${W:-/tmp/w}; mkdir -p "$W"; T0=$(date +%s); DEADLINE_S=${DEADLINE_S:-570}
el() { echo $(( $(date +%s) - T0 )); }
pack() { tar czf "$OUT/results.tgz" -C "$W" . 2>/dev/null; }
chmod -R u+x "$root/bin" "$root/guest-agent/bench" "$root/guest-agent/target/devicekit/agent/bin" 2>/dev/null
eval "$(bash "$root/guest-agent/bench/device-kit.sh" unpack)"
export BUNDLE="$root/guest-agent/target/bundle/vgpubench-agent"
{ date -u; nvidia-smi --query-gpu=name,uuid,driver_version,memory.total,clocks.sm,clocks.max.sm,power.limit --format=csv
  nvidia-smi --query-compute-apps=pid,process_name --format=csv; } > "$W/machine-before.txt" 2>&1
step() {
  local name=$1 cap=$2; shift 2
  local left=$(( DEADLINE_S - $(el) ))
  if [ "$left" -lt 20 ]; then echo "== [$(el)s] $name: skipped, ${left}s left"; return; fi
  [ "$cap" -gt "$left" ] && cap=$left
  echo "== [$(el)s] $name (at most ${cap}s)"
  timeout -k 10 "$cap" "$@" > "$W/$name.log" 2>&1; local rc=$?
  echo "== [$(el)s] $name: exit $rc"; tail -25 "$W/$name.log" | cut -c1-300
  pack
}
finish() {
  { date -u; nvidia-smi --query-compute-apps=pid,process_name --format=csv; echo "MPS processes: $(pgrep -fc nvidia-cuda-mps || true)"
    ps -eo pid,args | grep -E "vgpu|java|python3" | grep -v grep; } > "$W/machine-after.txt" 2>&1
  cat "$W/machine-after.txt"; pack; ls -la "$OUT"
}
