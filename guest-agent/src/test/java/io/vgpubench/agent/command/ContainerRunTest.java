package io.vgpubench.agent.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.spec.CommandSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the agent executes for a command in a container, per runtime (PodmanCommandTest runs one for real). */
class ContainerRunTest {
    private static final Path RUN = Path.of("/home/u/vgpubench/run-1");
    private static final Path FILES = RUN.resolve("workloads");
    private static final Map<String, String> ENV = new LinkedHashMap<>(Map.of("CUDA_VISIBLE_DEVICES", "1"));

    static {
        ENV.put("HF_TOKEN", "s3cret-value");
    }

    @Test
    void dockerGetsTheGpusTheFolderAndEveryVariableByNameNeverItsValue() throws Exception {
        ContainerRun c = ContainerRun.of(new CommandSpec.Container("nvcr.io/nvidia/pytorch:24.05-py3", "docker"), "r1/card0",
                Set.of("docker")::contains);
        List<String> argv = c.argv(List.of("python3", "infer.py"), ENV, RUN, FILES, true);

        assertThat(c.name()).startsWith("vgpubench-r1-card0-");
        assertThat(argv).startsWith("docker", "run", "--rm", "--name", c.name())
                .containsSequence("-v", RUN + ":" + RUN).containsSequence("-w", FILES.toString())
                .containsSequence("--gpus", "all").containsSequence("-e", "CUDA_VISIBLE_DEVICES")
                .containsSequence("-e", "HF_TOKEN").endsWith("nvcr.io/nvidia/pytorch:24.05-py3", "python3", "infer.py");
        assertThat(String.join(" ", argv)).doesNotContain("s3cret-value");
    }

    @Test
    void podmanNamesTheGpusByCdiAndTheCpuBackendGetsNone() throws Exception {
        ContainerRun c = ContainerRun.of(new CommandSpec.Container("localhost/bench:1", null), "r2/card0",
                Set.of("podman", "apptainer")::contains);

        assertThat(c.runtime()).as("the first runtime the instance has, docker before podman").isEqualTo("podman");
        assertThat(c.argv(List.of("sh"), ENV, RUN, FILES, true)).containsSequence("--device", "nvidia.com/gpu=all");
        assertThat(c.argv(List.of("sh"), ENV, RUN, FILES, false)).doesNotContain("--device", "--gpus");
    }

    @Test
    void apptainerExecsTheImageWithTheFolderBoundAndNvidiaLibraries() throws Exception {
        ContainerRun c = ContainerRun.of(new CommandSpec.Container("/shared/images/hpl.sif", "apptainer"), "r3/card1",
                Set.of("apptainer")::contains);

        assertThat(c.argv(List.of("./xhpl"), ENV, RUN, FILES, true)).containsExactly("apptainer", "exec", "--nv",
                "--bind", RUN + ":" + RUN, "--pwd", FILES.toString(), "/shared/images/hpl.sif", "./xhpl");
    }

    @Test
    void filesBesideTheAgentsFolderAreMountedTooWhereTheyAre() throws Exception {
        ContainerRun c = ContainerRun.of(new CommandSpec.Container("img:1", "podman"), "r1/card0", Set.of("podman")::contains);
        Path beside = RUN.resolve("../files/5305e8d7");

        assertThat(c.argv(List.of("sh"), ENV, RUN, beside, false)).containsSequence("-v", RUN + ":" + RUN)
                .containsSequence("-v", "/home/u/vgpubench/files/5305e8d7:/home/u/vgpubench/files/5305e8d7")
                .containsSequence("-w", "/home/u/vgpubench/files/5305e8d7");
    }

    @Test
    void anInstanceWithoutTheRuntimeItNamesOrWithoutAnyFailsWithBothNamed() {
        assertThatThrownBy(() -> ContainerRun.of(new CommandSpec.Container("img:1", "podman"), "r", Set.of("docker")::contains))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("img:1").hasMessageContaining("podman")
                .hasMessageContaining("not on this instance's PATH");
        assertThatThrownBy(() -> ContainerRun.of(new CommandSpec.Container("img:1", null), "r", Set.<String>of()::contains))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("none of [docker, podman, apptainer]");
    }

    @Test
    void anImageWithSpacesOrAnUnknownRuntimeIsNotAContainer() {
        assertThatThrownBy(() -> new CommandSpec.Container("my image", null)).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> new CommandSpec.Container("img", "lxc")).hasMessageContaining("one of [docker, podman, apptainer]");
    }
}
