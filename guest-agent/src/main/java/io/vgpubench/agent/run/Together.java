package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.time.Instant;
import java.util.concurrent.Phaser;

/**
 * What the cards of an all-at-once pass share: a start line that every repetition crosses on all
 * cards together (a card that fails or finishes leaves it, so the others never wait for it), and the
 * node totals their measurements add up to. Per-card samples of such a pass are named
 * {@code <metric>_all_at_once}, apart from the same card's figures measured alone.
 */
final class Together {
    static final String PER_CARD_SUFFIX = "_all_at_once";
    private final Phaser start;
    private final NodeTotals totals;

    Together(int cards, NodeTotals totals) {
        this.start = new Phaser(cards);
        this.totals = totals;
    }

    static String perCard(String metric) {
        return metric + PER_CARD_SUFFIX;
    }

    /** Waits until every card still running is ready for its next repetition. */
    void awaitStart() throws InterruptedException {
        start.awaitAdvanceInterruptibly(start.arrive());
    }

    /** This card will cross no more start lines. */
    void leave() {
        start.arriveAndDeregister();
    }

    void measured(SampleMaker maker, int rep, Measurement m, Instant started, Instant ended) {
        totals.add(maker, rep, m, started, ended);
    }
}
