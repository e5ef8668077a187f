package io.vgpubench.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import io.vgpubench.model.Partition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's own MPS daemon, against a stand-in for nvidia-cuda-mps-control (src/test/resources/mps): started
 * with its own pipe and log folders, found again by them alone, stopped with quit, killed when it ignores quit, and
 * a clear error with its log when it will not start.
 */
class MpsDaemonTest {
    static final Path STAND_IN = Path.of("src/test/resources/mps/nvidia-cuda-mps-control").toAbsolutePath();
    @TempDir
    Path tmp;
    private MpsDaemon daemon;

    @BeforeEach
    void useTheStandIn() {
        System.setProperty(MpsDaemon.BINARY_PROPERTY, STAND_IN.toString());
        daemon = new MpsDaemon(tmp.resolve("campaign"));
    }

    @AfterEach
    void stopWhatIsLeft() {
        System.setProperty(MpsDaemon.BINARY_PROPERTY, STAND_IN.toString());
        daemon.stop();
        System.clearProperty(MpsDaemon.BINARY_PROPERTY);
    }

    @Test
    void startsWithItsOwnPipeAndLogFoldersAndQuitLeavesNoProcessAndNoPipeFolder() {
        daemon.start();
        daemon.start(); // running already: nothing more

        assertThat(daemon.pipe().resolve("control")).exists();
        assertThat(daemon.pipe().toString()).as("short enough for a socket path").hasSizeLessThan(60);
        assertThat(daemon.processes()).hasSize(1);
        assertThat(new MpsDaemon(tmp.resolve("campaign")).running()).as("found again by its folders alone").isTrue();
        assertThat(tmp.resolve("campaign/mps-log/control.log")).content().contains("started");

        assertThat(daemon.stop()).isEmpty();
        assertThat(daemon.running()).isFalse();
        assertThat(daemon.pipe()).doesNotExist();
        assertThat(tmp.resolve("campaign/mps-log/control.log")).content().contains("quit");
    }

    @Test
    void aDaemonThatIgnoresQuitIsKilled() throws Exception {
        Path stubborn = script("stubborn", """
                #!/bin/sh
                mkdir -p "$CUDA_MPS_PIPE_DIRECTORY"
                if [ "$1" = "-d" ]; then
                  ( trap '' TERM; while :; do sleep 0.05; done ) > /dev/null 2>&1 < /dev/null &
                  : > "$CUDA_MPS_PIPE_DIRECTORY/control"
                fi
                exit 0
                """);
        System.setProperty(MpsDaemon.BINARY_PROPERTY, stubborn.toString());
        daemon.start();
        assertThat(daemon.running()).isTrue();

        assertThat(daemon.stop()).isEmpty();
        assertThat(daemon.running()).isFalse();
    }

    @Test
    void aDaemonThatWillNotStartIsAClearErrorWithItsLog() throws Exception {
        Path refused = script("refused", """
                #!/bin/sh
                mkdir -p "$CUDA_MPS_LOG_DIRECTORY"
                echo "Failed to start: permission denied" >> "$CUDA_MPS_LOG_DIRECTORY/control.log"
                exit 1
                """);
        System.setProperty(MpsDaemon.BINARY_PROPERTY, refused.toString());

        assertThatThrownBy(daemon::start).isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("the MPS control daemon did not start").hasMessageContaining("exited 1")
                .hasMessageContaining("Failed to start: permission denied");
    }

    @Test
    void withoutTheControlProgramMpsIsUnavailableSayingWhatToUseInstead() {
        System.setProperty(MpsDaemon.BINARY_PROPERTY, tmp.resolve("not-there").toString());

        assertThat(MpsDaemon.unavailable()).get().asString().contains("nvidia-cuda-mps-control is not on PATH")
                .contains("use time-sliced ones");
        assertThatThrownBy(daemon::start).hasMessageContaining("is not on PATH");
    }

    @Test
    void aClientIsToldThePipeFolderItsSmPercentageAndItsMemoryLimit() {
        assertThat(daemon.clientEnv(new Partition.Mps(20, 5.0)))
                .containsEntry("CUDA_MPS_PIPE_DIRECTORY", daemon.pipe().toString())
                .containsEntry("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE", "20")
                .containsEntry("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT", "0=5000M");
        assertThat(daemon.clientEnv(new Partition.Mps(50, null))).doesNotContainKey("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT");
    }

    private Path script(String name, String text) throws Exception {
        Path p = Files.writeString(tmp.resolve(name + "-nvidia-cuda-mps-control"), text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
