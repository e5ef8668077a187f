package io.vgpubench.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;

/** An SFTP operation the server refused (the connection itself is fine); carries the SFTP status code. */
public class SftpFailure extends SshException {
    private final int status;

    public SftpFailure(String message, SftpException cause) {
        super(message, cause, false);
        this.status = cause.id;
    }

    public boolean noSuchFile() {
        return status == ChannelSftp.SSH_FX_NO_SUCH_FILE;
    }
}
