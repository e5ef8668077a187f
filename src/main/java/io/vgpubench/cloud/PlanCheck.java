package io.vgpubench.cloud;

import io.vgpubench.FailureKind;
import io.vgpubench.model.Playbook;
import java.util.List;
import java.util.Optional;

/** A cloud that checks, read only, whether a playbook's fleet would fit it (for {@code vgpubench plan}). */
public interface PlanCheck extends Cloud {

    Result check(Playbook playbook);

    /**
     * The lines to print, what does not fit, and what kind of failure that is (bad input for names the cloud
     * lacks, infrastructure for quota); empty when it fits.
     */
    record Result(List<String> lines, List<String> problems, Optional<FailureKind> failure) {
        public Result {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }
    }
}
