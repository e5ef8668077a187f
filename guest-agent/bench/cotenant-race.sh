#!/usr/bin/env bash
# Co-tenant verification check (issue 21): two agent tasks on one card at once through the campaign path
# (vgpu-agent run --spec: warm-up, verify, timed), the specs of the team's reproducer (fp64 GEMM, memcopy
# and VGG-16, three times each, memory_fraction 0.45). Each round starts PAIRS pairs of tasks at once
# (PAIRS=1: two agents, the reproducer's run.sh, which is ROUNDS=2 PAIRS=1) and waits for them. Counts
# failed runs and prints each failure.
# usage: guest-agent/bench/cotenant-race.sh BUNDLE_DIR OUT_DIR [ROUNDS] [PAIRS]
set -u
here=$(cd "$(dirname "$0")" && pwd); b=${1:?bundle dir}; out=${2:?out dir}; rounds=${3:-2}; pairs=${4:-1}
mkdir -p "$out"
for i in $(seq 1 "$rounds"); do
  for p in $(seq 1 "$pairs"); do
    for t in 0 1; do
      "$b/bin/vgpu-agent" run --spec "$here/spec-cotenant-task$t.json" --out "$out/p$p-t$t-$i.jsonl" 2>"$out/p$p-t$t-$i.err" &
    done
  done
  wait
done
echo "run_failed: $(cat "$out"/p*-t*-*.jsonl | grep -c '"type":"run_failed"'), run_done: $(cat "$out"/p*-t*-*.jsonl | grep -c '"type":"run_done"')"
cat "$out"/p*-t*-*.jsonl | grep '"type":"run_failed"' | cut -c1-260
