package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/*.yaml}, each with the message it must give on its
 * first line, {@code # expect: LINE:COLUMN: FIELD: MESSAGE}): `plan` and `run` both refuse each one with exit 2,
 * naming file, line, column and field, print no control character raw, and create nothing.
 */
class HostileInputTest {
    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void copyTheCorpus() throws Exception {
        corpus = dir.resolve("deep/down/in/a/folder/hostile");
        copy(source(), corpus);
    }

    static Stream<String> cases() throws Exception {
        try (Stream<Path> files = Files.list(source())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planAndRunRefuseItNamingFileLineColumnAndFieldAndCreateNothing(String name) throws Exception {
        Path playbook = corpus.resolve(name);
        String expect = Files.readAllLines(playbook).get(0).replaceFirst("^# expect: ", "");
        String where = expect.startsWith("companions/") ? corpus.resolve(expect.substring(0, expect.indexOf(':')))
                + expect.substring(expect.indexOf(':')) : playbook + ":" + expect;
        Path results = dir.resolve("results");

        for (CliRun refused : List.of(CliRun.of("plan", playbook.toString()),
                CliRun.of("run", playbook.toString(), "--results", results.toString()))) {
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(refused.err()).contains(where);
            assertThat(refused.out() + refused.err()).as("no control character reaches the terminal raw")
                    .doesNotContain("\u001b").doesNotContain("bad\nname")
                    .as("nothing of a file outside is echoed").doesNotContain("root:");
        }
        assertThat(results).doesNotExist();
    }

    @Test
    void aPlaybookOverTheSizeCapIsRefusedBeforeItIsParsed() throws Exception {
        Path playbook = corpus.resolve("unknown-workload-parameter.yaml");
        Path huge = dir.resolve("huge.yaml");
        Files.copy(playbook, huge);
        Files.writeString(huge, "#" + "x".repeat(2 << 20) + "\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun plan = CliRun.of("plan", huge.toString());

        assertThat(plan.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plan.err()).contains(huge + ": the file is " + Files.size(huge) + " bytes, over the 1048576-byte cap");
    }

    @Test
    void aStaticHostKeyThatOthersCanReadIsRefusedByPlanAsByRun() throws Exception {
        Path key = dir.resolve("id_test");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(keygen.waitFor()).isZero();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Path playbook = Files.writeString(dir.resolve("static.yaml"), """
                name: hostile
                cloud:
                  type: static
                  hosts:
                    - name: h1
                      address: 192.0.2.10
                      user: u
                      key: %s
                      flavor: local
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                workloads:
                  - {name: memcopy}
                """.formatted(key));

        CliRun plan = CliRun.of("plan", playbook.toString());
        CliRun missing = CliRun.of("plan", Files.writeString(dir.resolve("missing.yaml"),
                Files.readString(playbook).replace(key.toString(), key + ".absent")).toString());

        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plan.err()).contains(playbook + ":8:12: cloud.hosts[0].key: host h1: key file " + key
                + " has permissions rw-r--r--");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("cloud.hosts[0].key: host h1: key file " + key + ".absent cannot be read");
    }

    private static Path source() throws URISyntaxException {
        return Path.of(HostileInputTest.class.getResource("/hostile").toURI());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path t = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(f, t);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
