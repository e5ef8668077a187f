"""Reads the agent's events (multi-card spec) and PyTorch's JSON; prints the per-card spread and the
all-cards scaling efficiency side by side."""
import json, statistics, sys
from collections import defaultdict

events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
torch = json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])
by = defaultdict(list)
clocks = defaultdict(list)
for e in events:
    if e.get("type") == "sample":
        by[(e["run_id"], e["metric"], e.get("device_index"))].append(e["value"])
        d = e.get("device") or {}
        if d.get("sm_clock_mhz"):
            clocks[(e["run_id"], e.get("device_index"))].append((d.get("sm_clock_mhz"), d.get("power_w")))
    elif e.get("type") in ("warning", "run_failed"):
        print(e["type"] + ":", e.get("message"))

def med(k):
    return statistics.median(by[k]) if by.get(k) else float("nan")

cards = sorted({k[2] for k in by if k[2] is not None})
print("\nper card, each alone (agent medians of 5 reps):")
for run, metric, unit in (("gemm-fp64-each", "tflops", "TFLOP/s"), ("memcopy-each", "bandwidth", "GB/s")):
    vals = [med((run, metric, c)) for c in cards]
    spread = (max(vals) - min(vals)) / statistics.mean(vals) * 100
    print(f"  {run:16s} " + "  ".join(f"card{c} {v:8.2f}" for c, v in zip(cards, vals)) + f"  {unit}  spread {spread:.2f}% (target < 3%)")
print("\nall cards at once: agent vs PyTorch, same card set, same call")
for prec in ("fp64", "fp32"):
    run = f"gemm-{prec}-all"
    eff = by.get((run, "tflops_scaling_efficiency", None), [])
    total = med((run, "tflops_node_total", None))
    t = torch[prec]
    print(f"  gemm {prec}: agent node total {total:8.2f} TFLOP/s, efficiency median {statistics.median(eff) if eff else float('nan'):.3f} "
          f"(range {min(eff) if eff else float('nan'):.3f}-{max(eff) if eff else float('nan'):.3f}); "
          f"PyTorch node total {t['node_total_median']:8.2f}, efficiency {t['efficiency_median']:.3f} "
          f"(range {t['efficiency_range'][0]:.3f}-{t['efficiency_range'][1]:.3f}); alone per card agent "
          + ", ".join(f"{med((run, 'tflops', c)):.2f}" for c in cards) + " / PyTorch " + ", ".join(f"{v:.2f}" for v in t["alone_median"]))
print("\nSM clock / power read during each repetition (agent):")
for k, v in sorted(clocks.items(), key=lambda kv: str(kv[0])):
    print(f"  {k[0]:16s} card{k[1]}: " + ", ".join(f"{c}MHz/{p}W" for c, p in v[:10]))
