#!/usr/bin/env bash
# Device call 3 of 2026-12-02 (issues 16 and 15): energy per unit of work against PyTorch with NVML, then the
# command workload (ResNet-50 fp16 b64, 1 and 2 tasks) against the same script started by hand.
. guest-agent/bench/device-steps.sh
step energy 260 bash guest-agent/bench/energy-compare.sh "$W/energy"
step command 320 bash guest-agent/bench/command-compare.sh "$W/command" 3
finish
