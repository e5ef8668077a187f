package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;

/** Writes playbooks into a folder and loads them against the shipped catalogs. */
final class PlaybookFixture {
    static final Path HOME = Path.of(System.getProperty("vgpubench.home", "")).toAbsolutePath();

    private final Path dir;

    PlaybookFixture(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Playbook load(String text) {
        return PlaybookLoader.forHome(HOME).load(write("p.yaml", text));
    }

    /** Asserts that loading fails as bad input (exit 2) and returns the assertion on the message. */
    AbstractThrowableAssert<?, ? extends Throwable> rejects(String text) {
        Path file = write("p.yaml", text);
        return assertThatThrownBy(() -> PlaybookLoader.forHome(HOME).load(file))
                .isInstanceOfSatisfying(VgpubenchException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.kind()).isEqualTo(io.vgpubench.FailureKind.BAD_INPUT));
    }

    /** The name problems give the playbook file written by {@link #rejects}. */
    String file() {
        return dir.resolve("p.yaml").toString();
    }
}
