#!/usr/bin/env bash
# one device call: the code before the fix and after it (issue 21)
set -u
C=guest-agent/target/race-carry; B=$C/bundle; O=$C/bundle-old; W=/tmp/w; mkdir -p "$W"
chmod -R u+x "$B/bin" "$B/runtime/bin" "$C/bench"
T0=$(date +%s); el() { echo $(( $(date +%s) - T0 )); }
cp -r "$B" "$O" && python3 "$C/mkold.py" "$B/lib/vgpubench-agent.jar" "$C/old-classes" "$O/lib/vgpubench-agent.jar" || exit 9
{ date -u; nvidia-smi --query-gpu=name,uuid,driver_version,memory.total,clocks.max.sm,power.limit --format=csv; nvidia-smi -q | grep -iE "Virtualization Mode|CUDA Version"; nvidia-smi --query-compute-apps=pid --format=csv; } > "$W/machine.txt" 2>&1; cat "$W/machine.txt"
echo "== [$(el)s] StreamOrderTest, code before the fix"
timeout 60 "$O/runtime/bin/java" -cp "$C/tests/classes-old:$O/lib/vgpubench-agent.jar:$C/tests/lib/*" io.vgpubench.agent.gpu.GpuTestMain io.vgpubench.agent.gpu.StreamOrderTest > "$W/gputests-before.txt" 2>&1; echo "exit $?"
grep -E "^(SUCCESSFUL|FAILED|ABORTED) |tests (successful|failed)" "$W/gputests-before.txt" | cut -c1-330
echo "== [$(el)s] GPU tests, after the fix"
mkdir -p "$W/t"; ln -s "$(pwd)/$C/tests/classes-new" "$W/t/classes"; ln -s "$(pwd)/$C/tests/lib" "$W/t/lib"
timeout 90 bash "$C/bench/gpu-tests.sh" "$B" "$W/t" > "$W/gputests-after.txt" 2>&1; echo "exit $?"
grep -E "^(SUCCESSFUL|FAILED|ABORTED) |tests (successful|failed)" "$W/gputests-after.txt" | cut -c1-330
for v in old new; do d=$B; [ $v = old ] && d=$O
  echo "== [$(el)s] GpuBench pageable transfers, $v"
  timeout 40 "$d/runtime/bin/java" -XX:+UseSerialGC -cp "$d/lib/vgpubench-agent.jar" io.vgpubench.agent.gpu.GpuBench --reps 5 --warmup 2 \
    transfer:direction=h2d,memory=pageable transfer:direction=d2h,memory=pageable > "$W/bench-$v.jsonl" 2> "$W/bench-$v.err"; echo "exit $?"
done
echo "== [$(el)s] reproducer, before the fix: 1 round, 1 pair"; timeout 75 bash "$C/bench/cotenant-race.sh" "$O" "$W/before" 1 1
echo "== [$(el)s] reproducer, after the fix: 1 round, 1 pair"; timeout 75 bash "$C/bench/cotenant-race.sh" "$B" "$W/after" 1 1
i=0; while [ $i -lt 5 ] && [ $(( $(el) + 55 )) -lt 235 ]; do i=$((i+1))
  echo "== [$(el)s] after the fix: round $i, 4 pairs at once"; timeout $(( 238 - $(el) )) bash "$C/bench/cotenant-race.sh" "$B" "$W/after4-$i" 1 4
done
echo "== [$(el)s] done"; nvidia-smi --query-compute-apps=pid --format=csv
tar czf "$OUT/results.tgz" -C "$W" --exclude=t . ; ls -la "$OUT"
