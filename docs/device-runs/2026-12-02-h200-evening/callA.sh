#!/usr/bin/env bash
# Device call A of 2026-12-02 evening (issue 21): the GPU tests after the agent's rounds moved to the host clock, then
# one co-tenant campaign beside PyTorch at 1, 2, 4 tasks (PyTorch's wall-clock and event-timed rates, and at 4 tasks
# with the agent's 50 ms rounds: how much per-round event timing leaves out).
DEADLINE_S=580; . guest-agent/bench/device-steps.sh
step gpu-tests 100 bash guest-agent/bench/gpu-tests.sh "$BUNDLE" guest-agent/target/gpu-tests
step cotenant 470 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant" 1
finish
