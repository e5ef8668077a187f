#!/usr/bin/env bash
# Synchronized start of two agent processes sharing one GPU (the study's "2 tasks" row), the way the
# controller starts them, against the fixed lead it used before: TRIALS times each, alternating, each
# trial with cold JVMs and CUDA contexts.
#   fixed:  both agents launched at t0 with start_at = t0 + 1 s (the old fixed lead);
#   signal: both launched with start_signal and --start-file; once both events files say "ready", the
#           common start (now + 100 ms) is written into both start files (by rename), as the engine does.
# Prints per trial: launch -> ready of each agent, each one's first run_started against the common
# start, the skew between the two, and any lateness warning the agents wrote.
# usage: guest-agent/bench/sync-start.sh BUNDLE_DIR OUT_DIR [TRIALS]
set -u
bundle=$(cd "${1:?bundle dir}" && pwd)
out=${2:?out dir}
trials=${3:-3}
mkdir -p "$out"
now() { date -u +%Y-%m-%dT%H:%M:%S.%NZ; }
later() { # now + $1 milliseconds, ISO-8601 UTC with nanoseconds
  python3 -c "import sys, datetime as d; print((d.datetime.now(d.timezone.utc) + d.timedelta(milliseconds=int(sys.argv[1]))).strftime('%Y-%m-%dT%H:%M:%S.%fZ'))" "$1"
}
spec() { # $1 file, $2 task, $3 start_at JSON value, $4 start_signal JSON value
  cat > "$1" <<JSON
{"campaign":"sync-start","instance":"h100","flavor":"shared","task":$2,"tasks":2,"backend":"cuda",
 "memory_fraction":0.45,"start_at":$3,"start_signal":$4,
 "runs":[{"run_id":"gemm-fp32","workload":"gemm","parameters":{"precision":"fp32"},"repetitions":3,"warmup":1,"time_limit_seconds":120}]}
JSON
}
{ date -u; nvidia-smi --query-gpu=name,uuid,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit --format=csv,noheader; } | tee "$out/machine.txt"
for t in $(seq 1 "$trials"); do
  for mode in fixed signal; do
    d="$out/$mode-$t"; mkdir -p "$d"
    export VGPU_AGENT_JAVA_OPTS="-XX:ErrorFile=$d/hs_err_%p.log" # a native crash leaves its report with the trial
    t0=$(now)
    fixed_start=$(later 1000)
    for k in 0 1; do
      if [ "$mode" = fixed ]; then
        spec "$d/spec$k.json" $k "\"$fixed_start\"" false
        "$bundle/bin/vgpu-agent" run --spec "$d/spec$k.json" --out "$d/events$k.jsonl" > "$d/out$k.txt" 2> "$d/err$k.txt" &
      else
        spec "$d/spec$k.json" $k null true
        "$bundle/bin/vgpu-agent" run --spec "$d/spec$k.json" --out "$d/events$k.jsonl" --start-file "$d/start$k" > "$d/out$k.txt" 2> "$d/err$k.txt" &
      fi
    done
    echo "$t0" > "$d/launched"
    if [ "$mode" = signal ]; then
      until grep -q '"ready"' "$d/events0.jsonl" 2>/dev/null && grep -q '"ready"' "$d/events1.jsonl" 2>/dev/null; do
        [ "$(jobs -rp | wc -l)" -lt 2 ] && break # an agent ended before saying ready
        sleep 0.005
      done
      start=$(later 100)
      for k in 0 1; do echo "$start" > "$d/start$k.tmp"; mv "$d/start$k.tmp" "$d/start$k"; done
      echo "$start" > "$d/common"
    else
      echo "$fixed_start" > "$d/common"
    fi
    wait
  done
done
for f in "$out"/*/hs_err_*.log; do [ -f "$f" ] && { echo "== native crash: $f"; grep -E "^# (SIG|Problematic|C  )|^C  \[" "$f" | head -12; }; done
python3 - "$out" "$trials" <<'PY'
import json, sys, os
from datetime import datetime
out, trials = sys.argv[1], int(sys.argv[2])
def ts(s):
    s = s.strip().rstrip('Z'); base, _, frac = s.partition('.')
    return datetime.fromisoformat(base).timestamp() + (float('0.' + frac) if frac else 0.0)
print("| protocol | trial | launch->ready agent 0 / 1 (s) | first run_started - common start, agent 0 / 1 (ms) | skew (ms) | lateness warnings |")
print("|---|---:|---|---|---:|---|")
for t in range(1, trials + 1):
    for mode in ("fixed", "signal"):
        d = os.path.join(out, f"{mode}-{t}")
        launched, common = ts(open(f"{d}/launched").read()), ts(open(f"{d}/common").read())
        ready, started, warns = [], [], []
        for k in (0, 1):
            ev = [json.loads(l) for l in open(f"{d}/events{k}.jsonl") if l.strip()]
            r = [e for e in ev if e["type"] == "ready"]
            ready.append(f"{ts(r[0]['at']) - launched:.2f}" if r else "-")
            s = [e for e in ev if e["type"] == "run_started"]
            started.append(ts(s[0]["at"]) if s else float("nan"))
            warns += [e["message"].split(" (")[0] for e in ev if e["type"] == "warning"]
        print(f"| {mode} | {t} | {' / '.join(ready)} | {(started[0]-common)*1e3:.0f} / {(started[1]-common)*1e3:.0f} "
              f"| {abs(started[0]-started[1])*1e3:.0f} | {'; '.join(warns) or 'none'} |")
PY
