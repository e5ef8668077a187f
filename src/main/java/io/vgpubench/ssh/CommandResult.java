package io.vgpubench.ssh;

/** What a remote command returned: its exit code and (capped) output. */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }

    /** Its stdout, or a failure naming the host, what was being done, the exit code and stderr. */
    public String require(String host, String doing) {
        if (!ok()) {
            throw new SshException(host + ": " + doing + " failed with exit code " + exitCode
                    + (stderr.isBlank() ? "" : ": " + stderr.strip()));
        }
        return stdout;
    }
}
