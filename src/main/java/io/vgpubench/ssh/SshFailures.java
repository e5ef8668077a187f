package io.vgpubench.ssh;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Turns jsch's connection errors into messages that name the host and say what to do, and marks the transient ones. */
final class SshFailures {
    private SshFailures() {}

    static SshException connectFailed(JSchException e, SshEndpoint endpoint, HostKeyCheck check, SshSettings settings) {
        String who = endpoint.describe();
        if (e instanceof JSchHostKeyException && check != null && !check.accepted()) {
            return new SshException(check.refusal(endpoint.host(), endpoint.port()), null, false);
        }
        String text = String.valueOf(e.getMessage());
        Throwable cause = rootCause(e);
        if (text.startsWith("Auth fail") || text.startsWith("Auth cancel")) {
            String credential = endpoint.key() == null ? "the keys in ssh-agent" : "key " + endpoint.key();
            return new SshException(who + ": the server refused " + credential + " for user " + endpoint.user()
                    + " (public key authentication failed)", null, settings.waitForBoot());
        }
        if (cause instanceof UnknownHostException) {
            return new SshException(who + ": unknown host name " + endpoint.host() + " (DNS lookup failed)", null, false);
        }
        if (cause instanceof ConnectException) {
            return new SshException.Refused(who + ": connection refused (is sshd running and listening on port "
                    + endpoint.port() + "?)");
        }
        if (cause instanceof SocketTimeoutException || text.contains("timeout") || text.contains("timed out")) {
            return new SshException(who + ": no SSH answer within " + seconds(settings.connectTimeout())
                    + " (host down, firewalled, or stalled)", null, true);
        }
        if (cause instanceof NoRouteToHostException) {
            return new SshException(who + ": no route to host", null, true);
        }
        if (text.contains("closed by foreign host") || cause instanceof IOException) {
            return new SshException(who + ": the connection was closed during the SSH handshake ("
                    + cause.getMessage() + ")", null, true);
        }
        return new SshException(who + ": SSH connection failed: " + text, null, false);
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
