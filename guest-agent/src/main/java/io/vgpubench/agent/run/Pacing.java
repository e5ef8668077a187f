package io.vgpubench.agent.run;

import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.workload.Workload;
import io.vgpubench.contract.workload.Workloads;

/** How a repetition fills its slot (see {@link SlottedMeasure}). */
enum Pacing {
    /** Settle, timed rounds back to back for the measuring time, fill: the built-in workloads. */
    TIME_BOXED,
    /** Settle, one timed round, fill: a user's command, whose one execution is one repetition. */
    ONE_ROUND,
    /**
     * One execution a slot, started at the slot's start and handed its window: a user's command with a start-up
     * time, which loads the card and times itself around the window (no settle or fill executions).
     */
    WINDOWED,
    /** One timed round at the measuring time, no load around it: the memory probe (one probe claims the card). */
    ONCE;

    static Pacing of(RunRequest run) {
        if (run.command() != null) {
            return run.command().windowed() ? WINDOWED : ONE_ROUND;
        }
        return Workloads.find(run.workload()).map(Workload::timeBoxed).orElse(true) ? TIME_BOXED : ONCE;
    }
}
