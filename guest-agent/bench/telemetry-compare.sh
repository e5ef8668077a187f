#!/usr/bin/env bash
# Power and clock beside each repetition: the agent's reading (taken 100 ms into the repetition) through
# NVML (instant power) and through nvidia-smi (VGPU_NVML=0: ~1 s average), each against nvidia-smi's own
# log at 50 ms of power.draw.instant and power.draw.average over the same seconds.
# usage: guest-agent/bench/telemetry-compare.sh BUNDLE_DIR OUT_DIR
set -u
bundle=$(cd "${1:?bundle dir}" && pwd)
out=${2:?out dir}
mkdir -p "$out"
nvidia-smi --query-gpu=name,uuid,driver_version --format=csv,noheader | tee "$out/machine.txt"
h=$(ls /usr/local/cuda/include/nvml.h /usr/include/nvml.h /usr/local/cuda/targets/*/include/nvml.h 2>/dev/null | head -1)
echo "nvml.h: ${h:-none}"; [ -n "$h" ] && grep -nE "define NVML_FI_DEV_POWER_INSTANT|NVML_VALUE_TYPE_UNSIGNED_INT *=" "$h"
[ -n "$h" ] && sed -n '/typedef struct nvmlFieldValue_st/,/} nvmlFieldValue_t/p' "$h" | grep -vE "^\s*(/?\*|//)" | tr -s ' '
cat > "$out/spec.json" <<JSON
{"campaign":"telemetry","instance":"h100","flavor":"bare","task":0,"tasks":1,"backend":"cuda","memory_fraction":1.0,
 "start_at":null,"runs":[{"run_id":"gemm-fp64","workload":"gemm","parameters":{"precision":"fp64"},"repetitions":12,"warmup":0,"time_limit_seconds":120}]}
JSON
for mode in nvml smi; do
  sleep 5 # let the card cool back towards idle between the two
  nvidia-smi --query-gpu=timestamp,power.draw.instant,power.draw.average,clocks.sm --format=csv,noheader,nounits -lms 50 > "$out/smi-log-$mode.csv" 2>&1 &
  logger=$!
  if [ "$mode" = smi ]; then export VGPU_NVML=0; else unset VGPU_NVML; fi
  "$bundle/bin/vgpu-agent" run --spec "$out/spec.json" --out "$out/events-$mode.jsonl" 2> "$out/err-$mode.txt"
  echo "$mode: agent exit $?"
  kill $logger
done
python3 - "$out" <<'PY'
import json, sys, csv
from datetime import datetime, timezone
out = sys.argv[1]
def iso(s):
    s = s.rstrip('Z'); base, _, frac = s.partition('.')
    return datetime.fromisoformat(base).replace(tzinfo=timezone.utc).timestamp() + (float('0.' + frac[:6]) if frac else 0)
for mode in ("nvml", "smi"):
    log = []
    for row in csv.reader(open(f"{out}/smi-log-{mode}.csv")):
        try:
            t = datetime.strptime(row[0].strip(), "%Y/%m/%d %H:%M:%S.%f").astimezone(timezone.utc).timestamp()
            log.append((t, float(row[1]), float(row[2]), float(row[3])))
        except (ValueError, IndexError):
            pass
    print(f"\n{mode}: | rep | agent telemetry | agent power W | agent SM MHz | smi instant W (nearest 50 ms) | smi average W | TFLOP/s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for l in open(f"{out}/events-{mode}.jsonl"):
        e = json.loads(l)
        if e.get("type") != "sample" or e.get("metric") != "tflops":
            continue
        d = e["device"]; t = iso(e["started_at"]) + 0.1
        near = min(log, key=lambda r: abs(r[0] - t)) if log else (0, float('nan'), float('nan'), 0)
        print(f"| {e['repetition']} | {d.get('telemetry')} | {d.get('power_w')} | {d.get('sm_clock_mhz')} | {near[1]:.0f} | {near[2]:.0f} | {e['value']:.1f} |")
PY
