package io.vgpubench.ssh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SFTP file access that counts files open for writing at once (the highest count in {@code most}) and
 * slows each write by a millisecond, so uploads that could overlap do.
 */
final class SlowCountedWrites implements SftpFileSystemAccessor {
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
                                        Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        SeekableByteChannel channel = SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle, options, attrs);
        if (!options.contains(StandardOpenOption.WRITE)) {
            return channel;
        }
        most.accumulateAndGet(open.incrementAndGet(), Math::max);
        return new Counted(channel);
    }

    private final class Counted extends ChannelOnTop {
        private boolean closed;

        Counted(SeekableByteChannel inner) {
            super(inner);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return inner.write(src);
        }

        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                open.decrementAndGet();
            }
            inner.close();
        }
    }
}
