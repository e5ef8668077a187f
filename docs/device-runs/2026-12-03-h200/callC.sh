#!/usr/bin/env bash
# Device call C of 2026-12-03 (issue 21): the GPU tests on the agent whose shared load covers to the measuring
# time's end and rehearses its samples before the first slot, then one co-tenant campaign at 1 s slots beside
# PyTorch, to tell the settle's part (5f4fbc4) from the window's in calls A and B (2 s slots).
DEADLINE_S=585; . guest-agent/bench/device-steps.sh
step gpu-tests 60 bash guest-agent/bench/gpu-tests.sh "$BUNDLE" guest-agent/target/gpu-tests
export WINDOW=1 CHUNK50=0; step cotenant 500 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant-1s" 1
finish
