package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.CampaignId;
import org.junit.jupiter.api.Test;

/** How a person is told of the campaign's OpenStack resources (how they are found from their names: InstancesTest). */
class NamesTest {
    private static final CampaignId ID = new CampaignId("study-20260101t0000-abcd");

    @Test
    void theResourcesBesidesTheServersAreNamedByWhatMarksThem() {
        assertThat(Names.leftovers(ID))
                .isEqualTo("the key pair, security group, server groups and floating IPs named or tagged " + ID.value());
    }
}
