#!/usr/bin/env bash
# One device call on a machine with several GPUs: the agent's per-card and all-cards runs, then
# PyTorch's same GEMM on each card alone and on every card at once, and a table side by side.
# Usage (repository root there): guest-agent/bench/multi-gpu-compare.sh BUNDLE_DIR OUT_DIR
set -euo pipefail
bundle=$1; out=$2
here=$(cd "$(dirname "$0")" && pwd)
nvidia-smi --query-gpu=index,name,uuid,driver_version,clocks.max.sm,power.limit --format=csv | tee "$out/gpus.csv"
"$bundle/bin/vgpu-agent" facts --backend cuda > "$out/facts.json"
python3 -c "import json,sys; f=json.load(open('$out/facts.json')); print('agent sees', f.get('device_count'), 'card(s)')"
t0=$(date +%s)
"$bundle/bin/vgpu-agent" run --backend cuda --spec "$here/spec-multi-gpu.json" --out "$out/agent-events.jsonl" 2> "$out/agent.log" || echo "agent exit $?"
t1=$(date +%s)
python3 "$here/multi_gpu_torch.py" > "$out/torch.json"
t2=$(date +%s)
echo "agent $((t1 - t0)) s, torch $((t2 - t1)) s"
python3 "$here/multi_gpu_table.py" "$out/agent-events.jsonl" "$out/torch.json" | tee "$out/table.txt"
