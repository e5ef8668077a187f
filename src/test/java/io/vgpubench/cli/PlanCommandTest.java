package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path dir;

    @Test
    void plansTheQuickstartListingItsInstancesAndRunMatrix() {
        CliRun run = CliRun.of("plan", "playbooks/quickstart.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Playbook playbooks/quickstart.yaml is valid. Nothing was created.")
                .contains("on the local cloud")
                .contains("Baseline: local")
                .contains("Instances (2):")
                .containsPattern("local +1 +\\[1] +<campaign-id>-local-1 ")
                .containsPattern("local\\.half +1 +\\[2] +<campaign-id>-local-half-1 ")
                .contains("gemm {k=256, m=256, n=256, precision=fp64}")
                .contains("40 measured runs (60 agent tasks), plus 8 warm-up run(s)")
                .contains("estimated samples: 60");
    }

    @Test
    void plansTheOwnBenchmarksExampleWithItsCommandsAndTheirFiles() {
        CliRun run = CliRun.of("plan", "examples/own-benchmarks.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("resnet50-infer {batch=64, precision=fp16, seconds=3} (command: python3 resnet50_infer.py;"
                        + " 3 file(s) from ").contains("hpl-lu {n=16384, seconds=5} (command: python3 hpl_lu.py;")
                .contains("; repetition time 3s; start-up 15s, then its own window)")
                .contains("estimated samples: 36");
    }

    @Test
    void createsNothingWhilePlanning() throws IOException {
        Path results = Path.of("results");
        long before = results.toFile().exists() ? Files.list(results).count() : 0;

        CliRun.of("plan", "playbooks/jetstream2-a100.yaml");

        long after = results.toFile().exists() ? Files.list(results).count() : 0;
        assertThat(after).isEqualTo(before);
    }

    @Test
    void exitsWithTwoAndTheLocationOnABadPlaybook() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                name: bad
                cloud: {type: local}
                baseline: local
                flavors:
                  - flavor: local
                    instances: 0
                workloads: [{name: gemm}]
                """);

        CliRun run = CliRun.of("plan", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":6:16: flavors[0].instances: must be at least 1, got 0");
    }

    @Test
    void exitsWithTwoWhenThePlaybookIsMissing() {
        CliRun run = CliRun.of("plan", dir.resolve("none.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("none.yaml: no such file");
    }
}
