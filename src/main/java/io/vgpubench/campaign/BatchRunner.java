package io.vgpubench.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.campaign.plan.PlannedRun;
import io.vgpubench.campaign.plan.Slots;
import io.vgpubench.contract.ContractJson;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.agenthost.FileUpload;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.model.WorkloadSpec;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.spec.SlotSchedule;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.results.ResultsWriteFailed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one batch on one instance: writes a spec per task, starts the agents (or finds them again on
 * resume), waits until each says it is ready, meets the rest of its group at the start gate, gives
 * every agent the group's common start, and polls them until every one has ended, storing samples as
 * they arrive. An agent that
 * goes silent past the hang limit is killed and recorded as a hang with its last telemetry; one that
 * crashes is recorded with the tail of its log; a dropped connection is reattached.
 */
final class BatchRunner {
    private static final ObjectMapper JSON = ContractJson.strict();
    private static final Duration POLL = Duration.ofMillis(250);
    /** Polling while agents start: shorter, since the whole group waits for the slowest to be ready. */
    private static final Duration READY_POLL = Duration.ofMillis(100);
    private final CampaignContext ctx;
    private final InstancePlan plan;
    private final Batch batch;
    private final AgentHost host;
    private final BatchEvents events;
    /** The slowest agent start of this batch on this instance (zero when every agent was found again). */
    private Duration slowestStart = Duration.ZERO;

    BatchRunner(CampaignContext ctx, InstancePlan plan, Batch batch, AgentHost host) {
        this.ctx = ctx;
        this.plan = plan;
        this.batch = batch;
        this.host = host;
        this.events = new BatchEvents(batch);
    }

    /**
     * Runs the batch; {@code previousKeys} non-null means reattach to agents started before a restart
     * (they pass the gate too, and an agent that has begun already ignores its start signal).
     */
    List<String> run(List<String> previousKeys, StartGate gate) {
        boolean fresh = previousKeys == null;
        List<String> keys = new ArrayList<>();
        for (int t = 0; t < batch.tasks(); t++) {
            keys.add(fresh ? batch.runKey(plan.name(), t) : previousKeys.get(t));
        }
        gate.awaitAll(); // every member deployed before any starts an agent
        // the co-runners are the members still here: one whose instance was lost is not waited for in the proof
        int members = gate.members();
        List<Path> specs = new ArrayList<>();
        for (int t = 0; t < batch.tasks(); t++) {
            specs.add(fresh ? writeSpec(keys.get(t), t, members) : null);
        }
        if (fresh) {
            ctx.journal.append(new JournalEntry.BatchStarted(Instant.now(), plan.name(), batch.id(), keys));
        }
        List<Watched> watched = new ArrayList<>();
        for (int t = 0; t < keys.size(); t++) {
            String key = keys.get(t);
            AgentRun found = fresh ? null : host.reattach(key);
            if (found != null && found.status() instanceof AgentRun.RunStatus.NeverStarted never) {
                ctx.progress.say(plan.name() + ": " + key + " was journaled but never started (no trace in "
                        + never.where() + "); starting it now");
                found = null;
            }
            watched.add(new Watched(key, found != null ? found : start(key, specs.get(t) != null ? specs.get(t)
                    : writeSpec(key, t, members))));
        }
        List<String> failures = new ArrayList<>();
        pollUntil(watched, failures, w -> w.ready || w.ended, READY_POLL);
        Instant start = gate.awaitStart(slowestStart);
        for (Watched w : watched) {
            w.start = start;
            w.lastLine = Instant.now(); // the time at the gate is not the agent's silence
        }
        pollUntil(watched, failures, w -> w.ended, POLL);
        return failures;
    }

    /** Starts one agent, timing the call: the start signal will take about as long to deliver. */
    private AgentRun start(String key, Path spec) {
        long t0 = System.nanoTime();
        AgentRun run = host.start(key, spec);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        slowestStart = took.compareTo(slowestStart) > 0 ? took : slowestStart;
        return run;
    }

    private void pollUntil(List<Watched> watched, List<String> failures, java.util.function.Predicate<Watched> reached,
                           Duration every) {
        while (!watched.stream().allMatch(reached)) {
            for (Watched w : watched) {
                if (!w.ended) {
                    poll(w, failures);
                }
            }
            if (!watched.stream().allMatch(reached)) {
                sleep(every);
            }
        }
    }

    private Path writeSpec(String key, int task, int members) {
        List<RunRequest> requests = new ArrayList<>();
        List<SlotSchedule> slots = Slots.plan(batch.runs(), ctx.playbook.slots());
        for (int i = 0; i < batch.runs().size(); i++) {
            PlannedRun r = batch.runs().get(i);
            WorkloadSpec w = r.workload();
            requests.add(new RunRequest(r.runId(), w.name(), w.parameters(), r.repetitions(), ctx.playbook.warmup(),
                    (int) ctx.playbook.timeLimit().toSeconds(), w.devices(), slots.get(i), !w.isCommand() ? null
                    : w.command().toSpec(w.command().files() == null ? null : FileUpload.fromRun(w.command().files()),
                            ctx.playbook.timeLimit())));
        }
        // every instance of the group runs this batch with the same runs in the same slots: one group of co-runners
        RunSpec spec = new RunSpec(ctx.id.value(), plan.name(), plan.flavor().name(), plan.group() + "/" + batch.id(),
                members * batch.tasks(), task, batch.tasks(), ctx.playbook.backend(),
                ctx.playbook.memoryFraction(), null, true, requests);
        try {
            Files.createDirectories(ctx.dir.specs());
            Path file = ctx.dir.specs().resolve(key + ".json");
            AtomicFile.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, spec));
            return file;
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write run spec: " + e.getMessage(), e);
        }
    }

    private void poll(Watched w, List<String> failures) {
        try {
            if (w.start != null && !w.released) {
                host.release(w.key, w.start);
                w.released = true;
            }
            collect(w, w.run.readNewLines(), failures);
            AgentRun.RunStatus status = w.run.status();
            if (status instanceof AgentRun.RunStatus.Exited exited) {
                collect(w, w.run.readNewLines(), failures);
                w.ended = true;
                if (!w.done) {
                    failures.add(w.key + ": agent exited with code " + exited.code() + " before finishing: "
                            + oneLine(w.run.logTail()));
                }
            } else if (status instanceof AgentRun.RunStatus.NeverStarted never) {
                w.ended = true;
                failures.add(w.key + ": the agent did not start (no trace in " + never.where() + ")");
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
        } catch (ResultsWriteFailed disk) {
            throw disk; // this machine's results disk, not the connection: a reattach would lose what was read
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
                w.ready |= !(e instanceof AgentEvent.Warning); // "ready", or anything an agent writes after it
                if (e instanceof Sample s) {
                    fresh.add(s);
                    w.lastDevice = String.valueOf(s.device());
                } else if (e instanceof AgentEvent.RunDone) {
                    ctx.progress.runsDone(1, batch.tasks());
                } else if (e instanceof AgentEvent.RunFailed f) {
                    failures.add(w.key + " " + f.runId() + ": " + f.message());
                    ctx.progress.runsDone(1, batch.tasks());
                } else if (e instanceof AgentEvent.Warning warning) {
                    ctx.warn(plan.name() + ": " + warning.message());
                } else if (e instanceof AgentEvent.AgentDone) {
                    w.done = true;
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
            throw new VgpubenchException(io.vgpubench.FailureKind.INTERRUPTED, "interrupted");
        }
    }

    /** One agent process being watched. */
    private static final class Watched {
        final String key;
        AgentRun run;
        boolean ended;
        boolean done;
        boolean ready;
        /** The group's common start, once the gate has given it; released: given to the agent. */
        Instant start;
        boolean released;
        Instant lastLine = Instant.now();
        String lastDevice = "none yet";

        Watched(String key, AgentRun run) {
            this.key = key;
            this.run = run;
        }
    }
}
