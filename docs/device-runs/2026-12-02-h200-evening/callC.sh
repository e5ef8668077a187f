#!/usr/bin/env bash
# Device call C of 2026-12-02 evening (issue 15): the command workload (ResNet-50 fp16 b64, startup 15 s, a 3 s window
# handed to the script) at 1 and 2 tasks, 2 repetitions, beside the same script by hand in a common window.
DEADLINE_S=${DEADLINE_S:-300}; . guest-agent/bench/device-steps.sh
export PLAYBOOK=$PWD/guest-agent/bench/command-quick.yaml; step command $((DEADLINE_S - 10)) bash guest-agent/bench/command-compare.sh "$W/command" 1
finish
