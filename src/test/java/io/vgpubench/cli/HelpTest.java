package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What `--help` prints, and that picocli has nothing to warn about while printing it (it warns on System.err). */
class HelpTest {
    private static String picocliWarnings(String... args) {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            return err.toString(StandardCharsets.UTF_8) + run.err();
        } finally {
            System.setErr(before);
        }
    }

    @Test
    void rootHelpPrintsNoPicocliWarning() {
        assertThat(picocliWarnings("--help")).doesNotContain("picocli WARN").doesNotContain("Could not format");
    }

    @Test
    void everySubcommandsHelpPrintsNoPicocliWarning() {
        for (String sub : Main.commandLine(new java.io.PrintWriter(System.out), new java.io.PrintWriter(System.err))
                .getSubcommands().keySet()) {
            assertThat(picocliWarnings(sub, "--help")).as(sub).doesNotContain("picocli WARN").doesNotContain("Could not format");
        }
    }
}
