package io.vgpubench.campaign.plan;

import io.vgpubench.contract.spec.SlotSchedule;
import io.vgpubench.model.SlotTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a batch's runs out in time slots from the group's common start, the same for every co-runner: each run
 * gets its prepare window, then one slot per repetition. A slot holds a settle (a fifth of the measuring time,
 * at least 20 ms: every co-runner is loading before anyone times), the measuring time, and a tail (three tenths,
 * at least 30 ms: room for the last timed round to finish while the others still load). A batch with a run over
 * several cards gets no slots (such a run takes as long as it takes; its cards keep step among themselves). A
 * workload with its own {@code repetition_time} gets slots of its own length. A command with a {@code startup} time
 * (one that times its own window, handed to it) gets that time on top of its settle: the agent starts its execution at
 * the slot's start, so its start-up ends before the settle's last fifth-of-the-measuring-time, when every co-runner
 * is loading the card, and the measuring time is its window.
 */
public final class Slots {
    private Slots() {}

    public static List<SlotSchedule> plan(List<PlannedRun> runs, SlotTiming timing) {
        long cursor = 0;
        List<SlotSchedule> out = new ArrayList<>();
        if (!runs.stream().allMatch(r -> r.workload().onOneCard())) {
            runs.forEach(r -> out.add(null));
            return out;
        }
        for (PlannedRun r : runs) {
            long measure = Math.max(1, (r.workload().repetitionTime() != null ? r.workload().repetitionTime()
                    : timing.measure()).toMillis());
            long settle = Math.max(20, measure / 5) + startupMs(r);
            long slot = settle + measure + Math.max(30, measure * 3 / 10);
            cursor += timing.prepare().toMillis();
            SlotSchedule s = new SlotSchedule(cursor, slot, settle, measure);
            cursor = s.endMs(r.repetitions());
            out.add(s);
        }
        return out;
    }

    /** The start-up a command declares, in ms (0 for built-in workloads and commands without one). */
    static long startupMs(PlannedRun r) {
        return r.workload().isCommand() && r.workload().command().startup() != null
                ? r.workload().command().startup().toMillis() : 0;
    }
}
