package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.time.Instant;
import java.util.TreeMap;

/** Makes the samples of one run: the spec's identity, group and the run's merged parameters, filled in once. */
record SampleMaker(RunSpec spec, RunRequest run, Parameters params, String backend) {
    private static final String SHARING = MpsClient.describe(System.getenv());

    /**
     * A sample of {@code card} (null for a node-wide figure) at repetition {@code rep}, with its intervals: timed over
     * the window the measurement reports (a command's own {@code started}, {@code ended}), else over the repetition's.
     */
    Sample make(int rep, Integer card, Measurement m, Repetition r, DeviceFacts facts) {
        Instant started = m.window() != null ? m.window().started() : r.started();
        Instant ended = m.window() != null ? m.window().ended() : r.ended();
        return new Sample(spec.campaign(), spec.instance(), spec.flavor(), run.runId(), run.workload(),
                new TreeMap<>(params.values()), rep, spec.task(), spec.tasks(), card, m.metric(), m.value(), m.unit(),
                m.higherIsBetter(), started, ended, backend,
                facts == null || SHARING == null ? facts : facts.withSharing(SHARING), spec.group(), spec.groupSize(),
                r.slotStart(), r.slotEnd(), r.loadStarted(), r.loadEnded(), r.rounds());
    }

    /** A node-wide figure over an interval, outside any slot. */
    Sample make(int rep, Integer card, Measurement m, Instant started, Instant ended, DeviceFacts facts) {
        return make(rep, card, m, Repetition.unscheduled(java.util.List.of(m), started, ended, null), facts);
    }
}
