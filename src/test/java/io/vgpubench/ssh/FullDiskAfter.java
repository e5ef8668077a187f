package io.vgpubench.ssh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SFTP file access whose disk fills up after {@code limit} bytes written: each write past it fails with
 * the "No space left on device" a full file system gives (a fault a real server will not produce on demand).
 */
final class FullDiskAfter implements SftpFileSystemAccessor {
    private final long limit;
    private long written;

    FullDiskAfter(long limit) {
        this.limit = limit;
    }

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
                                        Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        SeekableByteChannel channel = SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle, options, attrs);
        return options.contains(StandardOpenOption.WRITE) ? new Filling(channel) : channel;
    }

    private final class Filling extends ChannelOnTop {
        Filling(SeekableByteChannel inner) {
            super(inner);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            synchronized (FullDiskAfter.this) {
                if (written + src.remaining() > limit) {
                    throw new IOException("No space left on device");
                }
                written += src.remaining();
            }
            return inner.write(src);
        }
    }
}
