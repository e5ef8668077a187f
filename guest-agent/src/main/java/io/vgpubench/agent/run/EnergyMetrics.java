package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a repetition's energy (the card's counter read before and after its timed part) makes of it: {@code power_w},
 * the mean power over the timed part, and for each rate it measured (higher is better, a unit per second) the energy
 * per unit of work, {@code <metric>_energy} in joules per unit (J/TFLOP for tflops, J/GB for GB/s), lower is better.
 * Nothing where the card has no energy counter (absent, never zero) or the timed part was too short to say.
 */
final class EnergyMetrics {
    /** The counter moves in steps of tens of milliseconds; a shorter timed part says nothing of its power. */
    static final Duration SHORTEST = Duration.ofMillis(100);

    private EnergyMetrics() {}

    static List<Measurement> of(Repetition r) {
        if (r.energyJ() == null || r.started() == null || r.ended() == null) {
            return List.of();
        }
        Duration timed = Duration.between(r.started(), r.ended());
        if (timed.compareTo(SHORTEST) < 0 || r.energyJ() <= 0) {
            return List.of();
        }
        double watts = r.energyJ() / (timed.toNanos() / 1e9);
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement("power_w", watts, "W", false));
        for (Measurement m : r.measured()) {
            String unit = m.unit() == null ? "" : m.unit().strip();
            if (m.higherIsBetter() && unit.endsWith("/s") && m.value() > 0) {
                out.add(new Measurement(m.metric() + "_energy", watts / m.value(),
                        "J/" + unit.substring(0, unit.length() - 2).strip(), false));
            }
        }
        return out;
    }
}
