package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a machine with a GPU: every CUDA workload at small sizes, each verified against its reference.
 * Excluded from CI (surefire excludes the group "gpu"); bench/device-compare.sh runs the same self-test
 * from the bundle on the device machine ({@code GpuBench --self-test}).
 */
@Tag("gpu")
class GpuDeviceTest {

    @Test
    void everyWorkloadRunsAndVerifiesOnTheGpu() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GpuBench.run(new String[] {"--reps", "1", "--self-test"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String events = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8) + events).isZero();
        // a run is done only once its verification passed and every timed repetition wrote its samples
        assertThat(events.lines().filter(l -> l.contains("\"type\":\"run_done\"")).count())
                .isEqualTo(GpuSelfTest.ITEMS.size());
        assertThat(events).doesNotContain("run_failed");
    }

    @Test
    void anOversizeGemmIsRefusedWithTheCapInTheMessage() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GpuBench.run(new String[] {"--memory-fraction", "0.01", "gemm:precision=fp64,m=16384,n=16384,k=8192"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run_failed").contains("memory_fraction 0.010");
    }
}
