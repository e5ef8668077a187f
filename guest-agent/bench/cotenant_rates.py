"""Per-workload rates of cotenant-race.sh runs, before against after: python3 cotenant_rates.py BEFORE_GLOB AFTER_GLOB.

Files are one task each, paired by the name before "-t0"/"-t1". The two tasks drift apart (issue 21),
so a run's samples mix repetitions taken alone with ones taken while the other task ran, and the
median of all samples moves with that mix. So beside it: the samples within 10% of the workload's
highest rate in either set (the card alone), and those whose interval the other task's timed
repetitions of the same workload cover for at least 90% (both tasks measuring it at once).
"""
import glob
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime


def seconds(stamp):
    head, _, frac = stamp.rstrip("Z").partition(".")
    return datetime.fromisoformat(head + "+00:00").timestamp() + float("0." + (frac or "0"))


def load(pattern):
    tasks, types = defaultdict(list), Counter()
    for f in sorted(glob.glob(pattern)):
        pair = re.sub(r"-t\d.*$", "", f)
        for line in open(f):
            e = json.loads(line)
            types[e["type"]] += 1
            if e["type"] == "sample":
                tasks[(pair, e["task"])].append(e)
    rates, together = defaultdict(list), defaultdict(list)
    for (pair, task), samples in tasks.items():
        others = [o for (p, t), s in tasks.items() if p == pair and t != task for o in s]
        for s in samples:
            a, b = seconds(s["started_at"]), seconds(s["ended_at"])
            covered = sum(max(0.0, min(b, seconds(o["ended_at"])) - max(a, seconds(o["started_at"])))
                          for o in others if o["workload"] == s["workload"])
            key = (s["workload"], s["unit"])
            rates[key].append(s["value"])
            if covered >= 0.9 * (b - a):
                together[key].append(s["value"])
    return rates, together, types


def cell(values):
    return f"{statistics.median(values):.4g} (n={len(values)})" if values else "- (n=0)"


sets = {name: load(pattern) for name, pattern in zip(("before", "after"), sys.argv[1:3])}
for name, (_, _, types) in sets.items():
    print(f"{name}: {types['run_done']} runs done, {types['run_failed']} failed")
print("| workload | unit | set | all samples | alone (>= 0.9 max) | both tasks measuring it at once |")
print("|---|---|---|---|---|---|")
for key in sorted(set(sets["before"][0]) | set(sets["after"][0])):
    top = max(max(s[0][key]) for s in sets.values() if s[0][key])
    for name, (rates, together, _) in sets.items():
        v = rates[key]
        print(f"| {key[0]} | {key[1]} | {name} | {cell(v)} | {cell([x for x in v if x >= 0.9 * top])} |"
              f" {cell(together[key])} |")
