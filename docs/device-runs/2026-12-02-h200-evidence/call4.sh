#!/usr/bin/env bash
# Device call 4 of 2026-12-02 (issue 16): energy-compare again, with PyTorch's data drawn as the agent draws it
# (call 3's reference used an uninitialised copy source and [0, 1) GEMM inputs).
DEADLINE_S=285; . guest-agent/bench/device-steps.sh
step energy 280 bash guest-agent/bench/energy-compare.sh "$W/energy"
finish
