package io.vgpubench.agenthost;

/**
 * What the run protocol needs of a host: run a shell script, read a file from a byte offset, write a file
 * atomically. Paths are relative to the host's working folder (the login directory over SSH, the
 * instance's folder locally). Implemented over jsch exec and SFTP, and over local processes and files.
 */
public interface HostAccess {

    /**
     * Runs {@code script} with /bin/sh in the working folder and returns its standard output; a non-zero
     * exit status throws, naming the host, {@code what} was being done, the status and standard error.
     */
    String run(String what, String script);

    /** Up to {@code max} bytes of a file from {@code offset} on; none when it is missing or no longer than that. */
    byte[] read(String path, long offset, int max);

    /** Writes {@code content} to {@code path} whole or not at all: a reader sees the old file or the new one. */
    void write(String path, byte[] content);

    /** The host in messages, e.g. {@code vm-1 (ubuntu@10.0.0.5:22)} or {@code this machine (/path/to/instance)}. */
    String describe();
}
