#!/usr/bin/env bash
# Device call 1 of 2026-12-02 (issues 21 and 16): the GPU tests, pageable transfers, the card's nvidia-smi -q,
# one more round of the race reproducer (4 pairs at once), then one co-tenant campaign beside PyTorch at 1, 2, 4.
. guest-agent/bench/device-steps.sh
nvidia-smi -q > "$W/nvidia-smi-q.txt" 2>&1
step gpu-tests 90 bash guest-agent/bench/gpu-tests.sh "$BUNDLE" guest-agent/target/gpu-tests
step transfers 45 "$BUNDLE/runtime/bin/java" -XX:+UseSerialGC -cp "$BUNDLE/lib/vgpubench-agent.jar" \
  io.vgpubench.agent.gpu.GpuBench --reps 5 --warmup 2 transfer:direction=h2d,memory=pageable transfer:direction=d2h,memory=pageable
step race 90 bash guest-agent/bench/cotenant-race.sh "$BUNDLE" "$W/race" 1 4
step cotenant 380 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant" 1
finish
