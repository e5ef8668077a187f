package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What each Ctrl-C does during a campaign, with the exit, abort and halt recorded instead of done. */
class CtrlCPressesTest {
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final CtrlC ctrlC = new CtrlC(() -> done.add("exit"), () -> done.add("abort"), () -> done.add("halt"));

    @Test
    void theFirstPressTakesTheExitPathThatTearsDown() {
        ctrlC.pressed();
        assertThat(done).containsExactly("exit");
    }

    @Test
    void theSecondPressReportsWhatIsLeftAndThenHalts() {
        ctrlC.pressed();
        ctrlC.pressed();
        assertThat(done).containsExactly("exit", "abort", "halt");
    }

    @Test
    void theSecondPressHaltsEvenWhenTheReportFails() {
        CtrlC failing = new CtrlC(() -> done.add("exit"), () -> {
            throw new IllegalStateException("journal unwritable");
        }, () -> done.add("halt"));
        failing.pressed();
        assertThatThrownBy(failing::pressed).hasMessage("journal unwritable");
        assertThat(done).containsExactly("exit", "halt");
    }

    @Test
    void aThirdPressHaltsAtOnceWithoutReportingAgain() {
        ctrlC.pressed();
        ctrlC.pressed();
        ctrlC.pressed();
        assertThat(done).containsExactly("exit", "abort", "halt", "halt");
    }

    @Test
    void aSecondPressAbortsWhileTheFirstIsStillBlockedInItsExit() throws Exception {
        CountDownLatch exiting = new CountDownLatch(1);
        CountDownLatch hookDone = new CountDownLatch(1);
        CtrlC blocking = new CtrlC(() -> {
            done.add("exit");
            exiting.countDown();
            await(hookDone); // System.exit keeps its signal thread until the shutdown hook has torn down
        }, () -> done.add("abort"), () -> done.add("halt"));
        Thread first = new Thread(blocking::pressed);
        first.start();
        exiting.await();
        blocking.pressed();
        assertThat(done).containsExactly("exit", "abort", "halt");
        hookDone.countDown();
        first.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
