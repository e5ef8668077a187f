#!/usr/bin/env python3
"""PyTorch on the same slots as a vgpubench co-tenant campaign: TASKS processes, each running the same workload
in the same time slot (settle, timed, fill to the slot's end), one JSON line per process and repetition.
"value" is the work of the timed rounds over their wall-clock time, as the agent times them; "event_value" the same
work over the sum of the rounds' CUDA-event times, which leaves out each round's wait for its context's next time
slice on a time-sliced card (the more, the shorter the rounds: --chunk-ms, 250 by default, the agent's are 50).
usage: cotenant_torch.py TASKS [--reps 3] [--measure 1.0] [--prepare 6.0] [--chunk-ms 250]"""
import argparse, json, math, os, sys, time
import torch.multiprocessing as mp

WORK = ["gemm precision=fp64", "gemm precision=bf16", "memcopy", "vgg16"]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_reference import rand, vgg16_forward  # noqa: E402  the agent's random inputs, its sixteen VGG-16 GEMMs


def prepare(torch, name):
    if name.startswith("gemm"):
        n = 8192
        dtype = torch.float64 if "fp64" in name else torch.bfloat16
        a, b, c = rand((n, n), dtype), rand((n, n), dtype), torch.empty((n, n), device="cuda", dtype=dtype)
        return (lambda: torch.matmul(a, b, out=c)), 2.0 * n ** 3 / 1e12, "tflops"
    if name == "memcopy":
        nbytes = 1 << 30
        src = torch.randint(0, 255, (nbytes,), dtype=torch.uint8, device="cuda")
        dst = torch.empty_like(src)
        return (lambda: dst.copy_(src)), 2.0 * nbytes / 1e9, "bandwidth"
    batch = 64
    forward = vgg16_forward(batch, torch.float16)
    return forward, float(batch), "images_per_second"


def sleep_until(t):
    while True:
        d = t - time.time()
        if d <= 0:
            return
        time.sleep(d)


def task(index, tasks, start, args, queue):
    import torch
    torch.backends.cuda.matmul.allow_tf32 = False
    cursor = start
    for name in WORK:
        cursor += args.prepare
        fn, work, metric = prepare(torch, name)
        fn(); torch.cuda.synchronize()
        e0, e1 = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        e0.record(); [fn() for _ in range(3)]; e1.record(); e1.synchronize()
        iters = max(1, min(10000, math.ceil(args.chunk_ms / max(e0.elapsed_time(e1) / 3, 1e-6))))

        def chunk():
            e0.record()
            for _ in range(iters):
                fn()
            e1.record(); e1.synchronize()
            return e0.elapsed_time(e1)
        for _ in range(2):
            chunk()
        settle, slot = max(0.02, args.measure / 5), max(0.02, args.measure / 5) + args.measure + max(0.03, args.measure * 0.3)
        for rep in range(1, args.reps + 1):
            s = cursor + (rep - 1) * slot
            sleep_until(s)
            while time.time() < s + settle:
                chunk()
            t0, ms, rounds = time.time(), 0.0, 0
            while True:
                ms += chunk(); rounds += 1
                if time.time() >= s + settle + args.measure:
                    break
            t1 = time.time()
            while time.time() < s + slot:
                chunk()
            queue.put({"workload": name, "metric": metric, "tasks": tasks, "task": index, "rep": rep,
                       "value": work * iters * rounds / (t1 - t0),
                       "event_value": work * iters * rounds / (ms / 1e3), "chunk_ms": args.chunk_ms, "started": t0, "ended": t1, "rounds": rounds})
        cursor += args.reps * slot
        del fn
        torch.cuda.empty_cache()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tasks", type=int)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--measure", type=float, default=1.0)
    ap.add_argument("--prepare", type=float, default=6.0)
    ap.add_argument("--chunk-ms", type=float, default=250.0)
    args = ap.parse_args()
    mp.set_start_method("spawn")
    queue = mp.Queue()
    start = time.time() + 3.0
    procs = [mp.Process(target=task, args=(i, args.tasks, start, args, queue)) for i in range(args.tasks)]
    [p.start() for p in procs]
    expected = args.tasks * args.reps * len(WORK)
    for _ in range(expected):
        print(json.dumps(queue.get(timeout=600)), flush=True)
    [p.join() for p in procs]


if __name__ == "__main__":
    main()
