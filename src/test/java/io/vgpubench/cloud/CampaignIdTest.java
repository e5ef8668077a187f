package io.vgpubench.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A campaign id's shape, made and read in one place. */
class CampaignIdTest {

    @Test
    void aFreshIdIsThePlaybooksNameTheMinuteItStartedAndFourHexDigits() {
        Instant before = Instant.now().minusSeconds(60);
        CampaignId id = CampaignId.fresh("Study V100 / 8Q");

        assertThat(id.value()).matches("study-v100-8q-\\d{8}t\\d{4}-[0-9a-f]{4}");
        assertThat(CampaignId.started(id.value())).hasValueSatisfying(t -> assertThat(t).isAfter(before)
                .isBeforeOrEqualTo(Instant.now()));
    }

    @Test
    void theStartIsReadFromTheStampInUtcAndIsEmptyWithoutOne() {
        assertThat(CampaignId.started("quickstart-20261125t1701-3fa9")).contains(Instant.parse("2026-11-25T17:01:00Z"));
        assertThat(CampaignId.started("made-by-hand")).isEmpty();
        assertThat(CampaignId.started("bad-20261399t9999-3fa9")).isEmpty();
    }

    @Test
    void textFromACloudResourceIsAnIdOnlyIfItHasTheShapeOfOne() {
        assertThat(CampaignId.parse("quickstart-20261125t1701-3fa9")).contains(new CampaignId("quickstart-20261125t1701-3fa9"));
        assertThat(CampaignId.parse("../etc")).isEmpty();
        assertThat(CampaignId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CampaignId("UPPER")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIdAResourceNameBeginsWithIsFoundWhateverHyphensItsNameHas() {
        assertThat(CampaignId.leading("js2-a100-20261125t1701-3fa9-sg-g3-xl", "key|ssh|sg-.+"))
                .contains("js2-a100-20261125t1701-3fa9");
        assertThat(CampaignId.leading("js2-a100-20261125t1701-3fa9-other", "key|ssh|sg-.+")).isEmpty();
        assertThat(CampaignId.leading("default", "key")).isEmpty();
        assertThat(CampaignId.leading(null, "key")).isEmpty();
    }
}
