#!/usr/bin/env bash
# Device call 2 of 2026-12-02 (issue 14): sharing modes side by side, vgpubench run of bench/mps.yaml beside PyTorch
# (alone, MPS 50% and 25%, 2 time-sliced, 2 under MPS); afterwards no MPS process may be left.
. guest-agent/bench/device-steps.sh
step mps 540 bash guest-agent/bench/mps-compare.sh "$W/mps"
finish
