#!/usr/bin/env python3
"""ResNet-50 inference as a vgpubench `command` workload: torchvision's ResNet-50 with random weights (nothing is
downloaded), fp16 (or fp32/bf16) on the card the agent gives it, batch VGPUBENCH_PARAM_BATCH (64 by default),
capped at the agent's memory fraction with torch.cuda.set_per_process_memory_fraction (the study's Listing 1 does
the same for TensorFlow). It warms up, then runs batches back to back for VGPUBENCH_PARAM_SECONDS (3 by default),
timed with CUDA events, and prints one JSON line: images per second. Without a GPU it runs on the CPU (small)."""
import json, os, sys, time

import torch
import torchvision


def main():
    batch = int(os.environ.get("VGPUBENCH_PARAM_BATCH", "64"))
    seconds = float(os.environ.get("VGPUBENCH_PARAM_SECONDS", "3"))
    precision = os.environ.get("VGPUBENCH_PARAM_PRECISION", "fp16")
    fraction = float(os.environ.get("VGPUBENCH_MEMORY_FRACTION", "1.0"))
    cuda = torch.cuda.is_available()
    device = torch.device("cuda:0" if cuda else "cpu")  # CUDA_VISIBLE_DEVICES names the agent's card as cuda:0
    if cuda and fraction < 1.0:
        torch.cuda.set_per_process_memory_fraction(fraction, 0)
    dtype = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}[precision] if cuda else torch.float32
    torch.backends.cudnn.benchmark = True
    model = torchvision.models.resnet50(weights=None).to(device=device, dtype=dtype).eval()
    x = torch.randn(batch, 3, 224, 224, device=device, dtype=dtype)
    with torch.inference_mode():
        for _ in range(10):                                   # warm-up: cuDNN picks its kernels here
            out = model(x)
        if not torch.isfinite(out.float()).all():
            print("ResNet-50 gave non-finite outputs", file=sys.stderr)
            return 1
        if cuda:
            torch.cuda.synchronize()
            start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        batches, t0 = 0, time.perf_counter()
        if cuda:
            start.record()
        while time.perf_counter() - t0 < seconds:
            for _ in range(5):
                model(x)
            batches += 5
            if cuda:
                torch.cuda.current_stream().synchronize()
        if cuda:
            stop.record()
            stop.synchronize()
            elapsed = start.elapsed_time(stop) / 1e3
        else:
            elapsed = time.perf_counter() - t0
    print(json.dumps({"metric": "images_per_second", "value": batches * batch / elapsed, "unit": "images/s",
                      "higher_is_better": True}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
