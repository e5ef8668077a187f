package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.api.Reply;
import java.util.Locale;

/** Recognises the quota refusals of Nova (403 "Quota exceeded for instances ...") and Neutron (409 OverQuota). */
final class QuotaMessage {
    private QuotaMessage() {}

    static boolean isQuota(Reply r) {
        String m = r.message().toLowerCase(Locale.ROOT);
        return (r.status() == 403 || r.status() == 409 || r.status() == 413) && (m.contains("quota")
                || r.body().has("OverQuota"));
    }
}
