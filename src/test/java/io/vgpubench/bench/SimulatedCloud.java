package io.vgpubench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.results.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A cloud in memory with realistic latencies, for the engine's scale benchmark: each API call takes
 * {@code apiLatency}, a server boots in {@code boot} ± 50% (seeded), deploying takes {@code deploy},
 * and an agent says ready at once, then writes one sample per run every {@code run} after the start
 * instant it is given. It records the
 * longest single instance's stages (boot + deploy + its runs), the campaign's critical path.
 */
final class SimulatedCloud implements Cloud {
    private final Duration apiLatency;
    private final Duration boot;
    private final Duration deploy;
    private final Duration run;
    private final Random random = new Random(42);
    private final Map<String, InstanceInfo> servers = new ConcurrentHashMap<>();
    private final Map<String, Duration> bootTimes = new ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicInteger apiCalls = new java.util.concurrent.atomic.AtomicInteger();

    SimulatedCloud(Duration apiLatency, Duration boot, Duration deploy, Duration run) {
        this.apiLatency = apiLatency;
        this.boot = boot;
        this.deploy = deploy;
        this.run = run;
    }

    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
        return provision(campaign, requests, ProvisionListener.NONE);
    }

    /**
     * Creates the servers: the create calls go through 16 at a time (each one API round trip), then the
     * servers boot on the cloud's side, all at once, while the caller polls the list in bulk and tells of
     * each server the first poll that sees it ACTIVE.
     */
    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests, ProvisionListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Map<String, Instant> readyAt = new ConcurrentHashMap<>();
        List<Future<?>> creates = new ArrayList<>();
        for (InstanceRequest r : requests) {
            Duration b = boot.multipliedBy(50 + random.nextInt(101)).dividedBy(100);
            bootTimes.put(r.name(), b);
            creates.add(pool.submit(() -> {
                call();
                readyAt.put(r.name(), Instant.now().plus(b));
            }));
        }
        for (Future<?> f : creates) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        List<InstanceRequest> booting = new ArrayList<>(requests);
        List<InstanceInfo> ready = new ArrayList<>();
        while (!booting.isEmpty()) {
            sleep(Duration.ofMillis(500));
            call(); // one list request per poll, for all servers
            Instant now = Instant.now();
            for (InstanceRequest r : List.copyOf(booting)) {
                if (!readyAt.get(r.name()).isAfter(now)) {
                    InstanceInfo i = new InstanceInfo(r.name(), r.name(), r.flavor().name(), InstanceState.ACTIVE,
                            SshRoute.direct("198.51.100.1"), Map.of());
                    servers.put(r.name(), i);
                    ready.add(i);
                    booting.remove(r);
                    listener.ready(i);
                }
            }
        }
        return new ProvisionResult(ready, List.of());
    }

    /** The longest single instance's stages: its create call, boot, deploy, and {@code runsPerInstance} runs. */
    Duration criticalPath(int runsPerInstance) {
        Duration longestBoot = bootTimes.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
        return apiLatency.plus(longestBoot).plus(deploy).plus(run.multipliedBy(runsPerInstance));
    }

    @Override
    public List<InstanceInfo> discover(CampaignId campaign) {
        call();
        return List.copyOf(servers.values());
    }

    @Override
    public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
        return new Host();
    }

    @Override
    public List<String> teardown(CampaignId campaign) {
        call();
        servers.clear();
        return List.of();
    }

    private void call() {
        apiCalls.incrementAndGet();
        sleep(apiLatency);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An instance's agent host: deploy takes its time; runs produce lines as time passes. */
    private final class Host implements AgentHost {
        private final Map<String, Run> runs = new ConcurrentHashMap<>();

        @Override
        public String deploy(AgentBundle bundle) {
            sleep(deploy);
            return "vgpubench-agent simulated";
        }

        @Override
        public void deployFiles(io.vgpubench.agenthost.FileSet files) {
            throw new UnsupportedOperationException("the simulated cloud runs no commands of one's own");
        }

        @Override
        public AgentRun start(String runKey, Path specFile) {
            try {
                Run r = new Run(Json.mapper().readTree(specFile.toFile()));
                runs.put(runKey, r);
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void release(String runKey, Instant start) {
            runs.get(runKey).release(start);
        }

        @Override
        public AgentRun reattach(String runKey, long offset) {
            return runs.get(runKey); // the same reader: it knows what it returned
        }

        @Override
        public void cleanup() {
        }
    }

    /** A simulated agent process: ready at once; run i's sample appears {@code (i+1) × run} after its start. */
    private final class Run implements AgentRun {
        private final JsonNode spec;
        private Instant start;
        private boolean saidReady;
        private int emitted;

        Run(JsonNode spec) {
            this.spec = spec;
        }

        synchronized void release(Instant at) {
            if (start == null) {
                start = at;
            }
        }

        private int total() {
            return spec.get("runs").size();
        }

        @Override
        public synchronized List<String> readNewLines() {
            if (!saidReady) {
                saidReady = true;
                return List.of("{\"type\":\"ready\"}");
            }
            if (start == null) {
                return List.of();
            }
            long elapsed = Duration.between(start, Instant.now()).toMillis();
            int due = (int) Math.min(total(), Math.max(0, elapsed / run.toMillis()));
            List<String> lines = new ArrayList<>();
            for (; emitted < due; emitted++) {
                JsonNode r = spec.get("runs").get(emitted);
                String id = r.get("run_id").asText();
                lines.add("{\"type\":\"sample\",\"campaign\":\"" + spec.get("campaign").asText() + "\",\"instance\":\""
                        + spec.get("instance").asText() + "\",\"flavor\":\"" + spec.get("flavor").asText()
                        + "\",\"run_id\":\"" + id + "\",\"workload\":\"" + r.get("workload").asText()
                        + "\",\"parameters\":{},\"repetition\":1,\"task\":" + spec.get("task").asInt() + ",\"tasks\":"
                        + spec.get("tasks").asInt() + ",\"metric\":\"m\",\"value\":" + (1.0 + emitted % 7 * 0.01)
                        + ",\"unit\":\"u\",\"higher_is_better\":true}");
                lines.add("{\"type\":\"run_done\",\"run_id\":\"" + id + "\"}");
            }
            if (emitted == total() && due == total()) {
                lines.add("{\"type\":\"agent_done\"}");
                emitted++;
            }
            return lines;
        }

        @Override
        public synchronized long offset() {
            return emitted;
        }

        @Override
        public synchronized RunStatus status() {
            return emitted > total() ? new RunStatus.Exited(0) : new RunStatus.Running();
        }

        @Override
        public String logTail() {
            return "";
        }

        @Override
        public void kill() {
        }
    }
}
