package io.vgpubench.report;

import io.vgpubench.history.Band;
import io.vgpubench.history.CampaignHistory;
import io.vgpubench.history.History;
import io.vgpubench.history.HistoryPoint;
import io.vgpubench.model.Threshold;
import io.vgpubench.stats.SummaryRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code within_history} bounds: each matched row's mean against the reference band of its series from
 * the last campaigns under the same results folder (this campaign left out). A series without two earlier
 * campaigns passes, saying that it has no history yet: the first campaigns of a series set its band.
 */
final class HistoryThresholds {
    private HistoryThresholds() {}

    static boolean wanted(List<Threshold> thresholds) {
        return thresholds.stream().anyMatch(t -> t.withinHistorySd() != null);
    }

    /** The history under {@code results}, without the campaign being judged. */
    static History earlier(Path results, String campaign) {
        if (results == null || !Files.isDirectory(results)) {
            return new History(List.of(), List.of());
        }
        History all = CampaignHistory.read(results);
        return new History(all.points().stream().filter(p -> !p.campaign().equals(campaign)).toList(), all.skipped());
    }

    static List<ThresholdResult> evaluate(List<Threshold> thresholds, List<SummaryRow> rows, History history) {
        List<ThresholdResult> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (t.withinHistorySd() == null) {
                continue;
            }
            for (SummaryRow r : rows.stream().filter(r -> ThresholdCheck.matches(t, r) && r.mean() != null).toList()) {
                HistoryPoint.SeriesName s = new HistoryPoint.SeriesName(r.workload(), r.metric(), r.flavor(), r.tasks());
                String name = r.workload() + "/" + r.metric() + " " + r.flavor() + " x" + r.tasks() + " within_history "
                        + Fmt.plain(t.withinHistorySd()) + "sd";
                Band band = history.band(s, t.historyCampaignsOrDefault(), t.withinHistorySd()).orElse(null);
                if (band == null) {
                    out.add(new ThresholdResult(name, r.workload(), r.metric(), r.flavor(), r.tasks(), "within_history",
                            t.withinHistorySd(), r.mean(), true, "no history yet (fewer than 2 earlier campaigns of this series)"));
                    continue;
                }
                Double deviations = band.sd() > 0 ? Math.abs(r.mean() - band.mean()) / band.sd()
                        : r.mean() == band.mean() ? Double.valueOf(0) : null;
                out.add(new ThresholdResult(name, r.workload(), r.metric(), r.flavor(), r.tasks(), "within_history",
                        t.withinHistorySd(), deviations, band.contains(r.mean()), String.format(Locale.ROOT,
                        "mean %s, %s from the mean of the last %d campaign(s); band %s", Fmt.sig(r.mean()),
                        deviations == null ? "off a band of zero width" : String.format(Locale.ROOT, "%.2f sd", deviations),
                        band.campaigns().size(), band.describe())));
            }
        }
        return out;
    }
}
