package io.vgpubench.compare;

import io.vgpubench.history.Band;
import io.vgpubench.history.History;
import io.vgpubench.history.HistoryPoint;
import java.util.List;
import java.util.Locale;

/** B's means against the reference band of each series from a results folder's campaigns (B itself left out). */
public record AgainstHistory(List<Verdict> verdicts) {

    /** One series of B: its mean, and the band it was held to (null where history has under two campaigns of it). */
    public record Verdict(Change change, Band band) {
        public boolean outside() {
            return band != null && !band.contains(change.meanB());
        }
    }

    public static AgainstHistory of(CampaignComparison c, History history, String campaignB, int last, double k) {
        History earlier = new History(history.points().stream().filter(p -> !p.campaign().equals(campaignB)).toList(),
                history.skipped());
        return new AgainstHistory(c.changes().stream().map(ch -> new Verdict(ch, earlier.band(
                new HistoryPoint.SeriesName(ch.workload(), ch.metric(), ch.flavor(), ch.tasks()), last, k).orElse(null))).toList());
    }

    public List<Verdict> outside() {
        return verdicts.stream().filter(Verdict::outside).toList();
    }

    /** A Markdown section: each series of B, within or outside its band. */
    public String markdown() {
        StringBuilder b = new StringBuilder("\n## B against history\n\n| Workload · metric | Flavor | Tasks | B mean | Band | |\n"
                + "|---|---|---:|---:|---|---|\n");
        for (Verdict v : verdicts) {
            Change c = v.change();
            b.append(String.format(Locale.ROOT, "| %s · %s | %s | %d | %.4g | %s | %s |%n", c.workload(), c.metric(), c.flavor(),
                    c.tasks(), c.meanB(), v.band() == null ? "– (under 2 earlier campaigns)" : v.band().describe(),
                    v.band() == null ? "" : v.outside() ? "OUTSIDE" : "within"));
        }
        return b.toString();
    }
}
