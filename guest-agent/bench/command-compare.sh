#!/usr/bin/env bash
# The command workload against the same script started by hand (issue 15): one `vgpubench run` of
# bench/command.yaml (ResNet-50 fp16 b64 from examples/workloads, tasks 1 and 2), its files copied flat into
# OUT_DIR/campaign/, then resnet50_infer.py by hand: REPS times alone, REPS times 2 processes started together, each
# time handed the same kind of window the agent hands (command.yaml's slot: VGPUBENCH_LOAD_FROM 15 s ahead, the 3 s
# window from VGPUBENCH_MEASURE_AT 15.6 s ahead, VGPUBENCH_LOAD_UNTIL 19.5 s ahead; the same instants for both
# processes, so they time together after their ~12 s start-ups); then the table, with how far apart the two
# processes' windows started and how many of the agent's 2-task samples the controller proved overlapped.
# Needs the controller runtime on PATH (device-kit.sh unpack) and python3 with torch/torchvision.
# usage: [PLAYBOOK=bench/command-quick.yaml] guest-agent/bench/command-compare.sh OUT_DIR [REPS]
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
out=${1:?out dir}; reps=${2:-3}; mkdir -p "$out/campaign"
t0=$(date +%s)
"$root/bin/vgpubench" run "${PLAYBOOK:-$here/command.yaml}" --results "$out/results" > "$out/campaign.log" 2>&1
echo "campaign: exit $? in $(( $(date +%s) - t0 )) s"; tail -6 "$out/campaign.log"
for f in samples.jsonl campaign.json summary.csv overlap.csv report.md; do cp "$out/results"/*/"$f" "$out/campaign/" 2>/dev/null; done
rm -rf "$out/results"
script="$root/examples/workloads/resnet50_infer.py"
export VGPUBENCH_PARAM_BATCH=64 VGPUBENCH_PARAM_PRECISION=fp16 VGPUBENCH_PARAM_SECONDS=3 VGPUBENCH_MEMORY_FRACTION=0.45
# one common window from now, as command.yaml's slot lays it out (startup 15 s, settle 0.6 s, 3 s, tail 0.9 s)
window() {
  local base; base=$(date +%s.%N)
  at() { awk -v b="$base" -v o="$1" 'BEGIN { printf "%.3f", b + o }'; }
  export VGPUBENCH_LOAD_FROM=$(at 15) VGPUBENCH_MEASURE_AT=$(at 15.6) VGPUBENCH_MEASURE_SECONDS=3 \
         VGPUBENCH_LOAD_UNTIL=$(at 19.5)
}
for i in $(seq 1 "$reps"); do
  window
  VGPUBENCH_TASK=0 python3 "$script" | grep '^{' | sed 's/^/{"tasks": 1, "task": 0, "line": /; s/$/}/' >> "$out/byhand.jsonl"
done
for i in $(seq 1 "$reps"); do
  window
  for t in 0 1; do
    VGPUBENCH_TASK=$t python3 "$script" | grep '^{' | sed "s/^/{\"tasks\": 2, \"task\": $t, \"line\": /; s/\$/}/" >> "$out/byhand-$t.part" &
  done
  wait
done
cat "$out"/byhand-*.part >> "$out/byhand.jsonl" 2>/dev/null; rm -f "$out"/byhand-*.part
python3 - "$out" <<'PY' | tee "$out/table.md"
import csv, json, os, statistics, sys
out = sys.argv[1]
agent = {}
for l in open(f"{out}/campaign/samples.jsonl"):
    s = json.loads(l)
    if s["metric"] == "images_per_second":
        agent.setdefault(s["tasks"], []).append(s["value"])
hand, starts = {}, {}
for l in open(f"{out}/byhand.jsonl"):
    r = json.loads(l)
    hand.setdefault(r["tasks"], []).append(r["line"]["value"])
    if r["tasks"] == 2 and "started" in r["line"]:
        starts.setdefault(r["task"], []).append(r["line"]["started"])
print("| tasks | agent per task (n) | by hand per task (n) | ratio |\n|---|---|---|---|")
for t in sorted(set(agent) | set(hand)):
    a, h = agent.get(t, []), hand.get(t, [])
    am = statistics.mean(a) if a else float("nan")
    hm = statistics.mean(h) if h else float("nan")
    print(f"| {t} | {am:.0f} ({len(a)}) | {hm:.0f} ({len(h)}) | {am / hm:.3f} |")
spread = [abs(a - b) * 1e3 for a, b in zip(starts.get(0, []), starts.get(1, []))]
print("by hand, 2 processes: windows started", ", ".join(f"{d:.1f}" for d in spread) or "(none)", "ms apart")
verdicts = {}
if os.path.exists(f"{out}/campaign/overlap.csv"):
    for row in csv.DictReader(open(f"{out}/campaign/overlap.csv")):
        if row["tasks"] == "2" and row["metric"] == "images_per_second":
            verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + 1
print("agent, 2 tasks: overlap verdicts", verdicts or "(no overlap.csv)")
print("failures:", json.load(open(f"{out}/campaign/campaign.json")).get("failures", []))
PY
