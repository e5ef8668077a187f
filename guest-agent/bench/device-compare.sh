#!/usr/bin/env bash
# Runs the guest agent's CUDA workloads (GpuBench from the bundle, jlink'd runtime, no Java needed on the
# machine) and the PyTorch reference on the same GPU, interleaved in ROUNDS rounds, and prints the table.
# Each round: the agent with the cuBLAS it finds itself (the guest's), PyTorch, then the agent's GEMM
# workloads again bound to PyTorch's own libcublas (same library on both sides, to isolate the binding).
# Both sides warm up WARMUP repetitions (~0.25 s each) right before the timed ones: an H100 under a
# sustained GEMM reaches its 700 W limit and settles its clock only after about 1.5 s.
# usage: guest-agent/bench/device-compare.sh BUNDLE_DIR OUT_DIR [ROUNDS] [REPS] [WARMUP]
# On the device machine: .device/device-compare.sh .device/vgpubench-agent "$OUT" 2 5
set -u
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "${1:?bundle dir}" && pwd)
out=${2:?out dir}
rounds=${3:-2}
reps=${4:-5}
warmup=${5:-8}
mkdir -p "$out"
bench=("$bundle/runtime/bin/java" -XX:+UseSerialGC -cp "$bundle/lib/vgpubench-agent.jar" io.vgpubench.agent.gpu.GpuBench)
items=(launch gemm:precision=fp64 gemm:precision=fp32 gemm:precision=tf32 gemm:precision=bf16 gemm:precision=fp16
       memcopy transfer:direction=h2d,memory=pinned transfer:direction=d2h,memory=pinned
       transfer:direction=h2d,memory=pageable transfer:direction=d2h,memory=pageable vgg16 memprobe)

gemms=(gemm:precision=fp64 gemm:precision=fp32 gemm:precision=tf32 gemm:precision=bf16 gemm:precision=fp16 vgg16)
torch_cublas=$(python3 -c "import glob, os, torch; print((glob.glob(os.path.join(os.path.dirname(torch.__file__), '..', 'nvidia', '*', 'lib', 'libcublas.so.*')) + [''])[0])" 2>/dev/null)
{ date -u; nvidia-smi; nvidia-smi -q | grep -iE "Virtualization Mode|Product Name|Driver Version|CUDA Version"; \
  nvidia-smi --query-gpu=name,uuid,driver_version,clocks.sm,clocks.max.sm,clocks.mem,clocks.max.mem,power.draw,power.limit,temperature.gpu --format=csv,noheader,nounits; \
  ldconfig -p | grep -E "libcublas|libcuda\.so"; } > "$out/machine.txt" 2>&1
cat "$out/machine.txt"

echo "== self-test (small sizes, every workload verified)"
"${bench[@]}" --reps 1 --self-test > "$out/selftest.jsonl" 2> "$out/selftest.err"
echo "self-test exit $?"; grep -E '"type":"(verify|run_failed|cold_start)"' "$out/selftest.jsonl" | cut -c1-220
cat "$out/selftest.err"

echo "== the agent CLI: vgpu-agent facts / run --spec (backend cuda; then a 5% memory cap)"
"$bundle/bin/vgpu-agent" facts --backend cuda > "$out/cli-facts.json" 2>&1; echo "facts exit $?"; cut -c1-400 "$out/cli-facts.json"
for spec in spec-cuda spec-cuda-capped; do
  rm -f "$out/cli-$spec.jsonl"
  "$bundle/bin/vgpu-agent" run --spec "$here/$spec.json" --out "$out/cli-$spec.jsonl" 2> "$out/cli-$spec.err"
  echo "$spec: run exit $?"
  python3 - "$out/cli-$spec.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["type"] == "sample":
        print(f'  sample {e["run_id"]} rep {e["repetition"]} {e["metric"]} = {e["value"]:.6g} {e["unit"]}  params {e["parameters"]}')
    elif e["type"] != "run_started":
        print("  " + json.dumps(e)[:300])
PY
done

for r in $(seq 1 "$rounds"); do
  echo "== round $r: agent"
  t0=$(date +%s%N)
  "${bench[@]}" --reps "$reps" --warmup "$warmup" "${items[@]}" > "$out/agent-$r.jsonl" 2> "$out/agent-$r.err"
  echo "agent exit $? in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  grep -E '"type":"(run_failed|warning|cold_start|verify)"' "$out/agent-$r.jsonl" | cut -c1-260
  cat "$out/agent-$r.err"
  echo "== round $r: PyTorch"
  PYTHONUNBUFFERED=1 python3 "$here/torch_reference.py" --reps "$reps" --warmup "$warmup" > "$out/torch-$r.jsonl" 2> "$out/torch-$r.err"
  echo "torch exit $?"; tail -3 "$out/torch-$r.err"
  if [ -n "$torch_cublas" ]; then
    echo "== round $r: agent GEMMs with PyTorch's cuBLAS ($torch_cublas)"
    VGPU_CUBLAS="$torch_cublas" "${bench[@]}" --reps "$reps" --warmup "$warmup" "${gemms[@]}" > "$out/sameblas-$r.jsonl" 2> "$out/sameblas-$r.err"
    echo "agent exit $?"; grep -E '"type":"(run_failed|warning)"' "$out/sameblas-$r.jsonl" | cut -c1-260
  fi
done
grep -h '"workload": "torch"' "$out"/torch-*.jsonl | head -1
head -1 "$out/agent-1.jsonl" | cut -c1-600
echo "== agent (guest's cuBLAS, found by the agent) vs PyTorch"
python3 "$here/compare_table.py" "$out" "agent-*.jsonl" | tee "$out/table.md"
if [ -n "$torch_cublas" ]; then
  echo "== agent bound to PyTorch's cuBLAS vs PyTorch"
  python3 "$here/compare_table.py" "$out" "sameblas-*.jsonl" | tee "$out/table-sameblas.md"
fi
