package io.vgpubench.cloud.openstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The SSH host key fingerprints cloud-init prints to the console between
 * {@code -----BEGIN SSH HOST KEY FINGERPRINTS-----} and {@code -----END SSH HOST KEY FINGERPRINTS-----}
 * (each line prefixed by {@code ci-info:} or {@code ec2:} on most images). Only lines inside a complete
 * block count; the last complete block wins (a reboot prints a new one).
 */
final class ConsoleFingerprints {
    private static final String BEGIN = "-----BEGIN SSH HOST KEY FINGERPRINTS-----";
    private static final String END = "-----END SSH HOST KEY FINGERPRINTS-----";

    private ConsoleFingerprints() {}

    private static final java.util.regex.Pattern FINISHED =
            java.util.regex.Pattern.compile("Cloud-init v\\. \\S+ finished at");

    /**
     * True once the console shows cloud-init's last line ({@code Cloud-init v. 23.1 finished at ...}): it prints
     * the fingerprints before that, so none by then means none will come.
     */
    static boolean bootFinished(String console) {
        return console != null && FINISHED.matcher(console).find();
    }

    /** The fingerprint lines ({@code 256 SHA256:... root@host (ED25519)}), empty when no complete block. */
    static List<String> parse(String console) {
        List<String> last = List.of();
        List<String> current = null;
        for (String raw : console.split("\\R")) {
            String line = raw.replaceFirst("^\\s*(\\[[^]]*]\\s*)?(ec2|ci-info):\\s*", "").strip();
            if (line.contains(BEGIN)) {
                current = new ArrayList<>();
            } else if (line.contains(END)) {
                if (current != null) {
                    last = List.copyOf(current);
                }
                current = null;
            } else if (current != null && line.contains("SHA256:")) {
                current.add(line);
            }
        }
        return last;
    }
}
