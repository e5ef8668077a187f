#!/usr/bin/env bash
# Co-tenants on one GPU, end to end: CAMPAIGNS real `vgpubench run`s of bench/cotenant.yaml on the local cloud
# (tasks 1, 2, 4; fp64 and bf16 GEMM, memcopy, VGG-16), each copied flat into OUT_DIR/campaign-N/ as it ends,
# then PyTorch processes on the same slots for 1, 2 and 4 tasks, and the table (cotenant_table.py). Needs a controller runtime on PATH (java) and the built tree.
# usage: [CHUNK50=0] [PLAYBOOK=bench/cotenant-3s.yaml MEASURE=3.0] guest-agent/bench/cotenant-compare.sh OUT_DIR [CAMPAIGNS]
#   (CHUNK50=0: no 50 ms-round PyTorch run; PLAYBOOK and MEASURE: another playbook of the same slots, and PyTorch's
#   measuring time to match its repetition_time)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?out dir}; campaigns=${2:-3}
mkdir -p "$out"
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.limit --format=csv,noheader > "$out/machine.txt" 2>&1
for i in $(seq 1 "$campaigns"); do
  t0=$(date +%s)
  "$root/bin/vgpubench" run "${PLAYBOOK:-$here/cotenant.yaml}" --results "$out/results$i" > "$out/campaign-$i.log" 2>&1
  echo "campaign $i: exit $? in $(( $(date +%s) - t0 )) s"; tail -4 "$out/campaign-$i.log"
  # flat copies at once (the device tool brings back no deep folder, and a call cut short keeps what is here)
  mkdir -p "$out/campaign-$i"
  for f in samples.jsonl campaign.json summary.csv overlap.csv shared-cards.csv report.md; do
    cp "$out/results$i"/*/"$f" "$out/campaign-$i/" 2>/dev/null
  done
  rm -rf "$out/results$i"
done
for n in 1 2 4; do
  PYTHONUNBUFFERED=1 python3 "$here/cotenant_torch.py" "$n" --reps 3 --measure "${MEASURE:-1.0}" --prepare 5.0 > "$out/torch-$n.jsonl" 2> "$out/torch-$n.err"
  echo "torch $n tasks: exit $?"; tail -2 "$out/torch-$n.err"
done
# the agent's former round length (50 ms) in PyTorch at 4 tasks: how much per-round CUDA-event timing leaves out
[ "${CHUNK50:-1}" = 1 ] && PYTHONUNBUFFERED=1 python3 "$here/cotenant_torch.py" 4 --reps 3 --measure "${MEASURE:-1.0}" --prepare 5.0 --chunk-ms 50 \
  > "$out/chunk50-torch-4.jsonl" 2> "$out/chunk50-torch-4.err"
[ "${CHUNK50:-1}" = 1 ] && echo "torch 4 tasks, 50 ms rounds: exit $?"; tail -2 "$out/chunk50-torch-4.err"
python3 "$here/cotenant_table.py" "$out" | tee "$out/table.md"
