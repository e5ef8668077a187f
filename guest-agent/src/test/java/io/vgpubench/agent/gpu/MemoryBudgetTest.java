package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agent.backend.WorkloadException;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static final long GIB = 1L << 30;

    @Test
    void capIsTheFractionOfReportedMemory() {
        MemoryBudget budget = new MemoryBudget(80 * GIB, 0.25);
        assertThat(budget.capBytes()).isEqualTo(20 * GIB);
        assertThat(budget.available()).isEqualTo(20 * GIB);
    }

    @Test
    void reservationsCountAgainstTheCapUntilReleased() throws WorkloadException {
        MemoryBudget budget = new MemoryBudget(80 * GIB, 0.25);
        budget.reserve(15 * GIB, "first");
        assertThat(budget.available()).isEqualTo(5 * GIB);
        budget.release(15 * GIB);
        assertThat(budget.used()).isZero();
        assertThat(budget.available()).isEqualTo(20 * GIB);
    }

    @Test
    void refusesAnOversizeRequestWithWhatItNeedsWhatIsLeftAndWhatToDo() throws WorkloadException {
        MemoryBudget budget = new MemoryBudget(80 * GIB, 0.1);
        budget.reserve(2 * GIB, "earlier");
        assertThatThrownBy(() -> budget.reserve(7 * GIB, "gemm fp64 m=n=k=16384"))
                .isInstanceOf(WorkloadException.class)
                .hasMessage("gemm fp64 m=n=k=16384 needs 7.00 GiB of device memory but the memory cap leaves 6.00 GiB"
                        + " (memory_fraction 0.100 of 80.00 GiB reported, 2.00 GiB already in use);"
                        + " choose a smaller size or raise memory_fraction");
        assertThat(budget.used()).isEqualTo(2 * GIB);
    }

    @Test
    void checkRefusesWithoutReserving() throws WorkloadException {
        MemoryBudget budget = new MemoryBudget(10 * GIB, 0.5);
        budget.check(5 * GIB, "fits exactly");
        assertThat(budget.used()).isZero();
        assertThatThrownBy(() -> budget.check(5 * GIB + 1, "one byte over")).hasMessageStartingWith("one byte over needs");
    }
}
