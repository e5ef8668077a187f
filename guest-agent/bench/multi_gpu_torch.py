"""PyTorch reference for the agent's multi-card runs: the same 8192^3 GEMM on each card alone, then
on every card at once (one host thread per card, a barrier before each timed repetition). Prints JSON.
Each repetition is ~0.25 s of back-to-back matmuls timed with CUDA events, after ~2 s of warm-up."""
import json, statistics, sys, threading, time
import torch

N = 8192
REPS = 5
torch.backends.cuda.matmul.allow_tf32 = False


def prepare(dev, dtype):
    torch.cuda.set_device(dev)
    a = torch.randn(N, N, device=dev, dtype=dtype)
    b = torch.randn(N, N, device=dev, dtype=dtype)
    s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    torch.mm(a, b); torch.cuda.synchronize(dev)
    s.record(); torch.mm(a, b); e.record(); e.synchronize()
    iters = max(1, int(0.25 / (s.elapsed_time(e) / 1e3)))
    return a, b, s, e, iters


def timed(dev, a, b, s, e, iters, barrier=None):
    torch.cuda.set_device(dev)
    end = time.time() + 2.0
    while time.time() < end:
        torch.mm(a, b)
        torch.cuda.synchronize(dev)
    out = []
    for _ in range(REPS):
        if barrier is not None:
            barrier.wait()
        s.record()
        for _ in range(iters):
            torch.mm(a, b)
        e.record(); e.synchronize()
        out.append(2 * N ** 3 * iters / (s.elapsed_time(e) / 1e3) / 1e12)
    return out


def main():
    cards = torch.cuda.device_count()
    result = {"cards": cards, "names": [torch.cuda.get_device_name(d) for d in range(cards)]}
    for name, dtype in (("fp64", torch.float64), ("fp32", torch.float32)):
        prepared = [prepare(d, dtype) for d in range(cards)]
        alone = [timed(d, *prepared[d]) for d in range(cards)]
        together = [None] * cards
        barrier = threading.Barrier(cards)

        def worker(d):
            together[d] = timed(d, *prepared[d], barrier=barrier)

        threads = [threading.Thread(target=worker, args=(d,)) for d in range(cards)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        alone_sum = sum(statistics.median(x) for x in alone)
        eff = [sum(together[d][r] for d in range(cards)) / alone_sum for r in range(REPS)]
        result[name] = {"alone_median": [statistics.median(x) for x in alone],
                        "together_median": [statistics.median(x) for x in together],
                        "node_total_median": statistics.median([sum(together[d][r] for d in range(cards)) for r in range(REPS)]),
                        "efficiency_median": statistics.median(eff), "efficiency_range": [min(eff), max(eff)]}
        del prepared
        torch.cuda.empty_cache()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
