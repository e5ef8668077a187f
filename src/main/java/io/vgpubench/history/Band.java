package io.vgpubench.history;

import java.util.List;
import java.util.Locale;

/**
 * The band a new campaign's mean of a series is expected to fall in, from the means of the last N campaigns
 * that measured it: their mean ± k·s·√(1 + 1/N), a prediction interval for one more campaign, where s is
 * the larger of the campaigns' means' standard deviation (the campaign-to-campaign spread) and their root mean
 * square standard error (a mean is never known better than its own repetitions allow; with few campaigns the
 * spread of their means alone can be small by chance).
 */
public record Band(HistoryPoint.SeriesName series, List<String> campaigns, double mean, double sdOfMeans,
                   double standardError, double k) {
    public Band {
        campaigns = List.copyOf(campaigns);
    }

    /** The standard deviation the band is k wide in: s·√(1 + 1/N). */
    public double sd() {
        return Math.max(sdOfMeans, standardError) * Math.sqrt(1 + 1.0 / campaigns.size());
    }

    public double low() {
        return mean - k * sd();
    }

    public double high() {
        return mean + k * sd();
    }

    public boolean contains(double value) {
        return value >= low() && value <= high();
    }

    /** "[12.30, 13.10] (mean 12.70 ± 3 sd over the last 5 campaign(s))". */
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
        double se2 = tail.stream().mapToDouble(p -> p.sd() == null || p.n() < 1 ? 0 : p.sd() * p.sd() / p.n()).average().orElse(0);
        return new Band(series, tail.stream().map(HistoryPoint::campaign).toList(), mean, Math.sqrt(ss / (tail.size() - 1)),
                Math.sqrt(se2), k);
    }
}
