package io.vgpubench.report;

import io.vgpubench.sharing.OverlapCheck;
import io.vgpubench.sharing.Sharing;
import java.util.LinkedHashMap;
import java.util.Map;

/** summary.json's "overlap": the rule's tolerance, how many samples were checked and left out, and why, per series. */
final class SharingJson {
    private SharingJson() {}

    static Map<String, Object> overlap(Sharing s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tolerance_ms", OverlapCheck.TOLERANCE.toMillis());
        o.put("samples_checked", s.checked().size());
        o.put("left_out", s.leftOut());
        o.put("flagged", s.flagged());
        return o;
    }
}
