#!/usr/bin/env bash
# Device call B of 2026-12-03 (issue 21): co-tenant campaign 3 at 2 s slots, then PyTorch processes on the same slots
# at 1, 2 and 4 tasks, and the table over every campaign in the folder (1 and 2 from call A, if the machine was kept).
DEADLINE_S=585; . guest-agent/bench/device-steps.sh
export WINDOW=2 FROM=3 CHUNK50=0; step cotenant 560 bash guest-agent/bench/cotenant-compare.sh "$W/cotenant" 3
finish
