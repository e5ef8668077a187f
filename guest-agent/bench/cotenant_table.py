#!/usr/bin/env python3
"""Co-tenant figures of vgpubench campaigns beside PyTorch on the same slots: per workload and task count, the
per-task mean, the aggregate (the tasks' rates in one slot, summed, averaged over slots), the spread across tasks,
each against PyTorch; and the proof per sample: every timed interval inside every co-runner's load interval.
usage: cotenant_table.py OUT_DIR   (OUT_DIR/campaign-N/ holds each campaign's samples.jsonl and campaign.json, as
cotenant-compare.sh copies them; PyTorch lines in OUT_DIR/torch-*.jsonl). A row without PyTorch figures shows "-"."""
import glob, json, statistics, sys
from datetime import datetime

out = sys.argv[1]


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def label(s):
    if s["workload"] == "gemm":
        return f"gemm precision={s['parameters']['precision']}"
    return s["workload"]


def figures(rows):
    """rows: (label, tasks, task, rep, value) -> {(label, tasks): (per-task mean, aggregate mean, spread %)}"""
    by = {}
    for lab, tasks, task, rep, v in rows:
        by.setdefault((lab, tasks), {}).setdefault(task, {})[rep] = v
    res = {}
    for key, per_task in by.items():
        means = [statistics.mean(r.values()) for r in per_task.values()]
        reps = set.intersection(*[set(r) for r in per_task.values()])
        agg = statistics.mean(sum(per_task[t][rep] for t in per_task) for rep in reps) if reps else float("nan")
        spread = (max(means) - min(means)) / statistics.mean(means) * 100
        res[key] = (statistics.mean(means), agg, spread, len(per_task))
    return res


campaigns = sorted(glob.glob(f"{out}/campaign-*/"))
# per shared row, each task's lead (its timed start before its co-runners' mean start in the slot, ms) and its rate's
# deviation from the slot's mean (%): whether who begins timing first measures more
leads = {}
torch_rows = []
for path in glob.glob(f"{out}/torch-*.jsonl"):
    for line in open(path):
        e = json.loads(line)
        torch_rows.append((e["workload"], e["tasks"], e["task"], e["rep"], e["value"]))
torch = figures(torch_rows)
print(f"campaigns: {len(campaigns)}")
for c in campaigns:
    samples = [json.loads(l) for l in open(f"{c}/samples.jsonl")]
    main = [s for s in samples if s["metric"] in ("tflops", "bandwidth", "images_per_second")]
    # proof per sample: timed interval inside every co-runner's load interval (same group, run, repetition)
    groups, bad, unproven = {}, 0, 0
    for s in main:
        groups.setdefault((s.get("group"), s["run_id"], s["repetition"]), []).append(s)
    for s in main:
        if "load_started_at" not in s:
            unproven += 1
            continue
        co = [o for o in groups[(s.get("group"), s["run_id"], s["repetition"])] if o["task"] != s["task"]]
        if len(co) != s.get("group_size", 1) - 1 or any(ts(s["started_at"]) < ts(o["load_started_at"]) or
                                                        ts(s["ended_at"]) > ts(o["load_ended_at"]) for o in co):
            bad += 1
    failed = json.load(open(f"{c}/campaign.json")).get("failures", [])
    print(f"\n## {c.rstrip('/').split('/')[-1]}: {len(main)} samples, {bad} not fully overlapped, {unproven} without a slot,"
          f" {len(failed)} failures")
    for f in failed:
        print("  failure:", f[:300])
    for slot in groups.values():
        if len(slot) > 1:
            start, rate = statistics.mean(ts(o["started_at"]) for o in slot), statistics.mean(o["value"] for o in slot)
            for o in slot:
                leads.setdefault((label(o), o["tasks"]), []).append(
                    ((start - ts(o["started_at"])) * 1e3, (o["value"] / rate - 1) * 100))
    agent = figures([(label(s), s["tasks"], s["task"], s["repetition"], s["value"]) for s in main])
    print("| workload | tasks | agent per task | PyTorch per task | ratio | agent aggregate | PyTorch aggregate | ratio"
          " | agent spread % | PyTorch spread % |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for key in sorted(agent):
        a, t = agent[key], torch.get(key)
        if t is None:
            print(f"| {key[0]} | {key[1]} | {a[0]:.1f} | - | - | {a[1]:.1f} | - | - | {a[2]:.2f} | - |")
            continue
        print(f"| {key[0]} | {key[1]} | {a[0]:.1f} | {t[0]:.1f} | {a[0] / t[0]:.3f} | {a[1]:.1f} | {t[1]:.1f} |"
              f" {a[1] / t[1]:.3f} | {a[2]:.2f} | {t[2]:.2f} |")

# what CUDA-event timing of each round leaves out on a time-sliced card: PyTorch's event-timed rate over its wall-clock
# rate, at its own 250 ms rounds (torch-*.jsonl) and at the agent's 50 ms (chunk50-torch-*.jsonl, where present)
ratios = {}
for path in sorted(glob.glob(f"{out}/torch-*.jsonl")) + sorted(glob.glob(f"{out}/chunk50-torch-*.jsonl")):
    for line in open(path):
        e = json.loads(line)
        if "event_value" in e:
            ratios.setdefault((e["workload"], e["tasks"], e.get("chunk_ms", 250)), []).append(e["event_value"] / e["value"])
if ratios:
    print("\n| workload | tasks | PyTorch round (ms) | event-timed / wall-clock rate (mean, min-max) |\n|---|---|---|---|")
    for (w, t, c), r in sorted(ratios.items()):
        print(f"| {w} | {t} | {c:.0f} | {statistics.mean(r):.3f} ({min(r):.3f}-{max(r):.3f}) |")

if leads:
    print("\n| workload | tasks | largest lead (ms) | largest deviation (%) | correlation of lead and deviation |\n|---|---|---|---|---|")
    for (lab, tasks), pts in sorted(leads.items()):
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        corr = statistics.correlation(xs, ys) if len(pts) > 2 and statistics.pstdev(xs) and statistics.pstdev(ys) else float("nan")
        print(f"| {lab} | {tasks} | {max(map(abs, xs)):.0f} | {max(map(abs, ys)):.1f} | {corr:.2f} |")
