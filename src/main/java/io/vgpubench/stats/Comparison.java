package io.vgpubench.stats;

/**
 * A series against its baseline, in the study's convention: ratio = mean / baseline mean; relative
 * performance = ratio where higher is better, 1/ratio where lower is better; overhead = extra time
 * ((ratio − 1)·100) for lower-is-better, lost throughput ((1 − ratio)·100) for higher-is-better.
 * Undefined figures are NaN; {@code intervalMethod} is null when there is no overhead interval.
 */
public record Comparison(double ratio, double relativePerformance, double overheadPct, double overheadLow,
                         double overheadHigh, RatioInterval.Method intervalMethod, double pValue,
                         double shareEfficiency) {

    public static Comparison of(Series s, Series baseline) {
        double ratio = s.stats().mean() / baseline.stats().mean();
        boolean hib = s.higherIsBetter();
        double rel = hib ? ratio : 1 / ratio;
        RatioInterval ri = ratioInterval(s, baseline);
        double low = Double.NaN;
        double high = Double.NaN;
        if (ri != null) {
            low = hib ? overhead(true, ri.high()) : overhead(false, ri.low());
            high = hib ? overhead(true, ri.low()) : overhead(false, ri.high());
        }
        double eff = s.shareFraction() != null ? rel / s.shareFraction() : Double.NaN;
        return new Comparison(ratio, rel, overhead(hib, ratio), low, high, ri == null ? null : ri.method(),
                Welch.pValue(s.stats(), baseline.stats()), eff);
    }

    /** Overhead in percent for a ratio of means. */
    public static double overhead(boolean higherIsBetter, double ratio) {
        return higherIsBetter ? (1 - ratio) * 100 : (ratio - 1) * 100;
    }

    /** Fieller's interval, or the seeded bootstrap where Fieller's is unbounded; null if neither is defined. */
    public static RatioInterval ratioInterval(Series s, Series baseline) {
        return Fieller.interval(s.stats(), baseline.stats())
                .or(() -> Bootstrap.interval(s.values(), s.stats(), baseline.values(), baseline.stats()))
                .orElse(null);
    }
}
