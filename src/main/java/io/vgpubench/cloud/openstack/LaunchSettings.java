package io.vgpubench.cloud.openstack;

import java.time.Duration;

/**
 * How servers are started and waited for.
 *
 * @param concurrency  boot requests in flight at once
 * @param retries      boots after the first when a server ends in ERROR (NoValidHost, vGPU exhausted)
 * @param pollInitial  first wait between the bulk status reads; it grows by half up to {@code pollMax}
 * @param bootTimeout  a server not ACTIVE this long after its boot was accepted is given up (and deleted)
 * @param deleteTimeout how long teardown waits for servers to be gone
 * @param consoleWait  how long connect waits for cloud-init to print host key fingerprints to the console
 */
public record LaunchSettings(int concurrency, int retries, Duration pollInitial, Duration pollMax,
                             Duration bootTimeout, Duration deleteTimeout, Duration consoleWait) {

    /** System property that shortens the console wait (e.g. {@code 5s}) where no cloud-init runs, as in tests. */
    public static final String CONSOLE_WAIT_PROPERTY = "vgpubench.openstack.console-wait";

    public static LaunchSettings of(int concurrency, int retries) {
        return of(concurrency, retries, io.vgpubench.model.CloudSpec.OpenStack.CONSOLE_WAIT);
    }

    /** With the playbook's console wait ({@code cloud.console_wait}); the system property, where set, wins. */
    public static LaunchSettings of(int concurrency, int retries, Duration consoleWait) {
        Duration console = java.util.Optional.ofNullable(System.getProperty(CONSOLE_WAIT_PROPERTY))
                .map(io.vgpubench.model.Durations::parse).orElse(consoleWait);
        return new LaunchSettings(concurrency, retries, Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofMinutes(20), Duration.ofMinutes(10), console);
    }

    public LaunchSettings withTimeouts(Duration boot, Duration delete, Duration console) {
        return new LaunchSettings(concurrency, retries, pollInitial, pollMax, boot, delete, console);
    }

    /** The next wait between polls: half as long again, at most {@code pollMax}. */
    Duration next(Duration current) {
        Duration grown = current.plus(current.dividedBy(2));
        return grown.compareTo(pollMax) > 0 ? pollMax : grown;
    }
}
