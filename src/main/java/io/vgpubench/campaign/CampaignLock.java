package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.results.CampaignFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One controller at a time per campaign: run, resume and teardown hold an OS lock on
 * {@code controller.lock} in the campaign's folder, and write who holds it there. Two controllers on one
 * campaign would drive the same instances twice, append the same samples twice and tear down under each
 * other. The OS drops the lock when its process ends, however it ends (SIGKILL included), so a dead
 * controller never blocks a resume.
 */
final class CampaignLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CampaignLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the campaign's lock, or refuses (bad input: nothing done) naming the controller that holds it. */
    static CampaignLock take(CampaignFolder dir, String doing) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw VgpubenchException.badInput("cannot " + doing + " campaign " + dir.id() + ": another controller "
                        + "is working on it now (" + holder(dir).orElse("its details are not readable") + "). Let it "
                        + "finish, or stop it (Ctrl-C tears the campaign down; `vgpubench resume " + dir.root()
                        + "` continues it afterwards)");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + host() + ", " + doing
                    + " since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new CampaignLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw VgpubenchException.infrastructure("cannot lock " + dir.lock() + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock, as it wrote itself down; empty when nobody wrote or it cannot be read. */
    static Optional<String> holder(CampaignFolder dir) {
        try {
            String text = Files.readString(dir.lock(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when a controller (another process, or this one) holds the campaign's lock now. */
    static boolean held(CampaignFolder dir) {
        if (!Files.exists(dir.lock())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dir.lock(), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** This machine's name without asking DNS (which may hang where it is misconfigured). */
    private static String host() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("this machine");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock all the same
        }
        closeQuietly(channel);
    }
}
