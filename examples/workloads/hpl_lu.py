#!/usr/bin/env python3
"""An HPL-like fp64 solve as a vgpubench `command` workload: A x = b for a random n x n system (n from
VGPUBENCH_PARAM_N, 16384 by default; 2048 on the CPU) by LU with partial pivoting (torch.linalg.solve on the GPU,
numpy.linalg.solve without one), timed, reported in TFLOP/s by HPL's own count (2/3 n^3 + 2 n^2 operations), with
HPL's scaled residual ||A x - b||_inf / (eps (||A||_inf ||x||_inf + ||b||_inf) n), which must stay below 16: a
solve that fails the check exits 1, so it is a failed run and never a sample. Honours VGPUBENCH_MEMORY_FRACTION."""
import json, os, sys, time


def solve_torch(n, fraction):
    import torch
    if fraction < 1.0:
        torch.cuda.set_per_process_memory_fraction(fraction, 0)
    g = torch.Generator(device="cuda").manual_seed(int(os.environ.get("VGPUBENCH_TASK", "0")) + 1)
    a = torch.rand(n, n, device="cuda", dtype=torch.float64, generator=g) - 0.5
    b = torch.rand(n, 1, device="cuda", dtype=torch.float64, generator=g) - 0.5
    torch.linalg.solve(a, b)                                  # warm-up (cuSOLVER's workspace, kernels)
    torch.cuda.synchronize()
    times = []
    for _ in range(int(os.environ.get("VGPUBENCH_PARAM_SOLVES", "3"))):
        t0 = time.perf_counter()
        x = torch.linalg.solve(a, b)
        torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
    r = (a @ x - b).abs().max().item()
    scale = torch.finfo(torch.float64).eps * (a.abs().sum(1).max().item() * x.abs().max().item()
                                              + b.abs().max().item()) * n
    return min(times), r / scale


def solve_numpy(n):
    import numpy as np
    rng = np.random.default_rng(int(os.environ.get("VGPUBENCH_TASK", "0")) + 1)
    a = rng.random((n, n)) - 0.5
    b = rng.random((n, 1)) - 0.5
    np.linalg.solve(a, b)
    t0 = time.perf_counter()
    x = np.linalg.solve(a, b)
    t = time.perf_counter() - t0
    r = np.abs(a @ x - b).max()
    scale = np.finfo(np.float64).eps * (np.abs(a).sum(1).max() * np.abs(x).max() + np.abs(b).max()) * n
    return t, r / scale


def main():
    fraction = float(os.environ.get("VGPUBENCH_MEMORY_FRACTION", "1.0"))
    try:
        import torch
        gpu = torch.cuda.is_available()
    except ImportError:
        gpu = False
    n = int(os.environ.get("VGPUBENCH_PARAM_N", "16384" if gpu else "2048"))
    t, residual = solve_torch(n, fraction) if gpu else solve_numpy(n)
    flops = 2.0 / 3.0 * n ** 3 + 2.0 * n ** 2
    print(f"n={n} time={t:.4f}s scaled residual={residual:.3e}")
    if not residual < 16.0:
        print(f"FAILED: scaled residual {residual:.3e} is not below 16", file=sys.stderr)
        return 1
    print(json.dumps({"metric": "tflops", "value": flops / t / 1e12, "unit": "TFLOP/s", "higher_is_better": True}))
    print(json.dumps({"metric": "scaled_residual", "value": residual, "unit": "", "higher_is_better": False}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
