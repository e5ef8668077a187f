#!/usr/bin/env bash
# Device call A of 2026-12-03 (issue 21): the GPU tests, then co-tenant campaigns 1 and 2 at 2 s slots, after the
# time-boxed settle was made to run into the timed part with no break (5f4fbc4). Call B runs campaign 3 and PyTorch.
DEADLINE_S=585; . guest-agent/bench/device-steps.sh
step gpu-tests 60 bash guest-agent/bench/gpu-tests.sh "$BUNDLE" guest-agent/target/gpu-tests
export WINDOW=2 TORCH=0 CHUNK50=0; step cotenant 520 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant" 2
finish
