package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rounds over a real in-order queue (one worker thread, each round sleeping as long as a kernel would run). */
class RoundsTest {
    private static final long ROUND_MS = 20;
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final Rounds.Queue queue = round -> mark(worker.submit(round));
    private final Rounds rounds = new Rounds(queue);

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void backToBackRoundsLeaveTheNextOneQueuedAndTheirTimesAddUpToTheWallClock() {
        long t0 = System.nanoTime();
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += rounds.nextMs(this::work);
            assertThat(rounds.pending()).as("a round is queued behind round " + i).isTrue();
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        assertThat(sum).isGreaterThanOrEqualTo(10 * ROUND_MS).isLessThanOrEqualTo(wall);
        assertThat(wall - sum).as("the rounds' times tile the wall clock").isLessThan(ROUND_MS);
    }

    @Test
    void aQueueThatRanDryIsNotCountedInTheNextRound() throws Exception {
        rounds.nextMs(this::work);
        worker.submit(() -> {}).get(5, TimeUnit.SECONDS); // the round left queued has run: the queue is idle
        Thread.sleep(5 * ROUND_MS);
        assertThat(rounds.pending()).isFalse();
        double ms = rounds.nextMs(this::work);
        assertThat(ms).isGreaterThanOrEqualTo(ROUND_MS).isLessThan(4 * ROUND_MS);
    }

    @Test
    void drainingWaitsForTheRoundLeftQueued() {
        rounds.nextMs(this::work);
        assertThat(done.get()).as("the timed round has run, the one behind it not yet").isEqualTo(1);
        rounds.drain();
        assertThat(done.get()).isEqualTo(2);
        assertThat(rounds.pending()).isFalse();
    }

    private void work() {
        try {
            Thread.sleep(ROUND_MS);
            done.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Rounds.Mark mark(Future<?> f) {
        return new Rounds.Mark() {
            @Override
            public boolean reached() {
                return f.isDone();
            }

            @Override
            public void await() {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
