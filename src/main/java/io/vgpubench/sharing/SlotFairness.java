package io.vgpubench.sharing;

import java.util.List;

/** Fairness of one slot's rates across its processes: min/max, and Jain's index (Σx)² / (n·Σx²), 1 = equal shares. */
final class SlotFairness {
    private SlotFairness() {}

    static double minOverMax(double[] rates) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double r : rates) {
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return max == 0 ? Double.NaN : min / max;
    }

    static double jain(double[] rates) {
        double sum = 0;
        double squares = 0;
        for (double r : rates) {
            sum += r;
            squares += r * r;
        }
        return squares == 0 ? Double.NaN : sum * sum / (rates.length * squares);
    }

    /** Mean and worst of both over the slots given (each slot's rates, one per process). */
    static SharedCard.Fairness over(List<double[]> slots) {
        double mmSum = 0;
        double mmWorst = Double.MAX_VALUE;
        double jSum = 0;
        double jWorst = Double.MAX_VALUE;
        for (double[] rates : slots) {
            double mm = minOverMax(rates);
            double j = jain(rates);
            mmSum += mm;
            jSum += j;
            mmWorst = Math.min(mmWorst, mm);
            jWorst = Math.min(jWorst, j);
        }
        return new SharedCard.Fairness(mmSum / slots.size(), mmWorst, jSum / slots.size(), jWorst);
    }
}
