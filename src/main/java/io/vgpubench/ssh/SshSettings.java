package io.vgpubench.ssh;

import java.time.Duration;

/**
 * Time limits of the SSH layer.
 *
 * @param connectTimeout  TCP connect plus SSH handshake of one attempt
 * @param commandTimeout  default limit of one remote command
 * @param keepAlive       interval of keepalive messages; {@code keepAliveCountMax} unanswered ones drop the session
 * @param readiness       how long to keep retrying (with backoff) until SSH answers, e.g. while a VM boots
 * @param waitForBoot     a freshly booted VM: authentication failures are retried within {@code readiness}
 *                        (cloud-init may not have installed the key yet) and cloud-init is waited for
 * @param refusedLimit    every attempt refused for this long: nothing listens on the port, however long the
 *                        readiness is, so the wait ends there (a booting VM's sshd listens within a minute or so)
 */
public record SshSettings(Duration connectTimeout, Duration commandTimeout, Duration keepAlive, int keepAliveCountMax,
                          Duration readiness, boolean waitForBoot, Duration refusedLimit) {

    /** For cloud VMs that have just been created: 10 minutes to answer, 2 of them refusing at most. */
    public static SshSettings forNewVms() {
        return new SshSettings(Duration.ofSeconds(20), Duration.ofMinutes(5), Duration.ofSeconds(15), 4,
                Duration.ofMinutes(10), true, Duration.ofMinutes(2));
    }

    /** For hosts that already run (static hosts): a short readiness wait, bad credentials fail at once. */
    public static SshSettings forExistingHosts() {
        return new SshSettings(Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofSeconds(15), 4,
                Duration.ofSeconds(45), false, Duration.ofSeconds(45));
    }

    /** The same settings with another readiness wait (a playbook's {@code ssh_wait}); the refusal limit within it. */
    public SshSettings withReadiness(Duration wait) {
        return new SshSettings(connectTimeout, commandTimeout, keepAlive, keepAliveCountMax, wait, waitForBoot,
                refusedLimit.compareTo(wait) < 0 ? refusedLimit : wait);
    }

    static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
