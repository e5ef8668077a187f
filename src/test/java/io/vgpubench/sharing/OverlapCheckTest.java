package io.vgpubench.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.contract.event.Sample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapCheckTest {

    private static List<Sample> batch(String flavor, int tasks, int repetitions) {
        List<Sample> out = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            for (int t = 0; t < tasks; t++) {
                out.add(AgentSamples.of(flavor, tasks).task(t).repetition(r).value(27.2 + t * 0.01).build());
            }
        }
        return out;
    }

    private static List<Overlap> verdicts(List<Sample> samples) {
        return OverlapCheck.of(samples).stream().map(CheckedSample::overlap).toList();
    }

    @Test
    void twoTasksMeasuringInCommonSlotsAreEveryOneFullyOverlapped() {
        List<CheckedSample> checked = OverlapCheck.of(batch("local.half", 2, 3));

        assertThat(checked).hasSize(6).allSatisfy(c -> {
            assertThat(c.overlap()).isInstanceOf(Overlap.Full.class);
            assertThat(c.overlap().fraction()).isEqualTo(1.0);
            assertThat(c.coRunners()).isEqualTo(1);
            assertThat(c.proven()).isTrue();
        });
    }

    @Test
    void threeTasksInCommonSlotsEachHaveTwoCoRunnersAndAreFullyOverlapped() {
        assertThat(OverlapCheck.of(batch("local.half", 3, 2))).hasSize(6)
                .allSatisfy(c -> assertThat(c.coRunners()).isEqualTo(2))
                .extracting(c -> c.overlap().verdict()).containsOnly("full");
    }

    @Test
    void aTaskDelayedUntilAfterItsCoRunnersLoadEndedIsFlaggedWithNoOverlapAndSoIsTheCoRunnerItLeftAlone() {
        Sample onTime = AgentSamples.of("local.half", 2).task(0).build();
        // a slow prepare: task 1 starts loading when task 0 is nearly done, and times its part after task 0 stopped
        Sample late = AgentSamples.of("local.half", 2).task(1).loadFrom(Duration.ofMillis(5900))
                .timedFrom(Duration.ofMillis(6100)).loadUntil(Duration.ofMillis(11200)).build();

        List<Overlap> v = verdicts(List.of(onTime, late));

        assertThat(v.get(1)).isInstanceOf(Overlap.Partial.class);
        assertThat(v.get(1).fraction()).isZero();
        assertThat(v.get(1).reason()).contains("0.0% of the timed interval").contains("c1-local-half-1/task0");
        // task 0 timed 0.25-5.25 s; task 1 loaded from 5.9 s: nothing of task 0's timed part was shared
        assertThat(v.get(0)).isInstanceOf(Overlap.Partial.class);
        assertThat(v.get(0).fraction()).isZero();
        assertThat(v).noneMatch(Overlap::proven);
    }

    @Test
    void aTaskWhoseTimedPartOutlastsItsCoRunnersLoadIsPartlyOverlappedByTheSharedFraction() {
        Sample early = AgentSamples.of("local.half", 2).task(0).build(); // load 0.02-5.995 s
        Sample late = AgentSamples.of("local.half", 2).task(1).timedFrom(Duration.ofMillis(2995))
                .loadUntil(Duration.ofMillis(8200)).build(); // timed 2.995-7.995 s

        Overlap v = verdicts(List.of(early, late)).get(1);

        assertThat(v).isInstanceOf(Overlap.Partial.class);
        assertThat(v.fraction()).isCloseTo(3.0 / 5.0, within(1e-9));
        assertThat(v.reason()).startsWith("partly overlapped: 60.0% of the timed interval");
    }

    /**
     * A command's sample as the agent writes it when the command reports its own window: timed over the window it
     * printed (started, ended), loading over the load it printed around it; handed: load from 0.5 s into the slot,
     * measure from 1 s for 3 s, load until the slot's end at 6 s.
     */
    private static AgentSamples ownWindow(int task, Duration startedAfterHanded) {
        return AgentSamples.of("local.half", 2).task(task).workload("resnet50-infer", java.util.Map.of(), "images_per_second",
                        "images/s", true)
                .loadFrom(startedAfterHanded.isZero() ? Duration.ofMillis(500) : Duration.ofSeconds(1).plus(startedAfterHanded))
                .timedFrom(Duration.ofSeconds(1).plus(startedAfterHanded)).timedLength(Duration.ofSeconds(3))
                .loadUntil(Duration.ofSeconds(6).plus(startedAfterHanded.isZero() ? Duration.ZERO : startedAfterHanded.minusSeconds(2)));
    }

    @Test
    void twoCommandsTimingTheWindowTheyWereHandedAFewMillisecondsApartAreBothFullyOverlapped() {
        List<Overlap> v = verdicts(List.of(ownWindow(0, Duration.ZERO).build(), ownWindow(1, Duration.ZERO)
                .timedFrom(Duration.ofMillis(1004)).loadUntil(Duration.ofMillis(6003)).build()));

        assertThat(v).allSatisfy(o -> assertThat(o).isInstanceOf(Overlap.Full.class));
    }

    @Test
    void aCommandWhoseOwnWindowStartsLateAfterAnOverlongStartUpIsFlaggedAndSoIsTheCoRunnerItLeftAlone() {
        // task 1's start-up overran by 2.5 s: it loads and times from 3.5 s to 6.5 s, past task 0's load (until 6 s)
        Sample onTime = ownWindow(0, Duration.ZERO).build();
        Sample late = ownWindow(1, Duration.ofMillis(2500)).build();
        assertThat(late.startedAt()).isEqualTo(AgentSamples.T0.plusMillis(3500));
        assertThat(late.loadEndedAt()).isEqualTo(AgentSamples.T0.plusMillis(6500));

        List<Overlap> v = verdicts(List.of(onTime, late));

        assertThat(v.get(1)).isInstanceOf(Overlap.Partial.class);
        assertThat(v.get(1).fraction()).isCloseTo(2.5 / 3, within(1e-9));
        // task 0 timed 1-4 s while task 1 was still starting up until 3.5 s: a sixth of its window was shared
        assertThat(v.get(0)).isInstanceOf(Overlap.Partial.class);
        assertThat(v.get(0).fraction()).isCloseTo(0.5 / 3, within(1e-9));
        assertThat(v).noneMatch(Overlap::proven);
    }

    @Test
    void aMissingCoRunnerFlagsTheRepetitionItMissedOnlyAndSaysHowManyWereFound() {
        List<Sample> samples = new ArrayList<>(batch("local.half", 3, 2));
        samples.removeIf(s -> s.task() == 2 && s.repetition() == 1);

        List<CheckedSample> checked = OverlapCheck.of(samples);

        assertThat(checked).filteredOn(c -> c.sample().repetition() == 0).extracting(c -> c.overlap().verdict())
                .containsOnly("full");
        assertThat(checked).filteredOn(c -> c.sample().repetition() == 1).hasSize(2).allSatisfy(c -> {
            assertThat(c.overlap()).isEqualTo(new Overlap.CoRunnerMissing(1, 2));
            assertThat(c.overlap().reason()).isEqualTo("co-runner missing: 1 of 2 co-runner(s) reported this repetition");
        });
    }

    @Test
    void twoTasksFromAnAgentWithoutSlotsHaveNoScheduleAndOneTaskAloneIsValid() {
        Sample shared = AgentSamples.of("local.half", 2).withoutSlots().build();
        Sample other = AgentSamples.of("local.half", 2).task(1).withoutSlots().build();
        Sample alone = AgentSamples.of("local", 1).withoutSlots().build();
        Sample aloneInGroup = AgentSamples.of("local", 1).build();

        List<Overlap> v = verdicts(List.of(shared, other, alone, aloneInGroup));

        assertThat(v.get(0)).isInstanceOf(Overlap.NoSchedule.class);
        assertThat(v.get(0).reason()).contains("shared by 2 tasks but the sample names no group");
        assertThat(v.get(1).verdict()).isEqualTo("no-schedule");
        assertThat(v.get(2)).isEqualTo(new Overlap.Alone());
        assertThat(v.get(3)).isEqualTo(new Overlap.Alone());
        assertThat(v.subList(2, 4)).allMatch(Overlap::proven);
    }

    @Test
    void aCoRunnerWithoutALoadIntervalLeavesTheSampleWithoutSchedule() {
        Sample s = AgentSamples.of("local.half", 2).build();
        Sample noLoad = AgentSamples.of("local.half", 2).task(1).withoutLoad().build();

        Overlap v = verdicts(List.of(s, noLoad)).get(0);

        assertThat(v).isInstanceOf(Overlap.NoSchedule.class);
        assertThat(v.reason()).contains("co-runner c1-local-half-1/task1 has no load interval");
    }

    @Test
    void theTimedPartMayStickOutOfTheCoRunnersLoadByOneMillisecondForClocksButNotByTwo() {
        Sample ref = AgentSamples.of("local.half", 2).loadFrom(Duration.ofMillis(250)).build(); // load from 0.25 s
        Sample withinTolerance = AgentSamples.of("local.half", 2).task(1).timedFrom(Duration.ofMillis(249)).build();
        Sample beyond = AgentSamples.of("local.half", 2).task(1).timedFrom(Duration.ofMillis(248)).build();

        assertThat(verdicts(List.of(ref, withinTolerance)).get(1)).isInstanceOf(Overlap.Full.class)
                .satisfies(o -> assertThat(o.fraction()).isCloseTo(1 - 0.001 / 5, within(1e-9)));
        assertThat(verdicts(List.of(ref, beyond)).get(1)).isInstanceOf(Overlap.Partial.class);
        assertThat(OverlapCheck.TOLERANCE).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void theInstancesOfAGroupAreCoRunnersOfEachOtherAndEveryMetricOfARepetitionSharesItsLoad() {
        List<Sample> samples = new ArrayList<>();
        for (String instance : List.of("c1-v100-8q-1", "c1-v100-8q-2")) {
            for (String metric : List.of("latency", "graph_latency")) {
                samples.add(AgentSamples.of("v100-8q", 1).instance(instance).groupSize(2)
                        .workload("launch", java.util.Map.of(), metric, "us", false).build());
            }
        }

        assertThat(OverlapCheck.of(samples)).hasSize(4).allSatisfy(c -> {
            assertThat(c.overlap()).isInstanceOf(Overlap.Full.class);
            assertThat(c.coRunners()).as("one co-runner process, whatever its metrics").isEqualTo(1);
        });
        assertThat(verdicts(samples.subList(0, 2))).as("the other instance missing")
                .containsOnly(new Overlap.CoRunnerMissing(0, 1));
    }

    @Test
    void samplesOfOtherRepetitionsCardsOrRunsAreNotCoRunners() {
        Sample rep0 = AgentSamples.of("local.half", 2).build();
        Sample rep1 = AgentSamples.of("local.half", 2).task(1).repetition(1).build();

        assertThat(verdicts(List.of(rep0, rep1))).containsOnly(new Overlap.CoRunnerMissing(0, 1));
    }
}
