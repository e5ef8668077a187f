package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adaptive rule: its looks fixed in advance, the level that keeps 95% over them, and where it goes next. */
class AdaptiveRepetitionsTest {
    @TempDir
    Path dir;

    @Test
    void theLooksDoubleFromTheMinimumAndEndAtTheMaximum() {
        assertThat(new AdaptiveRepetitions(5, 50, 1.0).looks()).containsExactly(5, 10, 20, 40, 50);
        assertThat(new AdaptiveRepetitions(5, 40, 1.0).looks()).containsExactly(5, 10, 20, 40);
        assertThat(new AdaptiveRepetitions(4, 4, 1.0).looks()).containsExactly(4);
    }

    @Test
    void everyIntervalIsAtTheLevelThatSplitsFivePercentOverTheLooks() {
        assertThat(new AdaptiveRepetitions(5, 50, 1.0).level()).isEqualTo(1 - 0.05 / 5);
        assertThat(new AdaptiveRepetitions(4, 4, 1.0).level()).isEqualTo(0.95);
    }

    @Test
    void theRuleStopsOnceTheWidestIntervalIsWithinTheTargetOrAtTheMaximum() {
        AdaptiveRepetitions rule = new AdaptiveRepetitions(5, 50, 1.0);
        assertThat(rule.next(5, 0.99)).isEmpty();
        assertThat(rule.next(5, 1.0)).isEmpty();
        assertThat(rule.next(50, 7.0)).isEmpty();
    }

    @Test
    void theRuleGoesToTheFirstLookThatTheFallWithTheSquareRootOfNPredictsIsEnough() {
        AdaptiveRepetitions rule = new AdaptiveRepetitions(5, 50, 1.0);
        assertThat(rule.next(5, 1.2)).as("5 × 1.44 = 7.2: the next look").isEqualTo(OptionalInt.of(10));
        assertThat(rule.next(5, 1.9)).as("5 × 3.61 = 18.05").isEqualTo(OptionalInt.of(20));
        assertThat(rule.next(5, 3.0)).as("5 × 9 = 45, beyond the last doubling").isEqualTo(OptionalInt.of(50));
        assertThat(rule.next(10, Double.POSITIVE_INFINITY)).as("an unbounded interval").isEqualTo(OptionalInt.of(50));
    }

    @Test
    void aPlaybookTakesTheRuleAsAMappingAndStartsWithItsMinimum() {
        Playbook p = new PlaybookFixture(dir).load(PlaybookLoaderTest.VALID.replace("repetitions: 3",
                "repetitions: {min: 4, max: 30, target_ci_pct: 0.5}"));

        assertThat(p.adaptive()).isEqualTo(new AdaptiveRepetitions(4, 30, 0.5));
        assertThat(p.repetitions()).isEqualTo(4);
        assertThat(p.maxRepetitions()).isEqualTo(30);
        assertThat(new PlaybookFixture(dir).load(PlaybookLoaderTest.VALID).adaptive()).isNull();
    }

    @Test
    void aBadRuleIsRefusedAtItsFieldWithLineAndColumn() {
        PlaybookFixture fx = new PlaybookFixture(dir);
        String base = PlaybookLoaderTest.VALID;
        fx.rejects(base.replace("repetitions: 3", "repetitions: {min: 1, max: 30, target_ci_pct: 0.5}"))
                .hasMessageContaining(fx.file() + ":15:20: repetitions.min: must be at least 2, got 1");
        fx.rejects(base.replace("repetitions: 3", "repetitions: {min: 10, max: 5, target_ci_pct: 0.5}"))
                .hasMessageContaining(fx.file() + ":15:29: repetitions.max: must be at least min (10), got 5");
        fx.rejects(base.replace("repetitions: 3", "repetitions: {min: 5, max: 50, target_ci_pct: 0}"))
                .hasMessageContaining("repetitions.target_ci_pct: must be above 0 and at most 100");
        fx.rejects(base.replace("repetitions: 3", "repetitions: {min: 5, max: 50}"))
                .hasMessageContaining(fx.file() + ":15:14: repetitions: missing required field 'target_ci_pct'");
        fx.rejects(base.replace("repetitions: 3", "repetitions: {min: 5, max: 50, target_ci_pct: 1, until: ok}"))
                .hasMessageContaining("repetitions.until: unknown key; expected one of [max, min, target_ci_pct]");
        fx.rejects(base.replace("repetitions: 3", "repetitions: many"))
                .hasMessageContaining(fx.file() + ":15:14: repetitions: must be a whole number, got");
    }
}
