#!/usr/bin/env bash
# Device call B of 2026-12-02 evening (issue 21): the GPU tests, then three consecutive co-tenant campaigns beside
# PyTorch at 1, 2, 4 tasks, after GPU rounds were queued one ahead (Rounds) so no co-tenant's stream runs dry.
DEADLINE_S=585; . guest-agent/bench/device-steps.sh
step gpu-tests 60 bash guest-agent/bench/gpu-tests.sh "$BUNDLE" guest-agent/target/gpu-tests
export CHUNK50=0; step cotenant 520 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant" 3
finish
