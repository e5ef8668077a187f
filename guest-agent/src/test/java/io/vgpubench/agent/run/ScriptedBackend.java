package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend for runner tests whose workloads do what the test says: "gemm" measures a counter,
 * "memcopy" fails verification, "launch" sleeps far past any limit, "memprobe" runs out of heap
 * for real, "transfer" refuses to prepare. It counts measure calls and records prepared parameters.
 */
final class ScriptedBackend implements Backend {
    final AtomicInteger measured = new AtomicInteger();
    final List<Parameters> prepared = new ArrayList<>();
    final AtomicInteger closedWorkloads = new AtomicInteger();

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public List<String> workloads() {
        return List.of("gemm", "memcopy", "launch", "memprobe", "transfer");
    }

    @Override
    public Map<String, String> defaults(String workload) {
        return Map.of("size", "7", "precision", "fp64");
    }

    @Override
    public DeviceFacts facts() {
        return new DeviceFacts("scripted device", null, null, null, 1L, 1L, null, null, null, null, null, null, "none", null);
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters parameters) throws WorkloadException {
        prepared.add(parameters);
        if (workload.equals("transfer")) {
            throw new WorkloadException("transfer needs 9 GiB, above the memory cap");
        }
        return new PreparedWorkload() {
            @Override
            public List<Measurement> measure() throws WorkloadException {
                int n = measured.incrementAndGet();
                switch (workload) {
                    case "launch" -> sleepLong();
                    case "memprobe" -> {
                        long[][] hog = new long[64][];
                        for (int i = 0; i < hog.length; i++) {
                            hog[i] = new long[Integer.MAX_VALUE - 16];
                        }
                    }
                    default -> { }
                }
                return List.of(new Measurement("count", n, "calls", true), new Measurement("time", 1.0 / n, "s", false));
            }

            @Override
            public Verification verify() {
                return workload.equals("memcopy")
                        ? Verification.within(0.5, 1e-9, "scripted mismatch")
                        : Verification.within(0, 1e-9, "scripted ok");
            }

            @Override
            public void close() {
                closedWorkloads.incrementAndGet();
            }
        };
    }

    private static void sleepLong() throws WorkloadException {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException("interrupted");
        }
    }

    @Override
    public void close() {
    }
}
