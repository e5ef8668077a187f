package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code memcopy} on the CPU: copies one large array into another, a slice per core, and reports
 * GB/s counting bytes read plus bytes written. Small sizes are copied several times per repetition
 * (at least {@link #MIN_MOVED} bytes) so the timer's resolution does not matter.
 */
final class MemcopyWorkload implements PreparedWorkload {
    static final long MIN_MOVED = 256L << 20;
    private final long[] src;
    private final long[] dst;
    private final Parallel parallel;
    private final int copies;

    MemcopyWorkload(Parameters p, Parallel parallel, MemoryCap cap) throws WorkloadException {
        long bytes = p.longValue("bytes");
        if (bytes < 8 || bytes % 8 != 0) {
            throw new WorkloadException("memcopy bytes must be a positive multiple of 8, got " + bytes);
        }
        cap.check("memcopy's two buffers", 2 * bytes);
        int words = MemoryCap.arrayLength(bytes / 8);
        this.src = new long[words];
        this.dst = new long[words];
        this.parallel = parallel;
        this.copies = (int) Math.max(1, MIN_MOVED / (2 * bytes));
        fill(new SplittableRandom());
    }

    private void fill(SplittableRandom random) {
        for (int i = 0; i < src.length; i++) {
            src[i] = random.nextLong();
        }
    }

    private void copy() throws WorkloadException {
        int slice = Math.max(1 << 16, (src.length + parallel.threads() - 1) / parallel.threads());
        List<Runnable> tasks = new ArrayList<>();
        for (int from = 0; from < src.length; from += slice) {
            int start = from;
            int len = Math.min(slice, src.length - from);
            tasks.add(() -> System.arraycopy(src, start, dst, start, len));
        }
        Interrupts.run(() -> parallel.run(tasks));
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        long t0 = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            copy();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double moved = 2.0 * 8 * src.length * copies;
        return List.of(new Measurement("bandwidth", moved / seconds / 1e9, "GB/s", true));
    }

    @Override
    public Verification verify() throws WorkloadException {
        fill(new SplittableRandom());
        Arrays.fill(dst, 0L);
        copy();
        int at = Arrays.mismatch(src, dst);
        return Verification.within(at < 0 ? 0 : 1, 0,
                at < 0 ? "all " + src.length + " words copied" : "first wrong word at index " + at);
    }

    @Override
    public void close() {
        // the arrays go with this object
    }
}
