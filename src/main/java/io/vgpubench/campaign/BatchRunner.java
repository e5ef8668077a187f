package io.vgpubench.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.AgentRequest;
import io.vgpubench.campaign.plan.AgentSpec;
import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.campaign.plan.PlannedRun;
import io.vgpubench.cloud.AgentHost;
import io.vgpubench.cloud.AgentRun;
import io.vgpubench.results.Json;
import io.vgpubench.results.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one batch on one instance: writes a spec per task, starts the agents (or finds them again on
 * resume), and polls them until every one has ended, storing samples as they arrive. An agent that
 * goes silent past the hang limit is killed and recorded as a hang with its last telemetry; one that
 * crashes is recorded with the tail of its log; a dropped connection is reattached.
 */
final class BatchRunner {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Duration POLL = Duration.ofMillis(250);
    private final CampaignContext ctx;
    private final InstancePlan plan;
    private final Batch batch;
    private final AgentHost host;
    private final AgentEvents events;

    BatchRunner(CampaignContext ctx, InstancePlan plan, Batch batch, AgentHost host) {
        this.ctx = ctx;
        this.plan = plan;
        this.batch = batch;
        this.host = host;
        this.events = new AgentEvents(batch);
    }

    /** Runs the batch; {@code previousKeys} non-null means reattach to agents started before a restart. */
    List<String> run(List<String> previousKeys, Instant startAt) {
        List<Watched> watched = new ArrayList<>();
        if (previousKeys != null) {
            for (String key : previousKeys) {
                watched.add(new Watched(key, host.reattach(key)));
            }
        } else {
            List<String> keys = new ArrayList<>();
            for (int t = 0; t < batch.tasks(); t++) {
                keys.add(batch.runKey(plan.name(), t));
            }
            ctx.journal.append(new JournalEntry.BatchStarted(Instant.now(), plan.name(), batch.id(), keys));
            for (int t = 0; t < batch.tasks(); t++) {
                watched.add(new Watched(keys.get(t), host.start(keys.get(t), writeSpec(keys.get(t), t, startAt))));
            }
        }
        List<String> failures = new ArrayList<>();
        while (watched.stream().anyMatch(w -> !w.ended)) {
            for (Watched w : watched) {
                if (!w.ended) {
                    poll(w, failures);
                }
            }
            sleep(POLL);
        }
        return failures;
    }

    private Path writeSpec(String key, int task, Instant startAt) {
        List<AgentRequest> requests = new ArrayList<>();
        for (PlannedRun r : batch.runs()) {
            requests.add(new AgentRequest(r.runId(), r.workload().name(), r.workload().parameters(), r.repetitions(),
                    ctx.playbook.warmup(), (int) ctx.playbook.timeLimit().toSeconds(), r.workload().devices()));
        }
        AgentSpec spec = new AgentSpec(ctx.id.value(), plan.name(), plan.flavor().name(), task, batch.tasks(),
                ctx.playbook.backend(), ctx.playbook.memoryFraction(), startAt, requests);
        try {
            Files.createDirectories(ctx.dir.specs());
            Path file = ctx.dir.specs().resolve(key + ".json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), spec);
            return file;
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write run spec: " + e.getMessage(), e);
        }
    }

    private void poll(Watched w, List<String> failures) {
        try {
            collect(w, w.run.readNewLines(), failures);
            AgentRun.RunStatus status = w.run.status();
            if (status instanceof AgentRun.RunStatus.Exited exited) {
                collect(w, w.run.readNewLines(), failures);
                w.ended = true;
                if (!w.done) {
                    failures.add(w.key + ": agent exited with code " + exited.code() + " before finishing: "
                            + oneLine(w.run.logTail()));
                }
            } else if (status instanceof AgentRun.RunStatus.Lost lost) {
                collect(w, w.run.readNewLines(), failures);
                w.ended = true;
                failures.add(w.key + ": agent lost: " + lost.reason() + "; " + oneLine(w.run.logTail()));
            } else if (Duration.between(w.lastLine, Instant.now()).compareTo(ctx.hangLimit()) > 0) {
                w.run.kill();
                w.ended = true;
                failures.add(w.key + ": hang: no output for " + ctx.hangLimit().toSeconds()
                        + " s and no exit (the study's silent halt); last telemetry: " + w.lastDevice);
            }
        } catch (RuntimeException dropped) {
            // a dropped connection: find the agent again and read on from where the lost reader stopped
            ctx.progress.say(plan.name() + ": lost contact with " + w.key + " (" + dropped.getMessage()
                    + "), reattaching");
            sleep(Duration.ofSeconds(1));
            try {
                w.run = host.reattach(w.key, w.run.offset());
            } catch (RuntimeException again) {
                if (Duration.between(w.lastLine, Instant.now()).compareTo(ctx.hangLimit()) > 0) {
                    w.ended = true;
                    failures.add(w.key + ": unreachable: " + again.getMessage());
                }
            }
        }
    }

    private void collect(Watched w, List<String> lines, List<String> failures) {
        if (lines.isEmpty()) {
            return;
        }
        w.lastLine = Instant.now();
        List<Sample> fresh = new ArrayList<>();
        for (String line : lines) {
            events.parse(line).ifPresent(e -> {
                switch (e.type()) {
                    case "sample" -> {
                        fresh.add(e.sample().orElseThrow());
                        w.lastDevice = String.valueOf(e.sample().get().device());
                    }
                    case "run_done" -> ctx.progress.runsDone(1);
                    case "run_failed" -> {
                        failures.add(w.key + " " + e.text("run_id") + ": " + e.text("message"));
                        ctx.progress.runsDone(1);
                    }
                    case "warning" -> ctx.warnings.add(plan.name() + ": " + e.text("message"));
                    case "agent_done" -> w.done = true;
                    default -> { }
                }
            });
        }
        int added = ctx.samples.addAll(fresh);
        if (added > 0) {
            ctx.journal.append(new JournalEntry.SamplesCollected(Instant.now(), plan.name(), w.key, added));
        }
    }

    private static String oneLine(String s) {
        String t = s.strip().replace('\n', ' ');
        return t.length() > 400 ? t.substring(t.length() - 400) : t;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VgpubenchException(io.vgpubench.cli.ExitCode.INFRASTRUCTURE, "interrupted");
        }
    }

    /** One agent process being watched. */
    private static final class Watched {
        final String key;
        AgentRun run;
        boolean ended;
        boolean done;
        Instant lastLine = Instant.now();
        String lastDevice = "none yet";

        Watched(String key, AgentRun run) {
            this.key = key;
            this.run = run;
        }
    }
}
