package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The passes one run makes over the cards: one card alone, every card alone in turn, or every card
 * alone and then all at once (synchronized start each repetition, node totals, and the scaling
 * efficiency against the same run's figures alone).
 */
final class CardPasses {
    private final Cards cards;
    private final RunSpec spec;
    private final RunRequest run;
    private final EventLog log;
    /** The group's common start, where the run's slots count from. */
    private final Instant origin;
    /** Where the agent works (its run folder): a command's files and scratch folder are there. */
    private final Path workDir;

    /** How one card's pass ended, labelled for the progress line and run_failed message. */
    record Result(String label, RunOutcome outcome, RunBody body) {
        String describe() {
            return label + ": " + (outcome.ok() ? outcome.summary() : outcome.message());
        }
    }

    CardPasses(Cards cards, RunSpec spec, RunRequest run, EventLog log, Instant origin, Path workDir) {
        this.cards = cards;
        this.workDir = workDir;
        this.origin = origin;
        this.spec = spec;
        this.run = run;
        this.log = log;
    }

    Result alone(int index, String label) throws InterruptedException {
        Backend backend;
        try {
            backend = cards.card(index);
        } catch (NoBackendException e) {
            return new Result(label, RunOutcome.failed(0, e.getMessage()), null);
        }
        Gate gate = new Gate(log);
        RunBody body = new RunBody(index, backend, spec, run, gate, null, origin, workDir);
        return new Result(label, Pass.run(List.of(body), gate, run.timeLimitSeconds()).get(0), body);
    }

    List<Result> eachAlone(String labelFormat) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < cards.count(); i++) {
            results.add(alone(i, String.format(labelFormat, i)));
        }
        return results;
    }

    List<Result> allCards() throws InterruptedException {
        List<Result> results = new ArrayList<>(eachAlone("card %d alone"));
        if (results.stream().anyMatch(r -> r.body() == null)) {
            return results;
        }
        Gate gate = new Gate(log);
        Map<String, Double> aloneSum = results.stream().allMatch(r -> r.outcome().ok()) ? aloneSum(results) : Map.of();
        Together together = new Together(cards.count(), new NodeTotals(cards.count(), aloneSum, gate));
        List<RunBody> bodies = new ArrayList<>();
        for (int i = 0; i < cards.count(); i++) {
            bodies.add(new RunBody(i, results.get(i).body().backend(), spec, run, gate, together, origin, workDir));
        }
        List<RunOutcome> outcomes = Pass.run(bodies, gate, run.timeLimitSeconds());
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(new Result("card " + i + " with all at once", outcomes.get(i), bodies.get(i)));
        }
        return results;
    }

    /** Per metric measured on every card: the sum over the cards of each card's median alone. */
    static Map<String, Double> aloneSum(List<Result> alone) {
        Map<String, Double> sum = new HashMap<>();
        Map<String, Integer> cardsWith = new HashMap<>();
        for (Result r : alone) {
            r.body().values().forEach((metric, values) -> {
                sum.merge(metric, median(values), Double::sum);
                cardsWith.merge(metric, 1, Integer::sum);
            });
        }
        sum.keySet().removeIf(metric -> cardsWith.get(metric) != alone.size());
        return sum;
    }

    private static double median(List<Double> values) {
        return Summary.median(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }
}
