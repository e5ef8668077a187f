package io.vgpubench.sharing;

import io.vgpubench.contract.event.Sample;

/** A sample with its overlap verdict and how many co-runners were found for it. */
public record CheckedSample(Sample sample, Overlap overlap, int coRunners) {

    public boolean proven() {
        return overlap.proven();
    }
}
