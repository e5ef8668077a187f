package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import org.junit.jupiter.api.Test;

/** The one mapping from what failed to the exit code README.md documents. */
class ExitCodeTest {

    @Test
    void eachKindOfFailureEndsTheCommandWithItsDocumentedCode() {
        assertThat(ExitCode.of(FailureKind.BAD_INPUT)).isEqualTo(2);
        assertThat(ExitCode.of(FailureKind.INFRASTRUCTURE)).isEqualTo(3);
        assertThat(ExitCode.of(FailureKind.INTERRUPTED)).isEqualTo(130);
    }

    @Test
    void aFailureEndsWithTheCodeOfItsKindAndAnyOtherExceptionWithThree() {
        assertThat(Main.exitCodeOf(VgpubenchException.badInput("playbook.yaml line 3: unknown key"))).isEqualTo(2);
        assertThat(Main.exitCodeOf(new IllegalStateException("bug"))).isEqualTo(3);
    }
}
