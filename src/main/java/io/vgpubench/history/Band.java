package io.vgpubench.history;

import java.util.List;
import java.util.Locale;

/**
 * The band a new campaign's mean of a series is expected to fall in, from the means of the last campaigns
 * that measured it: their mean ± k standard deviations of those means (the campaign-to-campaign spread).
 */
public record Band(HistoryPoint.SeriesName series, List<String> campaigns, double mean, double sd, double k) {
    public Band {
        campaigns = List.copyOf(campaigns);
    }

    public double low() {
        return mean - k * sd;
    }

    public double high() {
        return mean + k * sd;
    }

    public boolean contains(double value) {
        return value >= low() && value <= high();
    }

    /** "[12.30, 13.10] (mean 12.70 ± 3 sd of the last 5 campaigns)". */
    public String describe() {
        return String.format(Locale.ROOT, "[%.4g, %.4g] (mean %.4g ± %s sd over the last %d campaign(s))", low(), high(), mean,
                k == Math.rint(k) ? String.valueOf((long) k) : String.valueOf(k), campaigns.size());
    }

    /** The band of the last {@code last} points given (in time order), or null with fewer than two. */
    public static Band of(HistoryPoint.SeriesName series, List<HistoryPoint> inTimeOrder, int last, double k) {
        List<HistoryPoint> tail = inTimeOrder.subList(Math.max(0, inTimeOrder.size() - last), inTimeOrder.size());
        if (tail.size() < 2) {
            return null;
        }
        double mean = tail.stream().mapToDouble(HistoryPoint::mean).average().orElseThrow();
        double ss = tail.stream().mapToDouble(p -> (p.mean() - mean) * (p.mean() - mean)).sum();
        return new Band(series, tail.stream().map(HistoryPoint::campaign).toList(), mean, Math.sqrt(ss / (tail.size() - 1)), k);
    }
}
