package io.vgpubench.campaign;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.model.WorkloadSpec;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives one instance from ACTIVE to COLLECTED: deploy the agent, then each batch (its tasks started
 * together with the rest of its group), collecting samples as they are written. One instance failing
 * does not stop the others: its failure is recorded with the reason.
 */
final class InstanceDriver implements Runnable {
    private final CampaignContext ctx;
    private final InstancePlan plan;
    private final InstanceInfo info;
    private final StartGate gate;
    private final Set<String> finishedBatches;
    private final Map<String, List<String>> startedBatches;

    InstanceDriver(CampaignContext ctx, InstancePlan plan, InstanceInfo info, StartGate gate,
                   Set<String> finishedBatches, Map<String, List<String>> startedBatches) {
        this.ctx = ctx;
        this.plan = plan;
        this.info = info;
        this.gate = gate;
        this.finishedBatches = finishedBatches;
        this.startedBatches = startedBatches;
    }

    @Override
    public void run() {
        try (AgentHost host = ctx.cloud.connect(ctx.id, info)) {
            ctx.state(plan.name(), InstanceState.REACHABLE, info.id(), null);
            host.keysTrustedOnFirstUse().forEach((name, fingerprint) -> {
                ctx.journal.append(new JournalEntry.HostKeyTrusted(Instant.now(), name, fingerprint));
                ctx.warn(name + ": host key " + fingerprint + " trusted on first use (the cloud's"
                        + " console showed none)");
            });
            String version = host.deploy(ctx.bundle);
            ctx.playbook.workloads().stream().filter(WorkloadSpec::isCommand).map(w -> w.command().files())
                    .filter(java.util.Objects::nonNull).distinct().forEach(host::deployFiles);
            ctx.state(plan.name(), InstanceState.DEPLOYED, info.id(), version);
            for (Batch batch : plan.batches()) {
                if (finishedBatches.contains(batch.id())) {
                    // finished before a restart: still attend the batch's two meetings, so a member of the group
                    // that has it to do runs it with the others' load, not beside this member's next batch
                    gate.awaitAll();
                    gate.awaitStart(java.time.Duration.ZERO);
                    continue;
                }
                List<String> previous = startedBatches.get(batch.id());
                ctx.state(plan.name(), InstanceState.RUNNING, info.id(), "batch " + batch.id());
                List<String> failures = new BatchRunner(ctx, plan, batch, host).run(previous, gate);
                ctx.journal.append(new JournalEntry.BatchFinished(Instant.now(), plan.name(), batch.id(), failures));
                failures.forEach(f -> ctx.fail(plan.name() + " " + f));
            }
            ctx.state(plan.name(), InstanceState.COLLECTED, info.id(), null);
        } catch (RuntimeException e) {
            ctx.state(plan.name(), InstanceState.FAILED, info.id(), e.getMessage());
            ctx.fail(plan.name() + ": " + e.getMessage());
        } finally {
            gate.leave();
        }
    }
}
