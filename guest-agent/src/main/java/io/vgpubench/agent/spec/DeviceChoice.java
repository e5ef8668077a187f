package io.vgpubench.agent.spec;

import io.vgpubench.contract.spec.RunRequest;
/**
 * Which cards one run uses: a single card by its index, each card in turn, or all cards (each alone
 * first, then all at once with a synchronized start, so the node total can be set against the sum of
 * the cards alone). Written in a spec as "0", "1", …, "each" or "all"; absent means card 0.
 */
public sealed interface DeviceChoice {

    /** One card, by its index among the cards the agent sees. */
    record One(int index) implements DeviceChoice {}

    /** Every card in turn, one at a time. */
    record Each() implements DeviceChoice {}

    /** Every card alone, then every card at once. */
    record All() implements DeviceChoice {}

    /** The choice a spec's text names; null or blank means card 0. */
    static DeviceChoice parse(String text) {
        if (text == null || text.isBlank()) {
            return new One(0);
        }
        return switch (text.trim()) {
            case "each" -> new Each();
            case "all" -> new All();
            default -> new One(index(text.trim()));
        };
    }

    /** The choice of {@code run}, which {@link SpecChecks} has already checked. */
    static DeviceChoice of(RunRequest run) {
        return parse(run.devices());
    }

    private static int index(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("must be a card index (0, 1, …), each or all, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
