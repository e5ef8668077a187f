package io.vgpubench.compare;

import io.vgpubench.sharing.Flagged;
import io.vgpubench.sharing.Sharing;
import java.util.stream.Collectors;

/** The line a comparison adds for samples of one side left out because their co-runners' overlap is not proven. */
public final class LeftOut {
    private LeftOut() {}

    /** "\nLeft out of A (...): 6 sample(s): gemm/tflops local.half x2: 6 (no-schedule 6)\n", or "" when nothing was. */
    public static String markdown(String side, Sharing sharing) {
        if (sharing.leftOut() == 0) {
            return "";
        }
        return "\nLeft out of " + side + " (co-runners' overlap not proven, so not compared): " + sharing.leftOut()
                + " sample(s): " + sharing.flagged().stream().map(LeftOut::item).collect(Collectors.joining("; ")) + '\n';
    }

    private static String item(Flagged f) {
        return f.workload() + "/" + f.metric() + " " + f.flavor() + " x" + f.tasks() + ": " + f.leftOut() + " ("
                + f.verdictText() + ")";
    }
}
