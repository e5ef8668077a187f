#!/usr/bin/env python3
"""PyTorch reference for device-compare.sh: the agent's GPU workloads, measured the same way
(CUDA events around back-to-back operations, warm-up excluded, repetitions of ~0.25 s), one JSON
line per repetition with the SM clock and power read through nvidia-smi right after it."""
import argparse, json, math, subprocess, sys, threading, time
import torch

TARGET_MS = 250.0


def smi():
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=clocks.sm,clocks.max.sm,power.draw",
                              "--format=csv,noheader,nounits", "-i", "0"],
                             capture_output=True, text=True, timeout=10).stdout.strip().split(",")
        return {"sm_clock_mhz": float(out[0]), "sm_clock_max_mhz": float(out[1]), "power_w": float(out[2])}
    except Exception:
        return {}


def event_ms(fn, times):
    start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(times):
        fn()
    stop.record()
    stop.synchronize()
    return start.elapsed_time(stop)


WARMUP = 1


def repeat(label, fn, reps, metric, unit, value_of, timer=event_ms):
    fn(); torch.cuda.synchronize()                      # one untimed, then 3 timed to size a repetition
    iters = max(1, min(10000, math.ceil(TARGET_MS / max(timer(fn, 3) / 3, 1e-6))))
    for _ in range(WARMUP):                             # warm-up repetitions, as the agent's --warmup
        timer(fn, iters)
    for rep in range(1, reps + 1):
        during = {}                                     # telemetry read while the repetition runs, as the agent does
        reader = threading.Thread(target=lambda: (time.sleep(0.1), during.update(smi())))
        reader.start()
        ms = timer(fn, iters)
        reader.join()
        print(json.dumps({"workload": label, "rep": rep, "metric": metric, "unit": unit, "iterations": iters,
                          "value": value_of(ms, iters), **during}), flush=True)


def wall_ms(fn, times):
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(times):
        fn()
    torch.cuda.synchronize()
    return (time.perf_counter() - t0) * 1e3


def rand(shape, dtype):
    """Uniform in [-1, 1). float64 is drawn in float64: float32 values widened to float64 have 29 zero
    mantissa bits, which lowers the multipliers' power draw and raises the clock of a power-capped card."""
    base = torch.float64 if dtype == torch.float64 else torch.float32
    return (torch.rand(shape, device="cuda", dtype=base) * 2 - 1).to(dtype)


def gemm(reps, n=8192):
    for name, dtype, tf32 in [("fp64", torch.float64, False), ("fp32", torch.float32, False),
                              ("tf32", torch.float32, True), ("bf16", torch.bfloat16, False),
                              ("fp16", torch.float16, False)]:
        torch.backends.cuda.matmul.allow_tf32 = tf32
        a, b, c = rand((n, n), dtype), rand((n, n), dtype), torch.empty((n, n), device="cuda", dtype=dtype)
        repeat(f"gemm precision={name}", lambda: torch.matmul(a, b, out=c), reps, "tflops", "TFLOP/s",
               lambda ms, it: 2.0 * n ** 3 * it / (ms / 1e3) / 1e12)
        del a, b, c
    torch.backends.cuda.matmul.allow_tf32 = False


def memcopy(reps, nbytes=2 << 30):
    src = torch.randint(0, 255, (nbytes,), dtype=torch.uint8, device="cuda")
    dst = torch.empty_like(src)
    repeat("memcopy", lambda: dst.copy_(src), reps, "bandwidth", "GB/s",
           lambda ms, it: 2.0 * nbytes * it / (ms / 1e3) / 1e9)


def transfer(reps, nbytes=256 << 20):
    dev = torch.empty(nbytes, dtype=torch.uint8, device="cuda")
    for memory in ("pinned", "pageable"):
        host = torch.randint(0, 255, (nbytes,), dtype=torch.uint8).pin_memory() if memory == "pinned" \
            else torch.randint(0, 255, (nbytes,), dtype=torch.uint8)
        timer = event_ms if memory == "pinned" else wall_ms
        nb = memory == "pinned"
        for direction, fn in (("h2d", lambda: dev.copy_(host, non_blocking=nb)),
                              ("d2h", lambda: host.copy_(dev, non_blocking=nb))):
            repeat(f"transfer direction={direction} memory={memory}", fn, reps, "bandwidth", "GB/s",
                   lambda ms, it: nbytes * it / (ms / 1e3) / 1e9, timer)


def launch(reps, launches=20000):
    x = torch.zeros(1, device="cuda")
    for rep in range(0, reps + 1):                      # rep 0 is the warm-up
        us = wall_ms(lambda: x.add_(1.0), launches) * 1e3 / launches
        if rep:
            print(json.dumps({"workload": "launch", "rep": rep, "metric": "latency", "unit": "us", "value": us}),
                  flush=True)
    g = torch.cuda.CUDAGraph()
    s = torch.cuda.Stream()
    with torch.cuda.stream(s):
        x.add_(1.0)
        with torch.cuda.graph(g):
            for _ in range(1000):
                x.add_(1.0)
    for rep in range(0, reps + 1):
        us = wall_ms(g.replay, launches // 1000) * 1e3 / launches
        if rep:
            print(json.dumps({"workload": "launch", "rep": rep, "metric": "graph_latency", "unit": "us",
                              "value": us}), flush=True)


VGG = [(64, 27, 50176), (64, 576, 50176), (128, 576, 12544), (128, 1152, 12544), (256, 1152, 3136),
       (256, 2304, 3136), (256, 2304, 3136), (512, 2304, 784), (512, 4608, 784), (512, 4608, 784),
       (512, 4608, 196), (512, 4608, 196), (512, 4608, 196), (4096, 25088, 1), (4096, 4096, 1), (1000, 4096, 1)]


def vgg16_forward(batch=64, dtype=torch.float16):
    """One forward pass of the same sixteen GEMMs as the agent: row-major (pixels x k) @ (k x m) is cuBLAS's
    m x n x k; the inputs are allocated once, here."""
    wmax = max(m * k for m, k, _ in VGG)
    xmax = max(k * p * batch for _, k, p in VGG)
    ymax = max(m * p * batch for m, _, p in VGG)
    w, x, y = rand((wmax,), dtype), rand((xmax,), dtype), torch.empty(ymax, device="cuda", dtype=dtype)
    views = [(x[:k * p * batch].view(p * batch, k), w[:m * k].view(k, m), y[:m * p * batch].view(p * batch, m))
             for m, k, p in VGG]

    def forward():
        for xi, wi, yi in views:
            torch.matmul(xi, wi, out=yi)
    return forward


def vgg16(reps, batch=64, dtype=torch.float16):
    repeat("vgg16", vgg16_forward(batch, dtype), reps, "images_per_second", "images/s",
           lambda ms, it: batch * it / (ms / 1e3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    args = ap.parse_args()
    global WARMUP
    WARMUP = args.warmup
    torch.cuda.init()
    launch(args.reps)
    gemm(args.reps)
    memcopy(args.reps)
    transfer(args.reps)
    vgg16(args.reps)
    libs = sorted({w for w in open("/proc/self/maps").read().split() if "libcublas" in w})
    print(json.dumps({"workload": "torch", "rep": 0, "metric": "version", "unit": "", "value": 0,
                      "torch": torch.__version__, "cuda": torch.version.cuda, "cublas": libs}), flush=True)


if __name__ == "__main__":
    main()
