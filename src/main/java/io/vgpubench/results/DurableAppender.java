package io.vgpubench.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends to a file and returns only once the bytes are on disk. Concurrent callers share one fsync
 * (group commit): a caller whose bytes another caller's fsync already covered returns without its
 * own, so hundreds of instances reporting at once do not queue behind hundreds of fsyncs. A write that fails part
 * way (a full disk) is cut back off, so the file never holds a piece of a line that later lines would follow. The
 * file is opened without following a symbolic link.
 */
public final class DurableAppender implements AutoCloseable {
    private final FileChannel channel;
    private final Object forceLock = new Object();
    private long written;
    private long forced;

    public DurableAppender(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the bytes as one piece and waits until they (and everything before them) are durable. */
    public void append(byte[] bytes) throws IOException {
        long mine;
        synchronized (this) {
            long before = channel.size();
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            try {
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                cutBack(before, e);
                throw e;
            }
            mine = ++written;
        }
        synchronized (forceLock) {
            if (forced >= mine) {
                return;
            }
            long upTo;
            synchronized (this) {
                upTo = written;
            }
            channel.force(false);
            forced = upTo;
        }
    }

    private void cutBack(long size, IOException cause) {
        try {
            channel.truncate(size);
        } catch (IOException again) {
            cause.addSuppressed(again); // the reader's torn-tail rule and the next opening cut it instead
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
