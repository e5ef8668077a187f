#!/usr/bin/env python3
"""An HPL-like fp64 solve as a vgpubench `command` workload: A x = b for a random n x n system (n from
VGPUBENCH_PARAM_N, 16384 by default; 2048 on the CPU) by LU with partial pivoting (torch.linalg.solve on the GPU,
numpy.linalg.solve without one), solved back to back over the window the agent hands it (vgpubench_window.py: load
from VGPUBENCH_LOAD_FROM, time from VGPUBENCH_MEASURE_AT for VGPUBENCH_MEASURE_SECONDS, load until
VGPUBENCH_LOAD_UNTIL; run by hand: VGPUBENCH_PARAM_SECONDS, 3 by default, at once), reported in TFLOP/s over the
window by HPL's own count (2/3 n^3 + 2 n^2 operations a solve), with the window's started/ended, and HPL's scaled
residual ||A x - b||_inf / (eps (||A||_inf ||x||_inf + ||b||_inf) n) of the last solve, which must stay below 16: a
solve that fails the check exits 1, so it is a failed run and never a sample. Honours VGPUBENCH_MEMORY_FRACTION."""
import json, os, sys

sys.dont_write_bytecode = True  # no __pycache__ beside the uploaded files

from vgpubench_window import Window


def solve_torch(n, fraction, window):
    import torch
    if fraction < 1.0:
        torch.cuda.set_per_process_memory_fraction(fraction, 0)
    g = torch.Generator(device="cuda").manual_seed(int(os.environ.get("VGPUBENCH_TASK", "0")) + 1)
    a = torch.rand(n, n, device="cuda", dtype=torch.float64, generator=g) - 0.5
    b = torch.rand(n, 1, device="cuda", dtype=torch.float64, generator=g) - 0.5
    torch.linalg.solve(a, b)                                  # warm-up (cuSOLVER's workspace, kernels)
    torch.cuda.synchronize()
    x = [None]

    def step():
        x[0] = torch.linalg.solve(a, b)

    print(window.describe(), file=sys.stderr)
    solves, elapsed, fields = window.run(step, torch.cuda.synchronize)
    r = (a @ x[0] - b).abs().max().item()
    scale = torch.finfo(torch.float64).eps * (a.abs().sum(1).max().item() * x[0].abs().max().item()
                                              + b.abs().max().item()) * n
    return solves, elapsed, fields, r / scale


def solve_numpy(n, window):
    import numpy as np
    rng = np.random.default_rng(int(os.environ.get("VGPUBENCH_TASK", "0")) + 1)
    a = rng.random((n, n)) - 0.5
    b = rng.random((n, 1)) - 0.5
    np.linalg.solve(a, b)
    x = [None]

    def step():
        x[0] = np.linalg.solve(a, b)

    solves, elapsed, fields = window.run(step)
    r = np.abs(a @ x[0] - b).max()
    scale = np.finfo(np.float64).eps * (np.abs(a).sum(1).max() * np.abs(x[0]).max() + np.abs(b).max()) * n
    return solves, elapsed, fields, r / scale


def main():
    fraction = float(os.environ.get("VGPUBENCH_MEMORY_FRACTION", "1.0"))
    window = Window(os.environ.get("VGPUBENCH_PARAM_SECONDS", "3"))
    try:
        import torch
        gpu = torch.cuda.is_available()
    except ImportError:
        gpu = False
    n = int(os.environ.get("VGPUBENCH_PARAM_N", "16384" if gpu else "2048"))
    solves, t, fields, residual = solve_torch(n, fraction, window) if gpu else solve_numpy(n, window)
    if solves == 0:
        print("FAILED: no solve fitted in the window", file=sys.stderr)
        return 1
    flops = 2.0 / 3.0 * n ** 3 + 2.0 * n ** 2
    print(f"n={n} solves={solves} time={t:.4f}s scaled residual={residual:.3e}")
    if not residual < 16.0:
        print(f"FAILED: scaled residual {residual:.3e} is not below 16", file=sys.stderr)
        return 1
    print(json.dumps(dict({"metric": "tflops", "value": solves * flops / t / 1e12, "unit": "TFLOP/s",
                           "higher_is_better": True}, **fields)))
    print(json.dumps(dict({"metric": "scaled_residual", "value": residual, "unit": "", "higher_is_better": False},
                          **fields)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
