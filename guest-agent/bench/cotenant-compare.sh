#!/usr/bin/env bash
# Co-tenants on one GPU, end to end: real `vgpubench run`s of bench/cotenant.yaml on the local cloud (tasks 1, 2, 4;
# fp64 and bf16 GEMM, memcopy, VGG-16), each copied flat into OUT_DIR/campaign-N/ as it ends, then PyTorch processes
# on the same slots for 1, 2 and 4 tasks, and the table (cotenant_table.py). Needs a controller runtime on PATH (java)
# and the built tree.
# usage: [WINDOW=2] [FROM=1] [TORCH=1] [CHUNK50=0] guest-agent/bench/cotenant-compare.sh OUT_DIR [CAMPAIGNS]
#   WINDOW: the measuring time of a slot in seconds, the playbook's repetition_time and PyTorch's --measure (default 1;
#     the tool's GPU default is 2); FROM: the number of the first campaign (campaigns FROM..CAMPAIGNS, so one series
#     can span device calls into one OUT_DIR); TORCH=0: no PyTorch and no table (a later call runs them);
#   CHUNK50=0: no 50 ms-round PyTorch run
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?out dir}; campaigns=${2:-3}
window=${WINDOW:-1}
mkdir -p "$out"
playbook="$out/cotenant-${window}s.yaml"
# the one playbook, at this window (a longer window needs a longer time limit)
sed -e "s/^repetition_time: .*/repetition_time: ${window}s/" \
    -e "s/^time_limit: .*/time_limit: $(( 5 * window ))m/" "$here/cotenant.yaml" > "$playbook"
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.limit --format=csv,noheader > "$out/machine.txt" 2>&1
for i in $(seq "${FROM:-1}" "$campaigns"); do
  t0=$(date +%s)
  "$root/bin/vgpubench" run "$playbook" --results "$out/results$i" > "$out/campaign-$i.log" 2>&1
  echo "campaign $i: exit $? in $(( $(date +%s) - t0 )) s"; tail -4 "$out/campaign-$i.log"
  # flat copies at once (the device tool brings back no deep folder, and a call cut short keeps what is here)
  mkdir -p "$out/campaign-$i"
  for f in samples.jsonl campaign.json summary.csv overlap.csv shared-cards.csv report.md; do
    cp "$out/results$i"/*/"$f" "$out/campaign-$i/" 2>/dev/null
  done
  rm -rf "$out/results$i"
done
[ "${TORCH:-1}" = 0 ] && exit 0
for n in 1 2 4; do
  PYTHONUNBUFFERED=1 python3 "$here/cotenant_torch.py" "$n" --reps 3 --measure "$window" --prepare 5.0 > "$out/torch-$n.jsonl" 2> "$out/torch-$n.err"
  echo "torch $n tasks: exit $?"; tail -2 "$out/torch-$n.err"
done
# the agent's former round length (50 ms) in PyTorch at 4 tasks: how much per-round CUDA-event timing leaves out
[ "${CHUNK50:-1}" = 1 ] && PYTHONUNBUFFERED=1 python3 "$here/cotenant_torch.py" 4 --reps 3 --measure "$window" --prepare 5.0 --chunk-ms 50 \
  > "$out/chunk50-torch-4.jsonl" 2> "$out/chunk50-torch-4.err"
[ "${CHUNK50:-1}" = 1 ] && { echo "torch 4 tasks, 50 ms rounds: exit $?"; tail -2 "$out/chunk50-torch-4.err"; }
python3 "$here/cotenant_table.py" "$out" | tee "$out/table.md"
