package io.vgpubench.sharing;

import io.vgpubench.contract.event.Sample;
import java.util.Objects;

/**
 * One repetition of one run on one card of a group: the samples of every co-runner that should have
 * measured together. Samples without a group are their process's own slot.
 */
record Slot(String group, String runId, int repetition, Integer deviceIndex) {

    static Slot of(Sample s) {
        String group = s.group() != null ? s.group() : "(no group) " + s.instance() + "/" + s.task() + "of" + s.tasks();
        return new Slot(group, s.runId(), s.repetition(), s.deviceIndex());
    }

    /** One agent process: an instance's task. */
    record Process(String instance, int task) {
        static Process of(Sample s) {
            return new Process(s.instance(), s.task());
        }

        @Override
        public String toString() {
            return Objects.toString(instance) + "/task" + task;
        }
    }
}
