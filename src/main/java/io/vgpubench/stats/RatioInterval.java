package io.vgpubench.stats;

/**
 * A 95% interval for a ratio of means, and how it was obtained. An {@link Method#UNBOUNDED} interval
 * (−∞, +∞) says the data fit any ratio: the baseline's mean is not clearly away from zero.
 */
public record RatioInterval(double low, double high, Method method) {

    /** How a ratio interval was computed; {@code label} is what reports print. */
    public enum Method {
        FIELLER("Fieller (Welch-Satterthwaite df)"),
        UNBOUNDED("unbounded (Fieller: the baseline's 95% interval of the mean includes zero, so the data fit any ratio)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static RatioInterval unbounded() {
        return new RatioInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Method.UNBOUNDED);
    }

    public boolean isBounded() {
        return method != Method.UNBOUNDED;
    }
}
