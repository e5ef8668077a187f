#!/usr/bin/env python3
"""Expected summary columns for SciPyExpectedTest, computed independently of the Java code.

Run from the repository root:  python3 src/test/resources/stats/scipy_expected.py > src/test/resources/stats/scipy_expected.json

Each case is a baseline flavor "bare" and a flavor "f" (share_fraction 0.5) on one workload. Descriptive figures
are computed exactly (mpmath, 60 digits) from the double inputs; quantiles, intervals and p-values come from
scipy.stats (t.ppf, t.interval, ttest_ind_from_stats with equal_var=False); where sd = 0 the interval of the mean is
the point [mean, mean] (t.interval is undefined at scale 0) and p is None where neither side varies (scipy: nan). Fieller's bounds are the roots of
(x - R*y)^2 = t^2*(vx + R^2*vy) solved through the expanded quadratic at 60 digits (a different path from the
Java code's non-cancelling form) and checked against the defining equation; t is scipy's at the
Welch-Satterthwaite df of x - R^*y (its limit n-1 of the other side where one side has no variance). The interval
is "UNBOUNDED" where g = t^2*vy/y^2 >= 1 (or y = 0). Ratios need a baseline mean > 0 and a mean >= 0, else the
comparison columns are None and only p is given. p_adjusted: Holm's step-down over every flavor row with a p.

Each expected value carries an absolute tolerance ("tol"): 1e-9 relative by default (sd, cv, p); a few ulps for
min, max, ratio, relative performance and share efficiency; mean and median 1e-9 of the sd plus 4 ulps; interval
bounds 1e-9 of their half-width (1e-7 for the ratio's) plus 8 ulps of the bound (400 ulps of the ratio for an
overhead in percent), because a bound is only as exact as a double near it can be: at 1e12 +- 0.01 the overhead
interval's half-width is about 8 ulps of the ratio, so there the test can tell a right width from a collapsed one
but holds it to about 5%.
"""
import json
import math
import sys

import mpmath as mp
import numpy as np
import scipy
from scipy import stats

mp.mp.dps = 60
NAN = None


def f(x):
    return float(x)


def ulp(x):
    x = None if x is None else float(x)
    return math.ulp(x) if x is not None and math.isfinite(x) else 0.0


def describe(values):
    n = len(values)
    xs = [mp.mpf(v) for v in values]
    mean = mp.fsum(xs) / n
    sd = mp.sqrt(mp.fsum((v - mean) ** 2 for v in xs) / (n - 1)) if n > 1 else None
    d = {"n": n, "mean": mean, "sd": sd, "median": float(np.median(values)), "min": min(values), "max": max(values)}
    d["cv_pct"] = 100 * sd / abs(mean) if sd is not None and mean != 0 else None
    if n > 1 and sd == 0:
        d["ci95_low"] = d["ci95_high"] = mean  # scipy's t.interval needs scale > 0; with no spread it is the point
    elif n > 1:
        low, high = stats.t.interval(0.95, n - 1, loc=f(mean), scale=f(sd) / math.sqrt(n))
        d["ci95_low"], d["ci95_high"] = low, high
    else:
        d["ci95_low"] = d["ci95_high"] = None
    return d


def welch_df(a, b, r):
    vx = a["sd"] ** 2 / a["n"]
    vy = r * r * b["sd"] ** 2 / b["n"]
    if vy == 0:
        return a["n"] - 1
    if vx == 0:
        return b["n"] - 1
    return (vx + vy) ** 2 / (vx ** 2 / (a["n"] - 1) + vy ** 2 / (b["n"] - 1))


def fieller(a, b):
    """('FIELLER', low, high), ('UNBOUNDED', None, None) or (None, None, None)."""
    if a["n"] < 2 or b["n"] < 2:
        return None, None, None
    x, y = a["mean"], b["mean"]
    vx, vy = a["sd"] ** 2 / a["n"], b["sd"] ** 2 / b["n"]
    if y == 0:
        return "UNBOUNDED", None, None
    r = x / y
    if vx + vy == 0:
        return "FIELLER", r, r
    t = mp.mpf(stats.t.ppf(0.975, f(welch_df(a, b, r))))
    if t * t * vy / (y * y) >= 1:
        return "UNBOUNDED", None, None
    qa, qb, qc = y * y - t * t * vy, x * y, x * x - t * t * vx
    root = mp.sqrt(qb * qb - qa * qc)
    low, high = (qb - root) / qa, (qb + root) / qa
    for bound in (low, high):
        residual = (x - bound * y) ** 2 - t * t * (vx + bound * bound * vy)
        assert abs(residual) <= mp.mpf(10) ** -40 * (x * x + t * t * vx + 1), residual
    return "FIELLER", low, high


def welch_p(a, b):
    if a["n"] < 2 or b["n"] < 2 or a["sd"] ** 2 / a["n"] + b["sd"] ** 2 / b["n"] == 0:
        return None
    return float(stats.ttest_ind_from_stats(f(a["mean"]), f(a["sd"]), a["n"], f(b["mean"]), f(b["sd"]), b["n"],
                                            equal_var=False).pvalue)


def overhead(hib, ratio):
    return (1 - ratio) * 100 if hib else (ratio - 1) * 100


def value(v, tol):
    return None if v is None else {"value": f(v), "tol": f(tol)}


def rel(v, k=1e-9):
    return value(v, None if v is None else k * abs(f(v)))


def descriptive_columns(d):
    mean = f(d["mean"])
    spread = 1e-9 * f(d["sd"]) if d["sd"] is not None else 0.0
    cols = {"n": d["n"], "mean": value(d["mean"], spread + 4 * ulp(mean)), "sd": rel(d["sd"]),
            "median": value(d["median"], spread + 4 * ulp(d["median"])),
            "min": rel(d["min"], 0), "max": rel(d["max"], 0), "cv_pct": rel(d["cv_pct"])}
    for k in ("ci95_low", "ci95_high"):
        v = d[k]
        cols[k] = None if v is None else value(v, 1e-9 * abs(v - mean) + 8 * ulp(v))
    return cols


def compare(case):
    a, b = describe(case["flavor"]), describe(case["baseline"])
    hib = case["higher_is_better"]
    row = descriptive_columns(a)
    p = welch_p(a, b)
    row["p_value"] = rel(p)
    keys = ("ratio", "relative_performance", "overhead_pct", "overhead_ci95_low", "overhead_ci95_high",
            "share_efficiency")
    if not (b["mean"] > 0 and a["mean"] >= 0):
        row.update({k: None for k in keys})
        row["overhead_ci_method"] = None
        return row, p
    r = a["mean"] / b["mean"]
    relp = r if hib else (1 / r if r != 0 else None)
    o = overhead(hib, r)
    row["ratio"] = value(r, 8 * ulp(f(r)))
    row["relative_performance"] = None if relp is None else value(relp, 8 * ulp(f(relp)))
    row["overhead_pct"] = value(o, 1e-9 * abs(f(o)) + 400 * ulp(f(r)))
    row["share_efficiency"] = None if relp is None else value(relp / mp.mpf(0.5), 16 * ulp(f(relp)))
    method, low, high = fieller(a, b)
    row["overhead_ci_method"] = method
    if method == "FIELLER":
        o_low, o_high = (overhead(hib, high), overhead(hib, low)) if hib else (overhead(hib, low), overhead(hib, high))
        for k, v in (("overhead_ci95_low", o_low), ("overhead_ci95_high", o_high)):
            row[k] = value(v, 1e-7 * abs(f(v - o)) + 400 * ulp(f(r)))
    else:
        row["overhead_ci95_low"] = row["overhead_ci95_high"] = None
    return row, p


def holm(ps):
    idx = sorted((i for i, p in enumerate(ps) if p is not None), key=lambda i: ps[i])
    m, running, out = len(idx), 0.0, [None] * len(ps)
    for rank, i in enumerate(idx):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        out[i] = running
    return out


def dyadic(center, steps, unit):
    return [center + k * unit for k in steps]


CASES = [
    {"name": "table-v-runtime", "higher_is_better": False,
     "baseline": [178.6, 179.2, 179.8, 180.4, 181.0], "flavor": [196.9, 197.5, 198.1, 198.7, 199.3]},
    {"name": "zero-mean-baseline", "higher_is_better": True, "baseline": [-1.0, 0.0, 1.0], "flavor": [1.0, 2.0, 3.0]},
    {"name": "zero-mean-flavor", "higher_is_better": True, "baseline": [4.0, 5.0, 6.0], "flavor": [0.0, 0.0, 0.0]},
    {"name": "zero-baseline", "higher_is_better": False, "baseline": [0.0, 0.0, 0.0], "flavor": [1.0, 1.5, 2.0]},
    {"name": "zero-variance-both", "higher_is_better": True, "baseline": [5.0, 5.0, 5.0], "flavor": [5.0, 5.0, 5.0]},
    {"name": "zero-variance-baseline", "higher_is_better": True, "baseline": [5.0, 5.0, 5.0], "flavor": [4.0, 5.0, 6.5]},
    {"name": "zero-variance-flavor", "higher_is_better": False, "baseline": [4.0, 5.0, 6.0], "flavor": [7.0, 7.0, 7.0]},
    {"name": "n1-both", "higher_is_better": True, "baseline": [4.71], "flavor": [4.31]},
    {"name": "n1-flavor", "higher_is_better": True, "baseline": [4.6, 4.7, 4.8, 4.75, 4.65], "flavor": [4.31]},
    {"name": "n2-bounded", "higher_is_better": False, "baseline": [10.0, 10.4], "flavor": [11.0, 11.6]},
    {"name": "n2-unbounded-fieller", "higher_is_better": False, "baseline": [0.5, 1.5], "flavor": [1.3, 1.5]},
    {"name": "noisy-unbounded-fieller", "higher_is_better": True, "baseline": [0.2, -0.1, 0.5, 0.05, 0.3],
     "flavor": [0.25, 0.3, 0.2, 0.35, 0.28]},
    {"name": "magnitude-1e-9", "higher_is_better": False, "baseline": [1.00e-9, 1.01e-9, 0.99e-9, 1.02e-9, 0.98e-9],
     "flavor": [1.10e-9, 1.12e-9, 1.09e-9, 1.11e-9, 1.08e-9]},
    {"name": "magnitude-1e12", "higher_is_better": True,
     "baseline": dyadic(1e12, [-2, -1, 0, 1, 2], 2 ** -7), "flavor": dyadic(1e12 + 1, [1, -2, 0, 2, -1], 2 ** -7)},
    {"name": "cv-1e-7", "higher_is_better": False,
     "baseline": [1.0 + k * 1e-7 for k in (-2, -1, 0, 1, 2)], "flavor": [1.1 + k * 1.1e-7 for k in (-1, 2, 0, -2, 1)]},
    {"name": "cv-1e-8", "higher_is_better": False,
     "baseline": [1.0 + k * 1e-8 for k in (-2, -1, 0, 1, 2)], "flavor": [1.1 + k * 1.1e-8 for k in (-1, 2, 0, -2, 1)]},
]


def main():
    out, ps = [], []
    for case in CASES:
        row, p = compare(case)
        base = descriptive_columns(describe(case["baseline"]))
        out.append({"name": case["name"], "higher_is_better": case["higher_is_better"], "baseline": case["baseline"],
                    "flavor": case["flavor"], "share_fraction": 0.5, "expected_baseline": base, "expected_flavor": row})
        ps.append(p)
    for case, adj in zip(out, holm(ps)):
        case["expected_flavor"]["p_adjusted"] = rel(adj)
    json.dump({"generated_by": "src/test/resources/stats/scipy_expected.py", "scipy": scipy.__version__,
               "mpmath": mp.__version__, "cases": out}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
