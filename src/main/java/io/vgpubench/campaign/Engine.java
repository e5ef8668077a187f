package io.vgpubench.campaign;

import io.vgpubench.Redact;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.campaign.plan.RunMatrix;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.TeardownPolicy;
import io.vgpubench.report.Refusals;
import io.vgpubench.report.Report;
import io.vgpubench.report.ReportInput;
import io.vgpubench.report.Reports;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.SampleStore;
import io.vgpubench.results.SamplesFile;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a campaign from a state (fresh, or rebuilt from the journal): provisions what is missing,
 * drives every instance in parallel, and tears down by policy, or when its {@link CampaignStop} says so
 * (the command line's Ctrl-C and SIGTERM), which can also abort that teardown after saying what is left.
 */
final class Engine {
    private final CampaignId id;
    private final CampaignFolder dir;
    private final Playbook playbook;
    private final Map<String, Flavor> flavors;
    private final AgentBundle bundle;
    private final PrintWriter out;
    private final AtomicBoolean tornDown = new AtomicBoolean();
    private final CloudFactory clouds;
    private final boolean liveProgress;
    private final CampaignStop stop;

    Engine(CampaignId id, CampaignFolder dir, Playbook playbook, Map<String, Flavor> flavors, AgentBundle bundle,
           PrintWriter out, CloudFactory clouds, boolean liveProgress, CampaignStop stop) {
        this.liveProgress = liveProgress;
        this.stop = stop;
        this.clouds = clouds;
        this.id = id;
        this.dir = dir;
        this.playbook = playbook;
        this.flavors = flavors;
        this.bundle = bundle;
        this.out = out;
    }

    CampaignOutcome run(CampaignState state) {
        List<InstancePlan> plans = RunMatrix.expand(playbook, id, flavors);
        List<String> leftovers = List.of();
        try (Journal journal = Journal.open(dir.journal());
             SampleStore samples = dir.openSamples();
             Cloud cloud = clouds.open(playbook.cloud(), dir.root().getParent())) {
            Progress progress = new Progress(out, remainingRuns(plans, state), liveProgress);
            CampaignContext ctx = new CampaignContext(id, dir, playbook, cloud, bundle, journal, samples, progress);
            ctx.failures.addAll(state.failures); // from the runs before a restart: the report keeps them
            ctx.warnings.addAll(state.warnings);
            samples.cutOnOpening().ifPresent(ctx::warn);
            CampaignStop.Running running = stoppable(ctx);
            stop.attach(running);
            try {
                drive(ctx, plans, state);
                if (playbook.adaptive() != null && !tornDown.get()) {
                    new AdaptiveRounds(ctx, flavors, playbook.adaptive()).run(round -> runRound(ctx, round));
                }
                sayLostInstances(ctx, plans);
            } finally {
                leftovers = teardownByPolicy(ctx);
                stop.detach(running);
            }
            SamplesFile.Content stored = dir.readSamples();
            Refusals refusals = Refusals.of(stored.samples(), playbook.require());
            refusals.failures().stream().filter(f -> !ctx.failures.contains(Redact.secrets(f))).forEach(ctx::fail);
            dir.write(dir.readInfo().withNotes(ctx.warnings, ctx.failures)); // for `vgpubench report DIR`
            List<String> warnings = new ArrayList<>(ctx.warnings);
            warnings.addAll(stored.warnings());
            Report report = Reports.write(dir.root(), ReportInput.fromSamples(id.value(), playbook.baseline(),
                    playbook.flavors().stream().map(f -> flavors.get(f.flavor())).toList(),
                    refusals.kept(), List.copyOf(warnings), List.copyOf(ctx.failures),
                    playbook.thresholds()).withAdaptive(playbook.adaptive()));
            journal.append(new JournalEntry.CampaignFinished(Instant.now(), samples.count(), List.copyOf(ctx.failures)));
            return new CampaignOutcome(id.value(), dir.root(), samples.count(), List.copyOf(ctx.failures),
                    report.failedThresholds().stream().map(t -> t.message()).toList(), leftovers,
                    List.copyOf(ctx.warnings), Reports.overheadTable(report));
        }
    }

    /** What a stop does to this campaign. */
    private CampaignStop.Running stoppable(CampaignContext ctx) {
        return new CampaignStop.Running() {
            @Override
            public void say(String line) {
                ctx.progress.say(line);
            }

            @Override
            public void tearDown(String reason) {
                teardown(ctx, reason);
            }

            @Override
            public void abortTeardown() {
                new TeardownAbort(ctx).run();
            }
        };
    }

    private void drive(CampaignContext ctx, List<InstancePlan> plans, CampaignState state) {
        Map<String, InstanceInfo> live = new ConcurrentHashMap<>();
        if (!state.isFresh()) {
            ctx.cloud.discover(id).forEach(i -> live.put(i.name(), i));
        }
        List<InstancePlan> todo = plans.stream().filter(p -> !state.complete(p)).toList();
        List<InstanceRequest> requests = new ArrayList<>();
        for (InstancePlan p : todo) {
            if (!live.containsKey(p.name())) {
                requests.add(new InstanceRequest(p.name(), p.flavor(), p.index(), p.group()));
            }
        }
        if (ctx.cloud.instancesShareOneDevice()) {
            // one device: provision first, then run the groups one after another
            provision(ctx, requests, ProvisionListener.of(i -> {
                Drivers.active(ctx, i);
                live.put(i.name(), i);
            }, f -> Drivers.notProvisioned(ctx, f)));
            List<InstancePlan> runnable = todo.stream().filter(p -> live.containsKey(p.name())).toList();
            for (String group : runnable.stream().map(InstancePlan::group).distinct().toList()) {
                runAll(ctx, runnable.stream().filter(p -> p.group().equals(group)).toList(), live, state);
            }
            return;
        }
        // each instance's driver starts as soon as the cloud reports it ACTIVE, while the others boot
        Drivers drivers = new Drivers(ctx, todo, state);
        todo.stream().filter(p -> live.containsKey(p.name())).forEach(p -> drivers.start(live.get(p.name())));
        try {
            provision(ctx, requests, drivers);
            drivers.failUnreported();
        } catch (RuntimeException | Error e) {
            drivers.abandonUnreported();
            ctx.progress.say("provisioning stopped (" + e.getMessage() + "); the instances already up run on");
            throw e;
        } finally {
            drivers.awaitAll();
        }
    }

    /**
     * Runs an adaptive round on the instances still up (found on the cloud, as a resume finds them, and not
     * journaled FAILED), reattaching to its batches where a restart left them running; none once torn down.
     */
    private void runRound(CampaignContext ctx, List<InstancePlan> round) {
        if (tornDown.get()) {
            return;
        }
        CampaignState now = CampaignState.from(Journal.read(dir.journal()));
        Map<String, InstanceInfo> live = new ConcurrentHashMap<>();
        ctx.cloud.discover(id).forEach(i -> live.put(i.name(), i));
        List<InstancePlan> todo = round.stream().filter(p -> live.containsKey(p.name()) && !now.failed(p.name())
                && !now.complete(p)).toList();
        ctx.progress.more(remainingRuns(todo, now));
        if (ctx.cloud.instancesShareOneDevice()) {
            for (String group : todo.stream().map(InstancePlan::group).distinct().toList()) {
                runAll(ctx, todo.stream().filter(p -> p.group().equals(group)).toList(), live, now);
            }
        } else {
            runAll(ctx, todo, live, now);
        }
    }

    /**
     * For the report: each flavor that lost instances (not provisioned, or failed on the way), how many of how many
     * and why, so a row's n is read against the fleet that was asked for.
     */
    private void sayLostInstances(CampaignContext ctx, List<InstancePlan> plans) {
        CampaignState now = CampaignState.from(Journal.read(dir.journal()));
        for (var f : playbook.flavors()) {
            List<InstancePlan> members = plans.stream().filter(p -> p.flavor().name().equals(f.flavor())).toList();
            List<String> lost = members.stream().filter(p -> now.failed(p.name()))
                    .map(p -> p.name() + " (" + now.stage(p.name()) + ")").toList();
            String line = "flavor " + f.flavor() + " lost " + lost.size() + " of its " + members.size()
                    + " instance(s): " + String.join("; ", lost) + "; its figures come from the other "
                    + (members.size() - lost.size());
            if (!lost.isEmpty() && !ctx.warnings.contains(Redact.secrets(line))) { // a resume has said it already
                ctx.warn(line);
            }
        }
    }

    /** Journals the request, then asks the cloud; nothing when nothing is missing. */
    private void provision(CampaignContext ctx, List<InstanceRequest> requests, ProvisionListener listener) {
        if (requests.isEmpty()) {
            return;
        }
        ctx.journal.append(new JournalEntry.ProvisionRequested(Instant.now(),
                requests.stream().map(InstanceRequest::name).toList()));
        ctx.progress.requested(requests.stream().map(InstanceRequest::name).toList());
        ctx.progress.say("requesting " + requests.size() + " instance(s)");
        ctx.cloud.provision(id, requests, listener);
    }

    private static void runAll(CampaignContext ctx, List<InstancePlan> plans, Map<String, InstanceInfo> live,
                               CampaignState state) {
        Drivers drivers = new Drivers(ctx, plans, state);
        plans.forEach(p -> drivers.start(live.get(p.name())));
        drivers.awaitAll();
    }

    private List<String> teardownByPolicy(CampaignContext ctx) {
        TeardownPolicy policy = playbook.teardown();
        if (policy == TeardownPolicy.NEVER || (policy == TeardownPolicy.ON_SUCCESS && !ctx.failures.isEmpty())) {
            String banner = "*".repeat(72);
            ctx.progress.say(banner);
            ctx.progress.say("TEARDOWN SKIPPED (policy " + policy.name().toLowerCase() + "): the campaign's instances"
                    + " are still there. Remove them with: vgpubench teardown " + dir.root());
            ctx.progress.say(banner);
            return List.of("instances kept by teardown policy " + policy.name().toLowerCase());
        }
        return teardown(ctx, "campaign ended");
    }

    /**
     * Tears down once; a second caller (a stop while the campaign's own teardown runs, or the
     * other way round) waits for it to end, so the JVM does not exit in the middle of it.
     */
    private synchronized List<String> teardown(CampaignContext ctx, String reason) {
        if (!tornDown.compareAndSet(false, true)) {
            return List.of();
        }
        ctx.progress.say("tearing down (" + reason + "); if this is interrupted, finish it with: vgpubench teardown "
                + dir.root());
        ctx.journal.append(new JournalEntry.TeardownRequested(Instant.now(), reason));
        List<String> leftovers = ctx.cloud.teardown(id);
        ctx.journal.append(new JournalEntry.TeardownDone(Instant.now(), leftovers));
        leftovers.forEach(l -> ctx.progress.say("LEFT OVER: " + l));
        return leftovers;
    }

    private static Progress.Remaining remainingRuns(List<InstancePlan> plans, CampaignState state) {
        Progress.Remaining left = Progress.Remaining.NONE;
        for (InstancePlan p : plans) {
            for (Batch b : p.batches()) {
                if (!state.finishedBatches(p.name()).contains(b.id())) {
                    left = left.plus(Progress.Remaining.batch(b.tasks(), b.runs().size()));
                }
            }
        }
        return left;
    }
}
