package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookLoaderTest {
    @TempDir
    Path dir;
    PlaybookFixture fx;

    static final String VALID = """
            name: demo
            cloud:
              type: local
            baseline: local
            flavors:
              - flavor: local
                tasks: [1, 2]
              - flavor: local.half
                instances: 2
                tasks: [2]
            workloads:
              - name: gemm
                parameters: {precision: fp64, m: 256}
              - name: memcopy
            repetitions: 3
            warmup: 0
            order: random
            seed: 42
            time_limit: 1h30m
            teardown: on-success
            backend: cpu
            memory_fraction: 0.25
            thresholds:
              - workload: gemm
                metric: tflops
                flavor: local.half
                max_overhead_pct: 10
                max_cv_pct: 2.5
            """;

    @BeforeEach
    void setUp() {
        fx = new PlaybookFixture(dir);
    }

    @Test
    void loadsAValidPlaybookIntoTheExpectedRecords() {
        Playbook p = fx.load(VALID);

        assertThat(p.name()).isEqualTo("demo");
        assertThat(p.cloud()).isEqualTo(new CloudSpec.Local());
        assertThat(p.baseline()).isEqualTo("local");
        assertThat(p.flavors()).containsExactly(new FlavorUnderTest("local", 1, List.of(1, 2)),
                new FlavorUnderTest("local.half", 2, List.of(2)));
        assertThat(p.workloads()).containsExactly(
                new WorkloadSpec("gemm", Map.of("precision", "fp64", "m", "256")),
                new WorkloadSpec("memcopy", Map.of()));
        assertThat(p.repetitions()).isEqualTo(3);
        assertThat(p.warmup()).isZero();
        assertThat(p.order()).isEqualTo(RunOrder.RANDOM);
        assertThat(p.seed()).isEqualTo(42L);
        assertThat(p.timeLimit()).isEqualTo(Duration.ofMinutes(90));
        assertThat(p.teardown()).isEqualTo(TeardownPolicy.ON_SUCCESS);
        assertThat(p.backend()).isEqualTo("cpu");
        assertThat(p.memoryFraction()).isEqualTo(0.25);
        assertThat(p.thresholds()).containsExactly(new Threshold("gemm", "tflops", "local.half", 10.0, 2.5));
        assertThat(p.flavor("local.half").shareFraction()).isEqualTo(0.5);
        assertThat(p.source()).isEqualTo(dir.resolve("p.yaml"));
    }

    @Test
    void appliesTheDocumentedDefaultsForOptionalKeys() {
        Playbook p = fx.load("""
                name: d
                cloud: {type: local}
                baseline: local
                flavors: [{flavor: local}]
                workloads: [{name: vgg16}]
                """);

        assertThat(p.flavors()).containsExactly(new FlavorUnderTest("local", 1, List.of(1)));
        assertThat(p.repetitions()).isEqualTo(5);
        assertThat(p.warmup()).isEqualTo(1);
        assertThat(p.order()).isEqualTo(RunOrder.INTERLEAVED);
        assertThat(p.timeLimit()).isEqualTo(Duration.ofMinutes(30));
        assertThat(p.teardown()).isEqualTo(TeardownPolicy.ALWAYS);
        assertThat(p.backend()).isEqualTo("auto");
        assertThat(p.memoryFraction()).isEqualTo(1.0);
        assertThat(p.thresholds()).isEmpty();
    }

    @Test
    void drawsADifferentSeedEachTimeWhenNoneIsGiven() {
        String text = VALID.replace("seed: 42\n", "");
        long first = fx.load(text).seed();
        long second = fx.load(text).seed();
        long third = fx.load(text).seed();

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
    }

    @Test
    void readsAnOpenStackCloudWithItsDefaults() {
        Playbook p = fx.load(VALID.replace("  type: local\n", """
                  type: openstack
                  image: ubuntu-22.04
                  network: net
                  ssh_user: ubuntu
                """).replace("local.half", "g3.small").replace("baseline: local", "baseline: g3.small")
                .replace("- flavor: local\n", "- flavor: g3.xl\n"));

        assertThat(p.cloud()).isEqualTo(new CloudSpec.OpenStack(null, null, "ubuntu-22.04", "net", "ubuntu",
                false, null, 8, 2, null, false));
    }

    @Test
    void readsTheOpenStackSshSourceAndTrustOnFirstUse() {
        Playbook p = fx.load(VALID.replace("  type: local\n", """
                  type: openstack
                  image: ubuntu-22.04
                  network: net
                  ssh_user: ubuntu
                  ssh_from: 198.51.100.7/32
                  trust_on_first_use: true
                """).replace("local.half", "g3.small").replace("baseline: local", "baseline: g3.small")
                .replace("- flavor: local\n", "- flavor: g3.xl\n"));

        assertThat(p.cloud()).isEqualTo(new CloudSpec.OpenStack(null, null, "ubuntu-22.04", "net", "ubuntu",
                false, null, 8, 2, "198.51.100.7/32", true));
    }

    @Test
    void readsWhatSamplesMustMeetAndRefusesAnUnknownThrottleWord() {
        assertThat(fx.load(VALID + "require: {licensed: true, throttle: none}\n").require())
                .isEqualTo(new Requirements(true, true));
        assertThat(fx.load(VALID).require()).isEqualTo(Requirements.NONE);
        fx.rejects(VALID + "require: {throttle: never}\n")
                .hasMessageContaining("require.throttle: must be one of [none, any], got 'never'");
        fx.rejects(VALID + "require: {license: true}\n")
                .hasMessageContaining("require.license: unknown key; expected one of [licensed, throttle]");
    }

    @Test
    void readsTheOpenStackConsoleAndSshWaitsAndRefusesOneThatIsNotADuration() {
        String openstack = VALID.replace("  type: local\n", """
                  type: openstack
                  image: ubuntu-22.04
                  network: net
                  ssh_user: ubuntu
                  console_wait: 90s
                  ssh_wait: 3m
                """).replace("local.half", "g3.small").replace("baseline: local", "baseline: g3.small")
                .replace("- flavor: local\n", "- flavor: g3.xl\n");

        CloudSpec.OpenStack cloud = (CloudSpec.OpenStack) fx.load(openstack).cloud();

        assertThat(cloud.consoleWait()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(cloud.sshWait()).isEqualTo(java.time.Duration.ofMinutes(3));
        fx.rejects(openstack.replace("ssh_wait: 3m", "ssh_wait: forever"))
                .hasMessageContaining(fx.file() + ":8:13: cloud.ssh_wait: must be a duration like 250ms, 90s");
    }

    @Test
    void readsExtraCatalogsNamedByThePlaybookRelativeToIt() {
        fx.write("mine.yaml", """
                flavors:
                  - name: my.gpu
                    profile: A100-10C
                    share_fraction: 0.25
                    physical_gpu: NVIDIA A100 40GB
                    source: our cloud
                """);
        Playbook p = fx.load(VALID.replace("name: demo\n", "name: demo\ncatalogs: [mine.yaml]\n")
                .replace("local.half", "my.gpu"));

        assertThat(p.flavor("my.gpu").profile()).isEqualTo("A100-10C");
    }
}
