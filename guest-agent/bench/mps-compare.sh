#!/usr/bin/env bash
# Sharing modes side by side (issue 14): one `vgpubench run` of bench/mps.yaml (the card alone; MPS 50% and 25%;
# 2 tasks time-sliced and 2 under MPS), its files copied flat into OUT_DIR/campaign/, then PyTorch processes on the
# same slot layout (cotenant_torch.py): alone, 1 at 50% and 25% of the SMs and 2 at 50% each as clients of an MPS
# daemon this script starts with its own folders (and stops), 2 time-sliced. Afterwards it checks that no MPS
# process is left. Needs the controller runtime on PATH (device-kit.sh unpack).
# usage: guest-agent/bench/mps-compare.sh OUT_DIR
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
out=${1:?out dir}; mkdir -p "$out/campaign"
t0=$(date +%s)
"$root/bin/vgpubench" run "$here/mps.yaml" --results "$out/results" > "$out/campaign.log" 2>&1
echo "campaign: exit $? in $(( $(date +%s) - t0 )) s"; tail -20 "$out/campaign.log"
for f in samples.jsonl campaign.json summary.csv overlap.csv shared-cards.csv report.md; do
  cp "$out/results"/*/"$f" "$out/campaign/" 2>/dev/null
done
cp "$out/results"/*/mps-log/control.log "$out/campaign/mps-control.log" 2>/dev/null
rm -rf "$out/results"
echo "MPS processes after the campaign: $(pgrep -fc nvidia-cuda-mps || true)"
torch() { # LABEL TASKS [SM_PERCENT]
  PYTHONUNBUFFERED=1 env ${3:+CUDA_MPS_ACTIVE_THREAD_PERCENTAGE=$3} python3 "$here/cotenant_torch.py" "$2" --reps 3 \
    --measure 1.0 --prepare 5.0 | sed "s/^{/{\"mode\": \"$1\", /" >> "$out/torch.jsonl"
}
torch alone 1
torch time-sliced 2
export CUDA_MPS_PIPE_DIRECTORY=/tmp/vgpubench-mps-bench CUDA_MPS_LOG_DIRECTORY=/tmp/vgpubench-mps-bench-log
mkdir -p "$CUDA_MPS_PIPE_DIRECTORY" "$CUDA_MPS_LOG_DIRECTORY"
nvidia-cuda-mps-control -d && {
  torch mps50 1 50
  torch mps25 1 25
  torch mps50x2 2 50
  echo quit | nvidia-cuda-mps-control
}
sleep 2; echo "MPS processes at the end: $(pgrep -fc nvidia-cuda-mps || true)"
python3 - "$out" <<'PY' | tee "$out/table.md"
import json, statistics, sys
out = sys.argv[1]
def label(s):
    return f"gemm precision={s['parameters']['precision']}" if s["workload"] == "gemm" else s["workload"]
MODE = {("local", 1): "alone", ("local.mps50", 1): "mps50", ("local.mps25", 1): "mps25",
        ("local.half", 2): "time-sliced", ("local.mps50", 2): "mps50x2"}
agent, torch = {}, {}
for l in open(f"{out}/campaign/samples.jsonl"):
    s = json.loads(l)
    if s["metric"] in ("tflops", "bandwidth", "images_per_second"):
        agent.setdefault((label(s), MODE[(s["flavor"], s["tasks"])]), []).append(s["value"])
for l in open(f"{out}/torch.jsonl"):
    r = json.loads(l)
    torch.setdefault((r["workload"], r["mode"]), []).append(r["value"])
print("| workload | mode | agent per task | PyTorch per task | ratio |\n|---|---|---|---|---|")
for k in sorted(agent):
    a = statistics.mean(agent[k]); t = statistics.mean(torch[k]) if k in torch else float("nan")
    print(f"| {k[0]} | {k[1]} | {a:.1f} | {t:.1f} | {a / t:.3f} |")
print("failures:", json.load(open(f"{out}/campaign/campaign.json")).get("failures", []))
PY
