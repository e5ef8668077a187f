package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartGateTest {

    @Test
    void theLeadIsTwiceTheSlowestCommandKeptBetweenItsBounds() {
        assertThat(StartGate.lead(Duration.ofMillis(3))).isEqualTo(StartGate.MIN_LEAD);
        assertThat(StartGate.lead(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(800));
        assertThat(StartGate.lead(Duration.ofMinutes(1))).isEqualTo(StartGate.MAX_LEAD);
    }

    @Test
    void everyMemberGetsTheSameStartSetAfterTheLastArrivesByTheSlowestMembersLead() throws Exception {
        StartGate gate = new StartGate(2);
        CompletableFuture<Instant> fast = new CompletableFuture<>();
        Thread member = new Thread(() -> fast.complete(gate.awaitStart(Duration.ofMillis(10))));
        member.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> member.getState() == Thread.State.WAITING);
        assertThat(fast).as("the first member waits at the gate for the second").isNotDone();

        Instant lastArrived = Instant.now();
        Instant slow = gate.awaitStart(Duration.ofMillis(200));

        assertThat(fast.get(5, TimeUnit.SECONDS)).isEqualTo(slow);
        assertThat(slow).isAfterOrEqualTo(lastArrived.plusMillis(400));
    }

    @Test
    void aMemberThatLeavesDoesNotHoldTheOthers() throws Exception {
        StartGate gate = new StartGate(3);
        CompletableFuture<Instant> waiting = CompletableFuture.supplyAsync(() -> gate.awaitStart(Duration.ZERO));
        gate.leave();
        Instant start = gate.awaitStart(Duration.ZERO);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(start);
        assertThat(CompletableFuture.supplyAsync(() -> gate.awaitStart(Duration.ZERO)).thenCombine(
                CompletableFuture.supplyAsync(() -> gate.awaitStart(Duration.ZERO)), Instant::equals)
                .get(5, TimeUnit.SECONDS)).as("the next batch's start, with the two left").isTrue();
    }
}
