#!/usr/bin/env bash
# Energy per unit of work against an independent measurement (issue 16): one `vgpubench run` of bench/energy.yaml
# (the agent reads NVML's total energy around each timed part: power_w and <rate>_energy), its files copied flat
# into OUT_DIR/campaign/, then PyTorch on the same work with NVML's counter read around each repetition
# (energy_torch.py), and a table of joules per unit, agent against PyTorch. Needs the controller runtime on PATH
# (device-kit.sh unpack). Touches no card setting.
# usage: guest-agent/bench/energy-compare.sh OUT_DIR
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
out=${1:?out dir}; mkdir -p "$out/campaign"
t0=$(date +%s)
"$root/bin/vgpubench" run "$here/energy.yaml" --results "$out/results" > "$out/campaign.log" 2>&1
echo "campaign: exit $? in $(( $(date +%s) - t0 )) s"; tail -12 "$out/campaign.log"
for f in samples.jsonl campaign.json summary.csv report.md; do cp "$out/results"/*/"$f" "$out/campaign/" 2>/dev/null; done
rm -rf "$out/results"
PYTHONUNBUFFERED=1 python3 "$here/energy_torch.py" > "$out/torch.jsonl"
python3 - "$out" <<'PY' | tee "$out/table.md"
import json, statistics, sys
out = sys.argv[1]
def label(s):
    return f"gemm precision={s['parameters']['precision']}" if s["workload"] == "gemm" else s["workload"]
agent = {}
for l in open(f"{out}/campaign/samples.jsonl"):
    s = json.loads(l)
    if s["metric"].endswith("_energy") or s["metric"] == "power_w":
        agent.setdefault((label(s), s["metric"]), []).append(s["value"])
torch = {}
for l in open(f"{out}/torch.jsonl"):
    r = json.loads(l)
    torch.setdefault(r["workload"], []).append(r)
print("| workload | agent W | PyTorch W | agent J/unit | PyTorch J/unit | ratio |\n|---|---|---|---|---|---|")
for w in sorted({k[0] for k in agent}):
    per = [v for (x, m), v in agent.items() if x == w and m.endswith("_energy")]
    aj = statistics.mean(per[0]) if per else float("nan")
    aw = statistics.mean(agent.get((w, "power_w"), [float("nan")]))
    tr = torch.get(w, [])
    tj = statistics.mean(r["j_per_unit"] for r in tr) if tr else float("nan")
    tw = statistics.mean(r["power_w"] for r in tr) if tr else float("nan")
    print(f"| {w} | {aw:.0f} | {tw:.0f} | {aj:.4g} | {tj:.4g} | {aj / tj:.3f} |")
PY
