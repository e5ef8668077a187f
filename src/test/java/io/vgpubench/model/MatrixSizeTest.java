package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixSizeTest {
    @TempDir
    Path dir;

    @Test
    void countsRunsTasksAndSamplesAcrossFlavorsInstancesAndTaskCounts() {
        // local: 1 instance, tasks [1, 2]; local.half: 2 instances, tasks [2]; workloads gemm (1 metric)
        // and memcopy (1 metric); 3 repetitions, no warm-up.
        // runs = (1*2 + 2*1) * 2 * 3 = 24; agent tasks = (1*(1+2) + 2*2) * 2 * 3 = 42; samples = 42.
        Playbook p = new PlaybookFixture(dir).load(PlaybookLoaderTest.VALID);

        assertThat(MatrixSize.of(p)).isEqualTo(new MatrixSize(3, 24, 0, 42, 42));
    }

    @Test
    void countsOneSamplePerMetricOfEachWorkload() {
        // memprobe reports up to 5 metrics (the catalog's), launch 2: 1 instance x 1 task x 5 repetitions x (5 + 2) = 35.
        Playbook p = new PlaybookFixture(dir).load("""
                name: m
                cloud: {type: local}
                baseline: local
                flavors: [{flavor: local}]
                workloads: [{name: memprobe}, {name: launch}]
                """);

        assertThat(MatrixSize.of(p)).isEqualTo(new MatrixSize(1, 10, 2, 10, 35));
    }
}
