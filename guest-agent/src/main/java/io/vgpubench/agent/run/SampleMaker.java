package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.DeviceFacts;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.sample.AgentEvent;
import io.vgpubench.agent.sample.Sample;
import io.vgpubench.agent.spec.RunRequest;
import io.vgpubench.agent.spec.RunSpec;
import java.time.Instant;
import java.util.TreeMap;

/** Makes the samples of one run: the spec's identity and the run's merged parameters, filled in once. */
record SampleMaker(RunSpec spec, RunRequest run, Parameters params, String backend) {

    /** A sample of {@code card} (null for a node-wide figure) at repetition {@code rep}. */
    Sample make(int rep, Integer card, String metric, double value, String unit, boolean higherIsBetter,
                Instant started, Instant ended, DeviceFacts facts) {
        return new Sample(AgentEvent.SAMPLE, spec.campaign(), spec.instance(), spec.flavor(), run.runId(),
                run.workload(), new TreeMap<>(params.values()), rep, spec.task(), spec.tasks(), card, metric, value,
                unit, higherIsBetter, started, ended, backend, facts);
    }
}
