package io.vgpubench.model;

/**
 * How a flavor's share of a card is enforced on the local cloud: time-sliced (every task gets the whole card in
 * turns, as a time-sliced vGPU does) or as MPS clients, each held to a percentage of the card's SMs and, where
 * given, a device-memory limit (MPS caps SMs; a vGPU time-slices the whole card).
 */
public sealed interface Partition {

    record TimeSlice() implements Partition {
    }

    /**
     * @param smPercent     {@code CUDA_MPS_ACTIVE_THREAD_PERCENTAGE}, 1-100
     * @param memoryLimitGb {@code CUDA_MPS_PINNED_DEVICE_MEM_LIMIT} for the client's card, in GB; null for none
     */
    record Mps(int smPercent, Double memoryLimitGb) implements Partition {
        public Mps {
            if (smPercent < 1 || smPercent > 100) {
                throw new IllegalArgumentException("an MPS share takes 1-100% of the SMs, not " + smPercent);
            }
        }
    }

    static Partition timeSlice() {
        return new TimeSlice();
    }
}
