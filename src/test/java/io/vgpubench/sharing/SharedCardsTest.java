package io.vgpubench.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.contract.event.Sample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card's figures on the H200 shape: fp64 GEMM 59.6 alone, 27.2 each of 2, 13.6 each of 4. */
class SharedCardsTest {
    private static final double[] ALONE = {59.5, 59.6, 59.7};

    private static List<Sample> run(String flavor, int tasks, double[][] perRepetition) {
        List<Sample> out = new ArrayList<>();
        for (int r = 0; r < perRepetition.length; r++) {
            for (int t = 0; t < tasks; t++) {
                out.add(AgentSamples.of(flavor, tasks).task(t).repetition(r).value(perRepetition[r][t]).build());
            }
        }
        return out;
    }

    private static Sharing sharing(List<Sample> samples) {
        return Sharing.of(samples, Sample::workload, "local");
    }

    private static SharedCard card(Sharing s, String flavor, int tasks) {
        return s.cards().stream().filter(c -> c.flavor().equals(flavor) && c.tasks() == tasks).findFirst().orElseThrow();
    }

    private static List<Sample> sweep() {
        List<Sample> all = new ArrayList<>(run("local", 1, new double[][] {{ALONE[0]}, {ALONE[1]}, {ALONE[2]}}));
        all.addAll(run("local", 2, new double[][] {{27.2, 27.2}, {27.1, 27.3}, {27.2, 27.2}}));
        all.addAll(run("local", 4, new double[][] {{13.6, 13.6, 13.5, 13.6}, {13.6, 13.6, 13.6, 13.6}, {13.5, 13.6, 13.6, 13.6}}));
        return all;
    }

    @Test
    void theCardsAggregateSumsTheTasksOfEachSlotAndIsComparedWithTheFlavorAloneAtOneTask() {
        Sharing s = sharing(sweep());

        SharedCard two = card(s, "local", 2);
        assertThat(two.processes()).isEqualTo(2);
        assertThat(two.perTask().mean()).isCloseTo(27.2, within(1e-9));
        assertThat(two.perTask().n()).isEqualTo(6);
        assertThat(two.taskMeans()).containsOnlyKeys("task0", "task1");
        assertThat(two.slots()).isEqualTo(3);
        assertThat(two.aggregate().mean()).isCloseTo(54.4, within(1e-9));
        assertThat(two.aggregate().sd()).isCloseTo(0, within(1e-9));
        assertThat(two.aloneReference()).isEqualTo("local ×1");
        assertThat(two.vsAlone()).isCloseTo(54.4 / 59.6, within(1e-9));
        assertThat(two.vsAloneLow()).isLessThan(two.vsAlone());
        assertThat(two.vsAloneHigh()).isGreaterThan(two.vsAlone());
        SharedCard four = card(s, "local", 4);
        assertThat(four.aggregate().mean()).isCloseTo((54.3 + 54.4 + 54.3) / 3, within(1e-9));
        assertThat(card(s, "local", 1).vsAlone()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void fairnessIsMinOverMaxAndJainsIndexPerSlotAsMeanAndWorst() {
        SharedCard two = card(sharing(sweep()), "local", 2);

        // slot 1: 27.1 and 27.3
        double jain = Math.pow(27.1 + 27.3, 2) / (2 * (27.1 * 27.1 + 27.3 * 27.3));
        assertThat(two.fairness().minMaxWorst()).isCloseTo(27.1 / 27.3, within(1e-12));
        assertThat(two.fairness().minMaxMean()).isCloseTo((2 + 27.1 / 27.3) / 3, within(1e-12));
        assertThat(two.fairness().jainWorst()).isCloseTo(jain, within(1e-12));
        assertThat(two.fairness().jainMean()).isCloseTo((2 + jain) / 3, within(1e-12));
    }

    @Test
    void aFlavorThatNeverRanAloneIsComparedWithTheBaselineAtOneTask() {
        List<Sample> all = new ArrayList<>(run("local", 1, new double[][] {{ALONE[0]}, {ALONE[1]}, {ALONE[2]}}));
        all.addAll(run("local.half", 2, new double[][] {{27.2, 27.2}, {27.2, 27.3}}));

        SharedCard half = card(sharing(all), "local.half", 2);

        assertThat(half.aloneReference()).isEqualTo("local ×1 (baseline)");
        assertThat(half.vsAlone()).isCloseTo(54.45 / 59.6, within(1e-9));
    }

    @Test
    void aSlotWithAFlaggedSampleIsLeftOutOfTheAggregateButItsProvenSamplesCountPerTask() {
        List<Sample> all = new ArrayList<>(run("local.half", 3, new double[][] {{18, 18, 18}, {18, 18, 18}}));
        all.removeIf(x -> x.repetition() == 1 && x.task() == 2); // repetition 1 lost its third task

        Sharing s = sharing(all);
        SharedCard three = card(s, "local.half", 3);

        assertThat(three.slots()).isEqualTo(1);
        assertThat(three.perTask().n()).as("the two left of repetition 1 are flagged, not counted").isEqualTo(3);
        assertThat(three.incompleteSlots()).isZero();
        assertThat(three.aggregate().mean()).isEqualTo(54.0);
        assertThat(three.aloneReference()).isNull();
        assertThat(three.vsAlone()).isNull();
        assertThat(s.flagged()).singleElement().satisfies(f -> {
            assertThat(f.leftOut()).isEqualTo(2);
            assertThat(f.samples()).isEqualTo(5);
            assertThat(f.verdictText()).isEqualTo("co-runner-missing 2");
        });
    }

    @Test
    void aSlotMissingAProcesssProvenSampleCountsAsIncomplete() {
        List<Sample> all = new ArrayList<>(run("local.half", 2, new double[][] {{27, 27}}));
        // task 1's timed part starts 2 s late: task 0 is covered by task 1's load, but task 1 outlasts task 0's load
        all.set(1, AgentSamples.of("local.half", 2).task(1).value(27).timedFrom(Duration.ofSeconds(2))
                .loadUntil(Duration.ofSeconds(8)).build());

        Sharing s = sharing(all);
        SharedCard two = card(s, "local.half", 2);

        assertThat(s.checked()).extracting(c -> c.overlap().verdict()).containsExactly("full", "partial");
        assertThat(two.slots()).isZero();
        assertThat(two.incompleteSlots()).isEqualTo(1);
        assertThat(two.aggregate()).isNull();
        assertThat(two.perTask().n()).isEqualTo(1);
    }

    @Test
    void lowerIsBetterMetricsGetPerTaskFiguresOnly() {
        List<Sample> all = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            all.add(AgentSamples.of("local.half", 2).task(t).workload("launch", Map.of(), "latency", "us", false)
                    .value(5 + t).build());
        }

        SharedCard c = sharing(all).cards().get(0);

        assertThat(c.higherIsBetter()).isFalse();
        assertThat(c.perTask().mean()).isEqualTo(5.5);
        assertThat(c.taskMeans()).containsEntry("task0", 5.0).containsEntry("task1", 6.0);
        assertThat(c.aggregate()).isNull();
        assertThat(c.fairness()).isNull();
        assertThat(c.vsAlone()).isNull();
    }

    @Test
    void processesOfSeveralInstancesAreNamedByInstanceAndTask() {
        List<Sample> all = new ArrayList<>();
        for (String i : List.of("c1-v100-8q-1", "c1-v100-8q-2")) {
            all.add(AgentSamples.of("v100-8q", 1).instance(i).groupSize(2).value(30).build());
        }

        SharedCard c = sharing(all).cards().get(0);

        assertThat(c.processes()).isEqualTo(2);
        assertThat(c.taskMeans()).containsOnlyKeys("v100-8q-1/task0", "v100-8q-2/task0");
        assertThat(c.aggregate().mean()).isEqualTo(60.0);
    }

    @Test
    void workloadMetricsNoFlavorSharedGetNoSharedCardFigures() {
        assertThat(sharing(run("local", 1, new double[][] {{59.6}, {59.7}})).cards()).isEmpty();
    }
}
