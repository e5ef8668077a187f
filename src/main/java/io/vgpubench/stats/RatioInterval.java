package io.vgpubench.stats;

/** A 95% interval for a ratio of means, and how it was obtained. */
public record RatioInterval(double low, double high, Method method) {

    /** How a ratio interval was computed; {@code label} is what reports print. */
    public enum Method {
        FIELLER("Fieller (Welch-Satterthwaite df)"),
        BOOTSTRAP("seeded bootstrap (percentile, " + Bootstrap.RESAMPLES + " resamples, seed " + Bootstrap.SEED + ")");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
