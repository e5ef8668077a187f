package io.vgpubench.report;

import io.vgpubench.contract.event.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * How far the cards of one instance differ on one metric: each card's median, the lowest and highest
 * of them, and their coefficient of variation, with the worst card named, so one slow card (the study's
 * turbo set on one card only) stands out. Made only where an instance reported two or more cards.
 *
 * @param cardMedians per card index, its median value
 * @param worstCard   the card with the lowest median (highest when lower is better)
 */
public record CardSpread(String flavor, String instance, String workload, String metric, String unit,
                         boolean higherIsBetter, Map<Integer, Double> cardMedians, int worstCard, String worstUuid) {

    /** The column heads of a per-card spread table (report.md and report.html). */
    static final List<String> HEADER = List.of("Flavor", "Instance", "Workload", "Metric", "Cards", "Card medians", "Min",
            "Max", "CV % across cards", "Worst card");

    /** This spread as the cells of a {@link #HEADER} row. */
    List<String> cells() {
        StringBuilder medians = new StringBuilder();
        cardMedians.forEach((card, v) -> medians.append(medians.length() == 0 ? "" : ", ").append(card).append(": ")
                .append(Fmt.sig(v)));
        return List.of(flavor, instance, workload, metric + " (" + unit + ")", String.valueOf(cardMedians.size()),
                medians.toString(), Fmt.sig(min()), Fmt.sig(max()), Fmt.fixed(cvPct(), 2),
                worstCard + (worstUuid == null ? "" : " (" + worstUuid + ")"));
    }

    public double min() {
        return cardMedians.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return cardMedians.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The coefficient of variation of the card medians, in percent. */
    public double cvPct() {
        DescriptiveStatistics s = new DescriptiveStatistics(cardMedians.values().stream().mapToDouble(Double::doubleValue).toArray());
        return 100 * s.getStandardDeviation() / s.getMean();
    }

    /** The spreads of every instance, workload and metric measured on more than one card. */
    static List<CardSpread> of(List<Sample> samples, WorkloadLabels labels) {
        Map<String, Map<Integer, List<Sample>>> groups = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (s.deviceIndex() != null) {
                String key = s.flavor() + "\n" + s.instance() + "\n" + labels.label(s) + "\n" + s.metric();
                groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(s.deviceIndex(), k -> new ArrayList<>()).add(s);
            }
        }
        List<CardSpread> out = new ArrayList<>();
        groups.forEach((key, byCard) -> {
            if (byCard.size() > 1) {
                out.add(of(key.split("\n"), byCard));
            }
        });
        return out;
    }

    private static CardSpread of(String[] key, Map<Integer, List<Sample>> byCard) {
        Map<Integer, Double> medians = new TreeMap<>();
        byCard.forEach((card, list) -> medians.put(card,
                new DescriptiveStatistics(list.stream().mapToDouble(Sample::value).toArray()).getPercentile(50)));
        Sample first = byCard.values().iterator().next().get(0);
        int worst = medians.entrySet().stream().min((a, b) -> first.higherIsBetter()
                ? Double.compare(a.getValue(), b.getValue()) : Double.compare(b.getValue(), a.getValue())).orElseThrow().getKey();
        io.vgpubench.contract.event.DeviceFacts facts = byCard.get(worst).get(0).device();
        String uuid = facts == null ? null : facts.uuid();
        return new CardSpread(key[0], key[1], key[2], key[3], first.unit(), first.higherIsBetter(), medians, worst,
                uuid == null ? null : uuid.toString());
    }
}
