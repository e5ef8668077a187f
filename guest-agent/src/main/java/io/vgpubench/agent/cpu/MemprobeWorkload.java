package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code memprobe} on the CPU: what the Java heap says it can still hand out (its maximum less what is
 * in use) against what can really be allocated, in chunks, each page written and read back, then freed.
 * This is the CPU analogue of the study's vGPU that reports more memory than it has: a heap whose
 * maximum is larger than its largest generation, or than the memory the guest really has, shows a
 * shortfall here instead of failing later. The probe stops at the memory cap
 * ({@code memory_fraction} of what is reported), and the shortfall is measured against that limit.
 */
final class MemprobeWorkload implements PreparedWorkload {
    private static final int PAGE = 4096;
    private final long chunk;
    private final double fraction;
    private long pagesWrong;

    MemprobeWorkload(Parameters p, MemoryCap cap) throws WorkloadException {
        long mb = p.longValue("chunk_mb");
        if (mb < 1 || mb > 1024) {
            throw new WorkloadException("memprobe chunk_mb must be in [1, 1024], got " + mb);
        }
        this.chunk = mb << 20;
        this.fraction = cap.fraction();
    }

    static long reportedFree() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Allocates up to {@code limit} bytes in chunks; returns the bytes it got. */
    private long probe(long limit) throws WorkloadException {
        List<byte[]> held = new ArrayList<>();
        long got = 0;
        try {
            while (got < limit) {
                Parallel.checkInterrupt();
                byte[] block = new byte[(int) Math.min(chunk, limit - got)];
                held.add(block);
                pagesWrong += touch(block, held.size());
                got += block.length;
            }
        } catch (OutOfMemoryError full) {
            // the point of the probe: this is where the heap really ends
        } catch (java.util.concurrent.CancellationException e) {
            throw new WorkloadException("interrupted (the run was stopped)");
        } finally {
            held.clear();
        }
        return got;
    }

    private static long touch(byte[] block, int mark) {
        long wrong = 0;
        for (int i = 0; i < block.length; i += PAGE) {
            block[i] = (byte) (mark + i / PAGE);
        }
        for (int i = 0; i < block.length; i += PAGE) {
            wrong += block[i] == (byte) (mark + i / PAGE) ? 0 : 1;
        }
        return wrong;
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        long reported = reportedFree();
        long limit = (long) (fraction * reported);
        long got = probe(limit);
        return List.of(
                new Measurement("reported_free", reported, "bytes", true),
                new Measurement("allocatable", got, "bytes", true),
                new Measurement("shortfall_pct", 100.0 * (limit - got) / limit, "%", false));
    }

    @Override
    public Verification verify() throws WorkloadException {
        pagesWrong = 0;
        long got = probe(Math.min(4 * chunk, (long) (fraction * reportedFree())));
        return Verification.within(pagesWrong, 0, "wrote and read back every page of " + (got >> 20) + " MiB");
    }

    @Override
    public void close() {
        // nothing held between repetitions
    }
}
