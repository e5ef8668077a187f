package io.vgpubench.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One logged-in SSH session to an endpoint: runs commands with a time limit and does SFTP. */
public final class SshConnection implements AutoCloseable {
    private static final int OUTPUT_CAP = 1 << 20;
    private final SshEndpoint endpoint;
    private final Session session;
    private final SshConnection jump;
    private final HostKeyCheck hostKey;
    private final SshSettings settings;
    private ChannelSftp sftp;

    /** A session that just logged in, and how its host key was accepted. */
    record Opened(Session session, HostKeyCheck hostKey) {
    }

    SshConnection(SshEndpoint endpoint, Opened opened, SshConnection jump, SshSettings settings) {
        this.endpoint = endpoint;
        this.session = opened.session();
        this.hostKey = opened.hostKey();
        this.jump = jump;
        this.settings = settings;
    }

    Session session() {
        return session;
    }

    public SshEndpoint endpoint() {
        return endpoint;
    }

    /** How the host key was verified (and, after trust on first use, which key was trusted). */
    public HostKeyCheck hostKey() {
        return hostKey;
    }

    /** How the jump host's key was verified; null without a jump host. */
    HostKeyCheck jumpHostKey() {
        return jump == null ? null : jump.hostKey();
    }

    public boolean isOpen() {
        return session.isConnected() && (jump == null || jump.isOpen());
    }

    /** Runs a command through the user's login shell; {@code what} names it in errors. */
    public CommandResult exec(String what, String command, Duration timeout) {
        ChannelExec channel = null;
        try {
            channel = (ChannelExec) open("exec", what);
            channel.setCommand(command);
            channel.setInputStream(null);
            CappedBuffer out = new CappedBuffer(OUTPUT_CAP);
            CappedBuffer err = new CappedBuffer(OUTPUT_CAP);
            channel.setOutputStream(out);
            channel.setErrStream(err);
            long deadline = System.nanoTime() + timeout.toNanos();
            channel.connect(SshSettings.millis(settings.connectTimeout()));
            while (!channel.isClosed()) {
                if (System.nanoTime() > deadline) {
                    throw new SshException(endpoint.describe() + ": " + what + " did not finish within "
                            + SshFailures.seconds(timeout), null, false);
                }
                Thread.sleep(10);
            }
            if (channel.getExitStatus() < 0 && !isOpen()) {
                throw dropped(what, null);
            }
            return new CommandResult(channel.getExitStatus(), out.text(), err.text());
        } catch (JSchException e) {
            throw isOpen() ? new SshException(endpoint.describe() + ": " + what + ": " + e.getMessage(), e, false)
                    : dropped(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshException(endpoint.describe() + ": interrupted during " + what, e, false);
        } finally {
            if (channel != null) {
                channel.disconnect();
            }
        }
    }

    /**
     * Opens a channel. jsch answers null instead of throwing when the session fails under it, often
     * before it notices the connection is gone: such a session is done, so it is closed and the failure
     * counts as a dropped connection (the caller reconnects).
     */
    private com.jcraft.jsch.Channel open(String type, String what) throws JSchException {
        com.jcraft.jsch.Channel channel = session.openChannel(type);
        if (channel == null) {
            session.disconnect();
            throw dropped(what + " (no " + type + " channel could be opened)", null);
        }
        return channel;
    }

    /** Runs SFTP operations on this connection's SFTP channel (opened on first use). */
    public synchronized <T> T sftp(String what, SftpAction<T> action) {
        try {
            if (sftp == null || !sftp.isConnected()) {
                sftp = (ChannelSftp) open("sftp", what);
                sftp.connect(SshSettings.millis(settings.connectTimeout()));
            }
            return action.run(sftp);
        } catch (SftpException e) {
            if (e.getCause() instanceof IOException && isOpen()) {
                // the transport failed under the channel (jsch notices the drop later): this session is done
                session.disconnect();
            }
            if (!isOpen()) {
                throw dropped(what, e);
            }
            throw new SftpFailure(endpoint.describe() + ": " + what + ": " + e.getMessage(), e);
        } catch (JSchException | IOException e) {
            throw isOpen() ? new SshException(endpoint.describe() + ": " + what + ": " + e.getMessage(), e, false)
                    : dropped(what, e);
        }
    }

    private SshException dropped(String what, Exception cause) {
        return new SshException(endpoint.describe() + ": the connection dropped during " + what, cause, true);
    }

    @Override
    public synchronized void close() {
        if (sftp != null) {
            sftp.disconnect();
        }
        session.disconnect();
        if (jump != null) {
            jump.close();
        }
    }

    /** SFTP work on an open channel. */
    @FunctionalInterface
    public interface SftpAction<T> {
        T run(ChannelSftp sftp) throws SftpException, IOException;
    }

    /** Collects a command's output up to a cap (the rest is dropped). */
    private static final class CappedBuffer extends java.io.ByteArrayOutputStream {
        private final int cap;

        CappedBuffer(int cap) {
            this.cap = cap;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, Math.max(0, Math.min(len, cap - count)));
        }

        @Override
        public synchronized void write(int b) {
            if (count < cap) {
                super.write(b);
            }
        }

        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }
}
