package io.vgpubench.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NamedLocksTest {
    private final NamedLocks locks = new NamedLocks();

    @Test
    void holdersOfOneNameTakeTurnsAndTheLockIsForgottenWhenTheLastOneIsDone() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> holders = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> locks.with("host-a/.vgpubench/c1", () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    return inside.decrementAndGet();
                }), pool));
            }
            for (CompletableFuture<Integer> h : holders) {
                assertThat(h.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(most.get()).as("holders at once").isEqualTo(1);
        assertThat(locks.size()).isZero();
    }

    @Test
    void aLockIsGoneAfterUseEvenWhenTheActionThrows() {
        try {
            locks.with("h", () -> {
                throw new IllegalStateException("deploy failed");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's
        }
        locks.with("other", () -> null);

        assertThat(locks.size()).isZero();
    }
}
