package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import io.vgpubench.contract.event.AgentEvent;
import java.util.function.Consumer;

/**
 * Adds up the cards' rates (higher-is-better metrics in units per second) repetition by repetition
 * while all cards run at once, and writes the node total, {@code <metric>_node_total}, as soon as every
 * card has reported that repetition; a repetition some card never reached gets no total. When the
 * cards were measured alone in the same run, it also writes {@code <metric>_scaling_efficiency}: the
 * node total over the sum of the cards' medians alone, which is total / (cards × mean card alone).
 */
final class NodeTotals {
    static final String TOTAL_SUFFIX = "_node_total";
    static final String EFFICIENCY_SUFFIX = "_scaling_efficiency";
    private final int cards;
    private final Map<String, Double> aloneSum;
    private final Consumer<AgentEvent> out;
    private final Map<String, Partial> partial = new HashMap<>();

    /** @param aloneSum per metric, the sum over the cards of their median alone (empty when unknown) */
    NodeTotals(int cards, Map<String, Double> aloneSum, Consumer<AgentEvent> out) {
        this.cards = cards;
        this.aloneSum = Map.copyOf(aloneSum);
        this.out = out;
    }

    static boolean isRate(Measurement m) {
        return m.higherIsBetter() && m.unit().endsWith("/s");
    }

    synchronized void add(SampleMaker maker, int rep, Measurement m, Instant started, Instant ended) {
        if (!isRate(m)) {
            return;
        }
        String key = rep + "/" + m.metric();
        Partial p = partial.computeIfAbsent(key, k -> new Partial());
        p.add(m.value(), started, ended);
        if (p.count < cards) {
            return;
        }
        partial.remove(key);
        out.accept(maker.make(rep, null, new Measurement(m.metric() + TOTAL_SUFFIX, p.sum, m.unit(), true), p.first, p.last, null));
        Double alone = aloneSum.get(m.metric());
        if (alone != null && alone > 0) {
            out.accept(maker.make(rep, null, new Measurement(m.metric() + EFFICIENCY_SUFFIX, p.sum / alone, "ratio", true),
                    p.first, p.last, null));
        }
    }

    private static final class Partial {
        int count;
        double sum;
        Instant first;
        Instant last;

        void add(double value, Instant started, Instant ended) {
            count++;
            sum += value;
            first = first == null || started.isBefore(first) ? started : first;
            last = last == null || ended.isAfter(last) ? ended : last;
        }
    }
}
