package io.vgpubench.compare;

import io.vgpubench.stats.Holm;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two campaigns (or a campaign and imported samples or figures) side by side: the change of every
 * series both measured, and the series only one of them has. The changes are one family: their Welch
 * p-values are Holm-adjusted together, so a comparison of many metrics with no real difference calls
 * any of them significant at most 5% of the time.
 */
public record CampaignComparison(String nameA, String nameB, List<Change> changes, List<String> onlyInA, List<String> onlyInB) {

    public static CampaignComparison of(String nameA, List<Series> a, String nameB, List<Series> b) {
        Map<SeriesKey, Series> inB = new LinkedHashMap<>();
        b.forEach(s -> inB.put(s.key(), s));
        List<Series[]> pairs = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        for (Series s : a) {
            Series other = inB.remove(s.key());
            if (other == null) {
                onlyA.add(s.key().toString());
            } else {
                pairs.add(new Series[] {s, other});
            }
        }
        double[] adjusted = Holm.adjust(pairs.stream().mapToDouble(p -> Change.rawP(p[0], p[1])).toArray());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            changes.add(Change.of(pairs.get(i)[0], pairs.get(i)[1], adjusted[i]));
        }
        List<String> onlyB = inB.keySet().stream().map(SeriesKey::toString).toList();
        return new CampaignComparison(nameA, nameB, List.copyOf(changes), List.copyOf(onlyA), onlyB);
    }
}
