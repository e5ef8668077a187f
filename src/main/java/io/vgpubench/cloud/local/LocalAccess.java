package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.HostAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * This machine as the run protocol sees a host: scripts are /bin/sh child processes in the instance's
 * folder; reads and writes are plain file operations, so reading events costs no process.
 */
final class LocalAccess implements HostAccess {
    private final Path dir;

    LocalAccess(Path dir) {
        this.dir = dir;
    }

    @Override
    public String run(String what, String script) {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", script).directory(dir.toFile()).start();
            p.getOutputStream().close();
            String out = text(p.getInputStream()); // the protocol's scripts write little to stderr: no deadlock
            String err = text(p.getErrorStream()).strip();
            int code = p.waitFor(); // the protocol's scripts end on their own, the longest after two graces
            if (code != 0) {
                throw failure(what + " failed with exit code " + code + (err.isEmpty() ? "" : ": " + err), null);
            }
            return out;
        } catch (IOException e) {
            throw failure(what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted during " + what, e);
        }
    }

    @Override
    public byte[] read(String path, long offset, int max) {
        Path file = dir.resolve(path);
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buf = new byte[(int) Math.max(0, Math.min(raf.length() - offset, max))];
            raf.seek(offset);
            raf.readFully(buf);
            return buf;
        } catch (IOException e) {
            throw failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = dir.resolve(path);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "this machine (" + dir + ")";
    }

    private VgpubenchException failure(String message, Exception cause) {
        return VgpubenchException.infrastructure("local instance " + dir + ": " + message, cause);
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
