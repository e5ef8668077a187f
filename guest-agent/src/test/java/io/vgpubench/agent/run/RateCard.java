package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A card for multi-card runner tests: each measurement takes {@code millis} and returns the next of
 * its scripted rates (items/s) plus a latency (lower is better, never summed); it records when each
 * measurement began and ended. A card made with {@code failing} refuses to prepare.
 */
final class RateCard implements Backend {
    final String uuid;
    final Deque<Double> rates;
    final long millis;
    final boolean failing;
    final List<Instant[]> spans = Collections.synchronizedList(new ArrayList<>());

    RateCard(String uuid, long millis, boolean failing, Double... rates) {
        this.uuid = uuid;
        this.millis = millis;
        this.failing = failing;
        this.rates = new ArrayDeque<>(List.of(rates));
    }

    static RateCard of(String uuid, long millis, Double... rates) {
        return new RateCard(uuid, millis, false, rates);
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public List<String> workloads() {
        return List.of("gemm");
    }

    @Override
    public Map<String, String> defaults(String workload) {
        return Map.of();
    }

    @Override
    public DeviceFacts facts() {
        return new DeviceFacts("rate card", uuid, null, null, null, null, null, null, null, null, null, null, "none", null);
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters parameters) throws WorkloadException {
        if (failing) {
            throw new WorkloadException("card " + uuid + " is broken");
        }
        return Verified.workload(() -> {
                Instant began = Instant.now();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    throw new WorkloadException("interrupted");
                }
                spans.add(new Instant[] {began, Instant.now()});
                double rate;
                synchronized (rates) {
                    rate = rates.isEmpty() ? 1.0 : rates.poll();
                }
                return List.of(new Measurement("rate", rate, "items/s", true), new Measurement("latency", 2.0, "ms", false));
        });
    }

    @Override
    public void close() {
    }
}
