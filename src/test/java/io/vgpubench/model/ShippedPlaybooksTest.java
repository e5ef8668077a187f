package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedPlaybooksTest {
    private final PlaybookLoader loader = PlaybookLoader.forHome(PlaybookFixture.HOME);

    @Test
    void everyShippedPlaybookLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PlaybookFixture.HOME.resolve("playbooks"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        files.forEach(f -> assertThat(loader.load(f).name()).isNotBlank());
    }

    @Test
    void theQuickstartComparesTheWholeLocalDeviceWithTwoTasksSharingIt() {
        Playbook p = loader.load(PlaybookFixture.HOME.resolve("playbooks/quickstart.yaml"));

        assertThat(p.cloud()).isInstanceOf(CloudSpec.Local.class);
        assertThat(p.baseline()).isEqualTo("local");
        assertThat(p.flavors()).containsExactly(new FlavorUnderTest("local", 1, List.of(1)),
                new FlavorUnderTest("local.half", 1, List.of(2)));
        assertThat(p.workloads()).extracting(WorkloadSpec::name).containsExactly("gemm", "gemm", "memcopy", "vgg16");
        assertThat(p.repetitions()).isEqualTo(5);
        assertThat(p.warmup()).isEqualTo(1);
        assertThat(p.backend()).isEqualTo("auto");
    }

    @Test
    void theStaticPlaybookReadsItsHosts() {
        Playbook p = loader.load(PlaybookFixture.HOME.resolve("playbooks/static-baremetal.yaml"));

        CloudSpec.Static cloud = (CloudSpec.Static) p.cloud();
        assertThat(cloud.hosts()).hasSize(2);
        CloudSpec.StaticHost second = cloud.hosts().get(1);
        assertThat(second.port()).isEqualTo(22);
        assertThat(second.jump()).isEqualTo("bench@bastion.example.org");
        assertThat(second.key()).isEqualTo(Path.of(System.getProperty("user.home"), ".ssh/id_ed25519"));
        assertThat(p.teardown()).isEqualTo(TeardownPolicy.ON_SUCCESS);
    }
}
