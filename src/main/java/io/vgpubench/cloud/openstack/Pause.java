package io.vgpubench.cloud.openstack;

import java.time.Duration;

/** Waiting between polls: false (with the thread's interrupt flag set again) when interrupted. */
final class Pause {
    private Pause() {}

    static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
