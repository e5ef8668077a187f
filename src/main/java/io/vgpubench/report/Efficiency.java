package io.vgpubench.report;

import io.vgpubench.report.html.Charts;
import java.util.List;

/**
 * One workload metric's rate per watt or per unit of cost, by flavor and task count, best first ({@code bars}), in
 * {@code unit}; {@code leftOut} names the flavors × tasks that measured the rate but have no such figure (no power
 * reading, no cost an hour), which are left out rather than drawn as zero.
 */
record Efficiency(String workload, String metric, String unit, List<Bar> bars, List<String> leftOut) {

    Efficiency {
        bars = List.copyOf(bars);
        leftOut = List.copyOf(leftOut);
    }

    /** One flavor and task count's figure. */
    record Bar(String flavor, int tasks, double value) {
        String label() {
            return flavor + " ×" + tasks;
        }

        Charts.Bar chart() {
            return new Charts.Bar(label(), value, Fmt.sig(value));
        }
    }

    String title() {
        return workload + " · " + metric;
    }

    /** "Rate units" of a rate unit: "TFLOP/s" for "TFLOP/s", null where the unit is no rate (a unit per second). */
    static String rate(String unit) {
        String u = unit == null ? "" : unit.strip();
        return u.endsWith("/s") ? u : null;
    }
}
