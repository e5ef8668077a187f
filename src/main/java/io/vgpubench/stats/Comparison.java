package io.vgpubench.stats;

/**
 * A series against its baseline, in the study's convention: ratio = mean / baseline mean; relative
 * performance = ratio where higher is better, 1/ratio where lower is better; overhead = extra time
 * ((ratio − 1)·100) for lower-is-better, lost throughput ((1 − ratio)·100) for higher-is-better.
 *
 * <p>The ratio and everything made from it are defined only on a ratio scale: the baseline's mean
 * above zero and the series' mean at least zero ({@link #ratioDefined}). Elsewhere they are NaN and
 * only Welch's p (a difference of means) is given. Undefined figures are NaN; {@code intervalMethod}
 * is null when there is no overhead interval, {@code UNBOUNDED} when Fieller's is unbounded (then
 * the overhead bounds are infinite).
 */
public record Comparison(double ratio, double relativePerformance, double overheadPct, double overheadLow,
                         double overheadHigh, RatioInterval.Method intervalMethod, double pValue,
                         double shareEfficiency) {

    public static Comparison of(Series s, Series baseline) {
        return of(s, baseline, 0.95);
    }

    /** As {@link #of(Series, Series)}, with the overhead interval at {@code level}. */
    public static Comparison of(Series s, Series baseline, double level) {
        double p = Welch.pValue(s.stats(), baseline.stats());
        if (!ratioDefined(s, baseline)) {
            return new Comparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, p, Double.NaN);
        }
        double ratio = s.stats().mean() / baseline.stats().mean();
        boolean hib = s.higherIsBetter();
        double rel = hib ? ratio : 1 / ratio;
        RatioInterval ri = Fieller.interval(s.stats(), baseline.stats(), level).orElse(null);
        double low = Double.NaN;
        double high = Double.NaN;
        if (ri != null) {
            low = hib ? overhead(true, ri.high()) : overhead(false, ri.low());
            high = hib ? overhead(true, ri.low()) : overhead(false, ri.high());
        }
        double eff = s.shareFraction() != null ? rel / s.shareFraction() : Double.NaN;
        return new Comparison(ratio, rel, overhead(hib, ratio), low, high, ri == null ? null : ri.method(), p, eff);
    }

    /** True where the ratio of means means something: baseline mean > 0, series mean ≥ 0. */
    public static boolean ratioDefined(Series s, Series baseline) {
        return baseline.stats().mean() > 0 && s.stats().mean() >= 0;
    }

    /** Overhead in percent for a ratio of means. */
    public static double overhead(boolean higherIsBetter, double ratio) {
        return higherIsBetter ? (1 - ratio) * 100 : (ratio - 1) * 100;
    }

    /** Fieller's interval (possibly unbounded), or null where it is not defined (n < 2 on a side). */
    public static RatioInterval ratioInterval(Series s, Series baseline) {
        return Fieller.interval(s.stats(), baseline.stats()).orElse(null);
    }
}
