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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One controller at a time per campaign: run, resume and teardown hold an OS lock on
 * {@code controller.lock} in the campaign's folder, and write who holds it there, and a second lock on this
 * machine named after the campaign's id ({@link #machineLock}), so that a copy of the folder (which has a lock
 * file of its own) cannot be used to drive or tear down a campaign another controller holds. Two controllers on
 * one campaign would drive the same instances twice, append the same samples twice and tear down under each
 * other. The OS drops both locks when its process ends, however it ends (SIGKILL included), so a dead controller
 * never blocks a resume.
 */
final class CampaignLock implements AutoCloseable {
    /** Where the machine-wide locks are (a system property, for tests and for hosts whose tmp is per session). */
    static final String LOCKS_PROPERTY = "vgpubench.locks";
    private final FileChannel channel;
    private final FileLock lock;
    private final FileChannel idChannel;

    private CampaignLock(FileChannel channel, FileLock lock, FileChannel idChannel) {
        this.channel = channel;
        this.lock = lock;
        this.idChannel = idChannel;
    }

    /** This machine's lock for campaign {@code id}, whichever folder holds the campaign. */
    static Path machineLock(String id) {
        String root = System.getProperty(LOCKS_PROPERTY);
        Path dir = root != null ? Path.of(root) : Path.of(System.getProperty("java.io.tmpdir"),
                "vgpubench-locks-" + System.getProperty("user.name", "user"));
        return dir.resolve(id + ".lock");
    }

    /**
     * Takes the campaign's locks (its folder's and this machine's for {@code id}), or refuses (bad input: nothing
     * done) naming the controller that holds it.
     */
    static CampaignLock take(CampaignFolder dir, String id, String doing) {
        FileChannel idChannel = null;
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw VgpubenchException.badInput("cannot " + doing + " campaign " + dir.id() + ": another controller "
                        + "is working on it now (" + holder(dir).orElse("its details are not readable") + "). Let it "
                        + "finish, or stop it (Ctrl-C tears the campaign down; `vgpubench resume " + dir.root()
                        + "` continues it afterwards)");
            }
            Path machine = machineLock(id);
            Files.createDirectories(machine.getParent());
            idChannel = FileChannel.open(machine, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            if (tryLock(idChannel) == null) {
                throw VgpubenchException.badInput("cannot " + doing + " campaign " + id + " from " + dir.root()
                        + ": another controller on this machine holds campaign " + id + " now (from another folder,"
                        + " of which this may be a copy). Let it finish, or stop it first");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + host() + ", " + doing
                    + " since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new CampaignLock(channel, lock, idChannel);
        } catch (IOException e) {
            closeQuietly(channel);
            closeQuietly(idChannel);
            throw VgpubenchException.infrastructure("cannot lock " + dir.lock() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            closeQuietly(idChannel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /** True when a controller on this machine holds campaign {@code id}, from whichever folder. */
    static boolean heldOnThisMachine(String id) {
        return held(machineLock(id));
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
        return held(dir.lock());
    }

    private static boolean held(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
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
        closeQuietly(idChannel); // releases the machine's lock; the file stays, empty, for the next taker
    }
}
