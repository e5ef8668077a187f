package io.vgpubench.report;

import io.vgpubench.model.AdaptiveRepetitions;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Threshold;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.sharing.Sharing;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Series;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report is made from: the campaign id, the baseline flavor, what is known of each flavor
 * (in the order tables list them), the observations (raw values), summary-level series (published
 * mean, sd, n; may be empty), device facts seen (one entry per card), agent warnings, failed runs, the
 * thresholds to check, the spread across cards of instances that measured several, and what is known of
 * co-tenants ({@link Sharing}: each sample's overlap with its co-runners; only proven samples become
 * observations, the others are counted and left out), and the adaptive-repetitions rule the campaign ran under
 * (null for a fixed count: its intervals are at the rule's level, and the report says where each workload stopped).
 */
public record ReportInput(String campaign, String baselineFlavor, Map<String, FlavorInfo> flavors,
                          List<Observation> observations, List<Series> summarySeries, List<DeviceSeen> devices,
                          List<String> warnings, List<String> failures, List<Threshold> thresholds,
                          List<CardSpread> cards, Sharing sharing, AdaptiveRepetitions adaptive) {

    public ReportInput {
        cards = List.copyOf(cards);
        flavors = new LinkedHashMap<>(flavors);
        observations = List.copyOf(observations);
        summarySeries = List.copyOf(summarySeries);
        devices = List.copyOf(devices);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
        thresholds = List.copyOf(thresholds);
        sharing = sharing == null ? Sharing.none() : sharing;
    }

    /** With co-tenancy findings, for a fixed number of repetitions. */
    public ReportInput(String campaign, String baselineFlavor, Map<String, FlavorInfo> flavors,
                       List<Observation> observations, List<Series> summarySeries, List<DeviceSeen> devices,
                       List<String> warnings, List<String> failures, List<Threshold> thresholds,
                       List<CardSpread> cards, Sharing sharing) {
        this(campaign, baselineFlavor, flavors, observations, summarySeries, devices, warnings, failures, thresholds,
                cards, sharing, null);
    }

    /** The same input, taken under an adaptive-repetitions rule (null: a fixed count). */
    public ReportInput withAdaptive(AdaptiveRepetitions rule) {
        return new ReportInput(campaign, baselineFlavor, flavors, observations, summarySeries, devices, warnings,
                failures, thresholds, cards, sharing, rule);
    }

    /** The confidence level of the overhead intervals: the adaptive rule's, else 95%. */
    public double intervalLevel() {
        return adaptive == null ? 0.95 : adaptive.level();
    }

    /** Without co-tenancy findings (inputs other than samples). */
    public ReportInput(String campaign, String baselineFlavor, Map<String, FlavorInfo> flavors,
                       List<Observation> observations, List<Series> summarySeries, List<DeviceSeen> devices,
                       List<String> warnings, List<String> failures, List<Threshold> thresholds,
                       List<CardSpread> cards) {
        this(campaign, baselineFlavor, flavors, observations, summarySeries, devices, warnings, failures, thresholds,
                cards, Sharing.none());
    }

    /** Without per-card figures (summary-level inputs, single-card campaigns). */
    public ReportInput(String campaign, String baselineFlavor, Map<String, FlavorInfo> flavors,
                       List<Observation> observations, List<Series> summarySeries, List<DeviceSeen> devices,
                       List<String> warnings, List<String> failures, List<Threshold> thresholds) {
        this(campaign, baselineFlavor, flavors, observations, summarySeries, devices, warnings, failures, thresholds,
                List.of());
    }

    /** The engine's entry: samples as collected, with the playbook's flavors (the baseline among them). */
    public static ReportInput fromSamples(String campaign, String baselineFlavor, Collection<Flavor> flavors,
                                          List<Sample> samples, List<String> warnings, List<String> failures,
                                          List<Threshold> thresholds) {
        Map<String, FlavorInfo> infos = new LinkedHashMap<>();
        flavors.forEach(f -> infos.put(f.name(), FlavorInfo.of(f)));
        return fromSamples(campaign, baselineFlavor, infos, samples, warnings, failures, thresholds);
    }

    public static ReportInput fromSamples(String campaign, String baselineFlavor, Map<String, FlavorInfo> flavors,
                                          List<Sample> samples, List<String> warnings, List<String> failures,
                                          List<Threshold> thresholds) {
        List<Observation> obs = new ArrayList<>();
        Map<String, DeviceSeen> devices = new LinkedHashMap<>();
        WorkloadLabels labels = new WorkloadLabels(samples);
        Sharing sharing = Sharing.of(samples, labels::label, baselineFlavor);
        List<Sample> proven = sharing.proven();
        for (Sample s : proven) {
            FlavorInfo info = flavors.getOrDefault(s.flavor(), FlavorInfo.unknown());
            obs.add(new Observation(s.flavor(), labels.label(s), s.metric(), s.unit(), s.higherIsBetter(),
                    Math.max(1, s.tasks()), s.value(), s.repetition(), info.shareFraction(), s.startedAt(), obs.size()));
        }
        for (Sample s : samples) {
            if (s.device() != null && !s.device().known().isEmpty()) {
                String card = s.deviceIndex() == null || s.deviceIndex() == 0 ? "" : " card " + s.deviceIndex();
                devices.putIfAbsent(s.flavor() + "/" + s.instance() + card,
                        new DeviceSeen(s.flavor(), s.instance() + card, s.device().known()));
            }
        }
        List<String> noted = new ArrayList<>(warnings);
        noted.addAll(Slowdowns.warnings(samples));
        return new ReportInput(campaign, baselineFlavor, flavors, obs, List.of(), List.copyOf(devices.values()),
                noted, failures, thresholds, CardSpread.of(proven, labels), sharing);
    }

    /** What is known of a flavor (nothing, if it is not listed). */
    public FlavorInfo flavor(String name) {
        return flavors.getOrDefault(name, FlavorInfo.unknown());
    }
}
