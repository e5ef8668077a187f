package io.vgpubench.compare;

import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two campaigns (or a campaign and imported samples or figures) side by side: the change of every
 * series both measured, and the series only one of them has.
 */
public record CampaignComparison(String nameA, String nameB, List<Change> changes, List<String> onlyInA, List<String> onlyInB) {

    public static CampaignComparison of(String nameA, List<Series> a, String nameB, List<Series> b) {
        Map<SeriesKey, Series> inB = new LinkedHashMap<>();
        b.forEach(s -> inB.put(s.key(), s));
        List<Change> changes = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        for (Series s : a) {
            Series other = inB.remove(s.key());
            if (other == null) {
                onlyA.add(s.key().toString());
            } else {
                changes.add(Change.of(s, other));
            }
        }
        List<String> onlyB = inB.keySet().stream().map(SeriesKey::toString).toList();
        return new CampaignComparison(nameA, nameB, List.copyOf(changes), List.copyOf(onlyA), onlyB);
    }
}
