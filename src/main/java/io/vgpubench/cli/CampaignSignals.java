package io.vgpubench.cli;

import io.vgpubench.campaign.CampaignStop;

/**
 * What SIGINT and SIGTERM do while run or resume works on a campaign: a shutdown hook tears the campaign
 * down before the JVM exits (SIGTERM: 143; the first Ctrl-C: 130), and a second Ctrl-C aborts that teardown
 * after saying what is left ({@link CtrlC}). Both go back to the JVM's defaults when closed.
 */
final class CampaignSignals implements AutoCloseable {
    static final String REASON = "interrupted (signal)";
    private final Thread hook;
    private final CtrlC ctrlC;

    private CampaignSignals(Thread hook, CtrlC ctrlC) {
        this.hook = hook;
        this.ctrlC = ctrlC;
    }

    static CampaignSignals install(CampaignStop stop) {
        Thread hook = new Thread(() -> stop.tearDown(REASON), "vgpubench-teardown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new CampaignSignals(hook, CtrlC.install(stop::say, stop::abortTeardown));
    }

    @Override
    public void close() {
        ctrlC.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
