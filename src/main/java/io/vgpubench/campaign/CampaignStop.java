package io.vgpubench.campaign;

import java.util.concurrent.atomic.AtomicReference;

/**
 * How whoever owns the process's signals (the command line) stops a running campaign. {@link #tearDown}
 * tears the campaign down now and returns once that is done, so a process that exits on a signal does not
 * exit in the middle of it; {@link #abortTeardown} is for a teardown cut short: it says what may be left and
 * journals that. The engine attaches itself while a campaign runs; before and after, all three do nothing.
 */
public final class CampaignStop {
    private final AtomicReference<Running> running = new AtomicReference<>();

    /** What the running campaign does on each call. */
    interface Running {
        void say(String line);

        void tearDown(String reason);

        void abortTeardown();
    }

    void attach(Running campaign) {
        running.set(campaign);
    }

    void detach(Running campaign) {
        running.compareAndSet(campaign, null);
    }

    /** A line for the person watching, among the campaign's progress lines. */
    public void say(String line) {
        Running r = running.get();
        if (r != null) {
            r.say(line);
        }
    }

    /** Stops the runs by tearing the campaign down (once; a second caller waits for the first to finish). */
    public void tearDown(String reason) {
        Running r = running.get();
        if (r != null) {
            r.tearDown(reason);
        }
    }

    /** Names what may be left of a teardown that will not finish, and the command that removes it. */
    public void abortTeardown() {
        Running r = running.get();
        if (r != null) {
            r.abortTeardown();
        }
    }
}
