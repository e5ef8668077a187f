#!/usr/bin/env python3
"""PyTorch reference for energy-compare.sh: fp64 and bf16 GEMM (8192^3) and a 1 GiB device copy, each repeated
back to back for about 8 s, 3 repetitions after a warm-up, NVML's total energy counter (ctypes, libnvidia-ml.so.1)
read just before and after each repetition; one JSON line per repetition: rate, mean power, joules per unit.
The data is drawn as the agent draws it (uniform magnitudes in [1/64, 1) with random signs, fp32 values for the copy):
a card at its power cap runs slower on data that toggles more bits, so zeros or [0, 1) inputs would not be the same
work (seen 2026-12-02: an uninitialised copy source drew 419 W against the agent's 607 W at the same bandwidth)."""
import ctypes, json, time
import torch

nvml = ctypes.CDLL("libnvidia-ml.so.1")
nvml.nvmlInit_v2()
handle = ctypes.c_void_p()
nvml.nvmlDeviceGetHandleByIndex_v2(0, ctypes.byref(handle))


def energy_j():
    mj = ctypes.c_ulonglong()
    rc = nvml.nvmlDeviceGetTotalEnergyConsumption(handle, ctypes.byref(mj))
    return mj.value / 1000.0 if rc == 0 else None


def repeat(label, fn, work, unit, seconds=8.0, reps=3):
    fn(); torch.cuda.synchronize()
    t = time.perf_counter(); fn(); torch.cuda.synchronize(); one = time.perf_counter() - t
    iters = max(1, int(seconds / max(one, 1e-6)))
    for rep in range(reps + 1):                       # the first is the warm-up
        torch.cuda.synchronize()
        e0 = energy_j(); t0 = time.perf_counter()
        for _ in range(iters):
            fn()
        torch.cuda.synchronize()
        t1 = time.perf_counter(); e1 = energy_j()
        if rep == 0:
            continue
        rate = work * iters / (t1 - t0)
        watts = (e1 - e0) / (t1 - t0) if e0 is not None and e1 is not None else None
        print(json.dumps({"workload": label, "rep": rep, "rate": rate, "unit": unit, "power_w": watts,
                          "j_per_unit": watts / rate if watts else None}), flush=True)


def like_agent(count, dtype):
    """count values in +-[1/64, 1), as the agent's HostMatrices draws them: fp64 in float64 itself (fp32 values made
    fp64 have 29 zero mantissa bits, less work for a card at its power cap: 58.6 against the agent's 52.2 TFLOP/s at
    700 W on 2026-12-02), the narrower types through float32."""
    wide = torch.float64 if dtype == torch.float64 else torch.float32
    v = torch.empty(count, device="cuda", dtype=wide).uniform_(1.0 / 64, 1.0)
    v *= torch.randint(0, 2, (count,), device="cuda", dtype=wide) * 2 - 1
    return v.to(dtype)


n = 8192
for dtype, label in ((torch.float64, "gemm precision=fp64"), (torch.bfloat16, "gemm precision=bf16")):
    a = like_agent(n * n, dtype).view(n, n); b = like_agent(n * n, dtype).view(n, n)
    c = torch.empty(n, n, device="cuda", dtype=dtype)
    repeat(label, lambda: torch.matmul(a, b, out=c), 2.0 * n ** 3 / 1e12, "TFLOP")
    del a, b, c
src = like_agent(1 << 28, torch.float32).view(torch.uint8); dst = torch.empty_like(src)
repeat("memcopy", lambda: dst.copy_(src), 2 * (1 << 30) / 1e9, "GB")
