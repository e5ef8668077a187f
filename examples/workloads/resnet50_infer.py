#!/usr/bin/env python3
"""ResNet-50 inference as a vgpubench `command` workload: torchvision's ResNet-50 with random weights (nothing is
downloaded), fp16 (or fp32/bf16) on the card the agent gives it, batch VGPUBENCH_PARAM_BATCH (64 by default),
capped at the agent's memory fraction with torch.cuda.set_per_process_memory_fraction (the study's Listing 1 does
the same for TensorFlow). It starts up and warms up, then times the window the agent hands it (vgpubench_window.py:
loads the card from VGPUBENCH_LOAD_FROM, times batches back to back from VGPUBENCH_MEASURE_AT for
VGPUBENCH_MEASURE_SECONDS with CUDA events, keeps loading until VGPUBENCH_LOAD_UNTIL) and prints one JSON line,
images per second, with the window's started/ended and the load around it. Run by hand (no window), it times
VGPUBENCH_PARAM_SECONDS (3 by default) at once after its warm-up. Without a GPU it runs on the CPU (small)."""
import json, os, sys

sys.dont_write_bytecode = True  # no __pycache__ beside the uploaded files

import torch
import torchvision

from vgpubench_window import Window


def main():
    batch = int(os.environ.get("VGPUBENCH_PARAM_BATCH", "64"))
    window = Window(os.environ.get("VGPUBENCH_PARAM_SECONDS", "3"))
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
    sync = torch.cuda.current_stream().synchronize if cuda else (lambda: None)
    with torch.inference_mode():
        for _ in range(10):                                   # warm-up: cuDNN picks its kernels here
            out = model(x)
        if not torch.isfinite(out.float()).all():
            print("ResNet-50 gave non-finite outputs", file=sys.stderr)
            return 1
        sync()
        print(window.describe(), file=sys.stderr)
        if cuda:
            start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)

        def step():                                           # 5 batches between synchronisations
            for _ in range(5):
                model(x)

        units, wall, fields = window.run(step, sync, on_start=start.record if cuda else (lambda: None),
                                         on_end=stop.record if cuda else (lambda: None))
        if cuda:
            stop.synchronize()
            elapsed = start.elapsed_time(stop) / 1e3
        else:
            elapsed = wall
    line = {"metric": "images_per_second", "value": units * 5 * batch / elapsed, "unit": "images/s",
            "higher_is_better": True}
    line.update(fields)
    print(json.dumps(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
