package io.vgpubench.model;

/**
 * A pass/fail bound on the summary. {@code flavor} or {@code workload} "*" matches any; a null bound
 * is not checked. Example: overhead of every flavor on gemm under 10%, CV under 2%.
 * {@code withinHistorySd}: the mean must lie within that many standard deviations of the means of the
 * series' last {@code historyCampaigns} campaigns (default 5) under the same results folder.
 */
public record Threshold(String workload, String metric, String flavor, Double maxOverheadPct, Double maxCvPct,
                        Double withinHistorySd, Integer historyCampaigns) {
    public static final int DEFAULT_HISTORY_CAMPAIGNS = 5;

    public Threshold(String workload, String metric, String flavor, Double maxOverheadPct, Double maxCvPct) {
        this(workload, metric, flavor, maxOverheadPct, maxCvPct, null, null);
    }

    /** The campaigns a within_history band is derived from. */
    public int historyCampaignsOrDefault() {
        return historyCampaigns == null ? DEFAULT_HISTORY_CAMPAIGNS : historyCampaigns;
    }
}
