#!/usr/bin/env python3
"""Joins the agent's GpuBench JSON lines with torch_reference.py's, interleaved rounds, into the table
device-compare.sh prints: workload, metric, agent and PyTorch medians, ratio, CV, clocks and power."""
import glob, json, statistics, sys

out = sys.argv[1]
agent_files = sys.argv[2] if len(sys.argv) > 2 else "agent-*.jsonl"
TARGET = {"tflops": 0.97, "bandwidth": 0.97, "images_per_second": 0.97}


def load(pattern):
    rows = {}
    for path in sorted(glob.glob(f"{out}/{pattern}")):
        for line in open(path):
            try:
                e = json.loads(line)
            except ValueError:
                continue
            if e.get("type", "sample") != "sample" or e.get("workload") == "torch":
                continue
            if "device" in e:       # the agent's sample format
                key = (e["run_id"], e["metric"])
                extra = {"sm": e["device"].get("sm_clock_mhz"), "w": e["device"].get("power_w")}
            else:
                key = (e["workload"], e["metric"])
                extra = {"sm": e.get("sm_clock_mhz"), "w": e.get("power_w")}
            rows.setdefault(key, []).append((e["value"], extra, path))
    return rows


def cv_per_round(values):
    by_round = {}
    for v, _, path in values:
        by_round.setdefault(path, []).append(v)
    cvs = [statistics.pstdev(vs) / statistics.mean(vs) * 100 for vs in by_round.values() if len(vs) > 1]
    return max(cvs) if cvs else float("nan")


def clocks(values):
    sm = [x["sm"] for _, x, _ in values if x["sm"]]
    w = [x["w"] for _, x, _ in values if x["w"]]
    return (f"{min(sm):.0f}-{max(sm):.0f}" if sm else "-") + " MHz / " + (f"{min(w):.0f}-{max(w):.0f}" if w else "-") + " W"


agent, torch = load(agent_files), load("torch-*.jsonl")
print(f"| workload | metric | agent (median) | PyTorch (median) | agent/PyTorch | agent CV% (worst round) | PyTorch CV% | agent SM clock / power | PyTorch SM clock / power | verdict |")
print("|---|---|---|---|---|---|---|---|---|---|")
for key in agent:
    a = agent[key]
    am = statistics.median(v for v, _, _ in a)
    t = torch.get(key)
    tm = statistics.median(v for v, _, _ in t) if t else None
    ratio = am / tm if tm else None
    metric = key[1]
    verdict = ""
    if ratio is not None and metric in TARGET:
        verdict = "meets >=0.97" if ratio >= TARGET[metric] else "MISS (<0.97)"
    elif ratio is not None and metric in ("latency", "graph_latency"):
        verdict = "below PyTorch" if am < tm else "MISS (not below)"
    print(f"| {key[0]} | {metric} | {am:.4g} | {tm if tm is None else f'{tm:.4g}'} | "
          f"{'-' if ratio is None else f'{ratio:.3f}'} | {cv_per_round(a):.2f} | "
          f"{'-' if not t else f'{cv_per_round(t):.2f}'} | {clocks(a)} | {clocks(t) if t else '-'} | {verdict} |")
