package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();

    @Test
    void theCounterShowsHowManyInstancesAreAtEachStageInTheOrderOfTheStages() {
        Progress progress = new Progress(new PrintWriter(text), 10, false);
        progress.requested(List.of("a", "b", "c", "d"));
        progress.stage("b", "building");
        progress.stage("c", "running: batch t1");
        progress.stage("d", "failed: NoValidHost");
        progress.stage("a", "running: batch t1");

        assertThat(progress.stageCounts()).isEqualTo("1 building, 2 running, 1 failed");
        progress.runsDone(10); // the last run is always told
        assertThat(text.toString()).contains("d: failed: NoValidHost")
                .containsPattern("runs 10/10, instances: 1 building, 2 running, 1 failed; elapsed 0:0\\d, ETA 0:00");
    }

    @Test
    void atATerminalEveryStageChangeRewritesTheCounterLineInPlace() {
        Progress progress = new Progress(new PrintWriter(text), 4, true);
        progress.requested(List.of("a", "b"));
        progress.stage("a", "active");

        String out = text.toString();
        assertThat(out).contains("a: active\n")
                .containsPattern("runs 0/4, instances: 1 requested, 1 active; elapsed 0:0\\d, ETA \\?$");
        assertThat(out.substring(out.lastIndexOf('\n') + 1)).startsWith("\r\033[2K");
        progress.say("a line");
        assertThat(text.toString()).containsPattern("\r\033\\[2K\\[0:0\\d] a line\n");
    }
}
