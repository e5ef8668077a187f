package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();

    @Test
    void theCounterShowsHowManyInstancesAreAtEachStageInTheOrderOfTheStages() {
        Progress progress = new Progress(new PrintWriter(text), Progress.Remaining.batch(1, 10), false);
        progress.requested(List.of("a", "b", "c", "d"));
        progress.stage("b", "building");
        progress.stage("c", "running: batch t1");
        progress.stage("d", "failed: NoValidHost");
        progress.stage("a", "running: batch t1");

        assertThat(progress.stageCounts()).isEqualTo("1 building, 2 running, 1 failed");
        progress.runsDone(10, 1); // the last run is always told
        assertThat(text.toString()).contains("d: failed: NoValidHost")
                .containsPattern("runs 10/10, instances: 1 building, 2 running, 1 failed; elapsed 0:0\\d, ETA 0:00");
    }

    @Test
    void atATerminalEveryStageChangeRewritesTheCounterLineInPlace() {
        Progress progress = new Progress(new PrintWriter(text), Progress.Remaining.batch(2, 2), true);
        progress.requested(List.of("a", "b"));
        progress.stage("a", "active");

        String out = text.toString();
        assertThat(out).contains("a: active\n")
                .containsPattern("runs 0/4, instances: 1 requested, 1 active; elapsed 0:0\\d, ETA \\?$");
        assertThat(out.substring(out.lastIndexOf('\n') + 1)).startsWith("\r\033[2K");
        progress.say("a line");
        assertThat(text.toString()).containsPattern("\r\033\\[2K\\[0:0\\d] a line\n");
    }

    @Test
    void theEtaCountsARunOfAFourTaskBatchAsAQuarterOfASlotSinceItsTasksRunItTogether() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T06:00:00Z"));
        // a density sweep of one workload on one instance: 1 run alone, 2 in a 2-task batch, 4 in a 4-task batch,
        // each batch one slot long
        Progress.Remaining sweep = Progress.Remaining.batch(1, 1).plus(Progress.Remaining.batch(2, 1))
                .plus(Progress.Remaining.batch(4, 1));
        Progress progress = new Progress(new PrintWriter(text), sweep, false, now::get);
        assertThat(sweep).isEqualTo(new Progress.Remaining(7, 3));

        now.set(now.get().plus(Duration.ofSeconds(60)));
        progress.runsDone(1, 1); // the 1-task slot took a minute: two slots, two minutes, are left
        assertThat(text.toString()).contains("runs 1/7, instances: none yet; elapsed 1:00, ETA 2:00");

        now.set(now.get().plus(Duration.ofSeconds(30)));
        progress.runsDone(1, 2); // half the 2-task slot's runs: a slot and a half left of one and a half done
        assertThat(text.toString()).contains("runs 2/7, instances: none yet; elapsed 1:30, ETA 1:30");
        now.set(now.get().plus(Duration.ofSeconds(30)));
        progress.runsDone(1, 2); // the 2-task slot ended: the 4-task slot, one slot, is left
        assertThat(text.toString()).contains("runs 3/7, instances: none yet; elapsed 2:00, ETA 1:00");
    }
}
