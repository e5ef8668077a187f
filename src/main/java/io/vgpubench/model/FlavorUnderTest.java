package io.vgpubench.model;

import java.util.List;

/**
 * A flavor the campaign provisions: how many instances, and the concurrent task counts per GPU to
 * run on each (e.g. [1, 2] for the study's "1 task / 2 tasks" rows).
 */
public record FlavorUnderTest(String flavor, int instances, List<Integer> tasks) {
    public FlavorUnderTest {
        tasks = List.copyOf(tasks);
    }
}
