#!/usr/bin/env bash
# Runs the agent's GPU-tagged tests (surefire leaves them out; the device machine has no Maven) with the
# bundle's runtime and agent jar: GpuTestMain, one line a test, exit 0 only if some ran and none failed.
# TESTS_DIR holds classes/ (guest-agent/target/test-classes) and lib/ (JUnit and AssertJ), made here with
#   mvn -B -pl guest-agent test-compile dependency:copy-dependencies -DincludeScope=test \
#     -DincludeGroupIds=org.junit.jupiter,org.junit.platform,org.assertj,org.opentest4j,org.apiguardian \
#     -DoutputDirectory=target/gpu-tests/lib && cp -r guest-agent/target/test-classes guest-agent/target/gpu-tests/classes
# usage: guest-agent/bench/gpu-tests.sh BUNDLE_DIR TESTS_DIR [TEST_CLASS...]   (no class: every GPU test)
set -u
b=${1:?bundle dir}; t=${2:?tests dir}; shift 2
exec "$b/runtime/bin/java" -XX:+UseSerialGC -cp "$t/classes:$b/lib/vgpubench-agent.jar:$t/lib/*" \
  io.vgpubench.agent.gpu.GpuTestMain "$@"
