package io.vgpubench.ssh;

import java.util.function.Consumer;

/** Hears how far an upload has come. */
@FunctionalInterface
public interface UploadProgress {
    long LARGE = 1L << 20;

    void update(long sent, long total);

    static UploadProgress none() {
        return (sent, total) -> { };
    }

    /** Prints a line every 10 % (and at the end) for uploads of a megabyte or more; smaller ones stay quiet. */
    static UploadProgress percentLines(String label, Consumer<String> out) {
        int[] lastDecile = {-1};
        return (sent, total) -> {
            if (total < LARGE) {
                return;
            }
            int decile = (int) (sent * 10 / total);
            if (decile > lastDecile[0]) {
                lastDecile[0] = decile;
                out.accept(String.format("%s: %d%% (%.1f of %.1f MB)", label, decile * 10, sent / 1e6, total / 1e6));
            }
        };
    }
}
