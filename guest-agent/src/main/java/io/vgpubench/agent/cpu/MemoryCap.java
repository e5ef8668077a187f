package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.WorkloadException;

/**
 * The CPU backend's memory cap: a workload may use at most {@code memory_fraction} of the Java heap's
 * maximum; bigger sizes are refused before anything is allocated.
 */
record MemoryCap(double fraction, long heapMax) {

    static MemoryCap of(double fraction) {
        return new MemoryCap(fraction, Runtime.getRuntime().maxMemory());
    }

    long limit() {
        return (long) (fraction * heapMax);
    }

    void check(String what, long bytes) throws WorkloadException {
        if (bytes > limit()) {
            throw new WorkloadException(what + " need " + mib(bytes) + " MiB, above the memory cap of " + mib(limit())
                    + " MiB (memory_fraction " + fraction + " of the Java heap max " + mib(heapMax)
                    + " MiB); use smaller sizes, or raise the cap or -Xmx (VGPU_AGENT_JAVA_OPTS)");
        }
    }

    /** {@code length} as a Java array length, refused when no Java array can be that long. */
    static int arrayLength(long length) throws WorkloadException {
        if (length > Integer.MAX_VALUE - 16) {
            throw new WorkloadException("an operand of " + length + " elements is too large for the CPU backend (Java arrays hold < 2^31)");
        }
        return (int) length;
    }

    static long mib(long bytes) {
        return bytes >> 20;
    }
}
