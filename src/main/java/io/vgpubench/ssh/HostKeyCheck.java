package io.vgpubench.ssh;

import java.util.List;

/**
 * What happened when a server showed its host key: the key it showed, the keys expected for it,
 * and the verdict. Turns a refusal into a message naming the host and both fingerprints.
 */
public record HostKeyCheck(String host, Fingerprint presented, List<Fingerprint> expected, Verdict verdict,
                           String source) {

    public enum Verdict { MATCHED, TRUSTED_ON_FIRST_USE, MISMATCH, UNKNOWN }

    public HostKeyCheck {
        expected = List.copyOf(expected);
    }

    public boolean accepted() {
        return verdict == Verdict.MATCHED || verdict == Verdict.TRUSTED_ON_FIRST_USE;
    }

    /** The user-facing reason a refused key was refused. */
    public String refusal(String address, int port) {
        if (verdict == Verdict.MISMATCH) {
            return "host key MISMATCH for " + host + ": the server presented " + presented
                    + " but " + source + " expects " + expected
                    + ". Someone may be intercepting the connection, or the host was reinstalled;"
                    + " refusing to connect. Check the key with the host's owner before changing " + source + ".";
        }
        return "host key of " + host + " (" + presented + ") is unknown: it is not in " + source
                + ". Refusing to connect to an unverified host. If this is the right host, add its key with: "
                + "ssh-keyscan -p " + port + " " + address + " >> " + source
                + " (and compare the fingerprint with `ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub` on the host).";
    }
}
