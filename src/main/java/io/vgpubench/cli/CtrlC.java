package io.vgpubench.cli;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) during a campaign. The first press says so and exits with 130, so the shutdown hook
 * ({@link CampaignSignals}) stops the runs and tears down; the second, while that teardown blocks (a hung
 * cloud API), runs the abort (what is left, and how to remove it) and halts; any later press halts at once.
 * SIGTERM keeps the JVM's own handling: exit 143 and teardown in the hook, with no abort.
 */
final class CtrlC implements AutoCloseable {
    static final String FIRST_PRESS = "interrupted: stopping runs and tearing down; press Ctrl-C again to abort"
            + " the teardown";
    private static final Signal INT = new Signal("INT");
    private final AtomicInteger presses = new AtomicInteger();
    private final Runnable exit;
    private final Runnable abort;
    private final Runnable halt;
    private SignalHandler previous;

    CtrlC(Runnable exit, Runnable abort, Runnable halt) {
        this.exit = exit;
        this.abort = abort;
        this.halt = halt;
    }

    /**
     * Handles SIGINT this way until closed. Where SIGINT is ignored (started under nohup or as a
     * background job of a script) nothing is installed, as no press can arrive.
     */
    static CtrlC install(Consumer<String> say, Runnable abort) {
        CtrlC c = new CtrlC(() -> {
            say.accept(FIRST_PRESS);
            System.exit(ExitCode.INTERRUPTED);
        }, abort, () -> Runtime.getRuntime().halt(ExitCode.INTERRUPTED));
        try {
            c.previous = Signal.handle(INT, signal -> c.pressed());
        } catch (IllegalArgumentException ignoredByThisProcess) {
            // SIGINT is ignored here: keep it so
        }
        return c;
    }

    /** One press: the first exits, the second aborts then halts (even if the abort fails), later ones halt. */
    void pressed() {
        int press = presses.incrementAndGet();
        if (press == 1) {
            exit.run();
        } else if (press == 2) {
            try {
                abort.run();
            } finally {
                halt.run();
            }
        } else {
            halt.run();
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
            previous = null;
        }
    }
}
