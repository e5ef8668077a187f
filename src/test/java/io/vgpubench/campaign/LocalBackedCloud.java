package io.vgpubench.campaign;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.local.LocalCloud;
import java.util.List;

/**
 * A test cloud whose instances are the local cloud's: finding, reaching and removing them is the local cloud's
 * work; a subclass says how they are provisioned (with the faults or timing a test needs).
 */
abstract class LocalBackedCloud implements Cloud {
    final LocalCloud local;

    LocalBackedCloud(LocalCloud local) {
        this.local = local;
    }

    @Override
    public List<InstanceInfo> discover(CampaignId campaign) {
        return local.discover(campaign);
    }

    @Override
    public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
        return local.connect(campaign, instance);
    }

    @Override
    public List<String> teardown(CampaignId campaign) {
        return local.teardown(campaign);
    }
}
