package io.vgpubench.agent.run;

import java.util.Map;

/**
 * Whether this agent runs as an MPS client, from the environment it was started with (the local cloud starts
 * the agents of a {@code partition: mps} flavor with the daemon's pipe folder and their limits), for the
 * {@code sharing} device fact of every sample.
 */
final class MpsClient {
    private MpsClient() {}

    /** e.g. "mps client: 50% of SMs, device memory pinned 0=20000M"; null when not a client. */
    static String describe(Map<String, String> env) {
        if (env.get("CUDA_MPS_PIPE_DIRECTORY") == null) {
            return null;
        }
        String sm = env.get("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE");
        String mem = env.get("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT");
        return "mps client: " + (sm == null ? "all SMs" : sm + "% of SMs")
                + (mem == null ? "" : ", device memory pinned " + mem);
    }
}
