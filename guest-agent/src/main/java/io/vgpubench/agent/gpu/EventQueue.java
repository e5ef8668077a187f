package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.*;

import jcuda.driver.CUevent;
import jcuda.driver.CUevent_flags;
import jcuda.driver.CUresult;

/**
 * The device's stream as a queue of rounds ({@link Rounds.Queue}), a round's end marked by an event recorded behind
 * it. Two events, used in turn: {@link Rounds} never has more than its last two rounds outstanding.
 */
final class EventQueue implements Rounds.Queue, AutoCloseable {
    private final CudaDevice device;
    private final CUevent[] events = {new CUevent(), new CUevent()};
    private int next;

    EventQueue(CudaDevice device) {
        this.device = device;
        for (CUevent e : events) {
            Cu.ok(cuEventCreate(e, CUevent_flags.CU_EVENT_DISABLE_TIMING), "cuEventCreate");
        }
    }

    @Override
    public Rounds.Mark enqueue(Runnable round) {
        round.run();
        CUevent e = events[next];
        next = 1 - next;
        Cu.ok(cuEventRecord(e, device.stream()), "cuEventRecord");
        return new Rounds.Mark() {
            @Override
            public boolean reached() {
                int rc = cuEventQuery(e);
                if (rc == CUresult.CUDA_ERROR_NOT_READY) {
                    return false;
                }
                Cu.ok(rc, "cuEventQuery");
                return true;
            }

            @Override
            public void await() {
                Cu.ok(cuEventSynchronize(e), "cuEventSynchronize");
            }
        };
    }

    @Override
    public void close() {
        for (CUevent e : events) {
            cuEventDestroy(e);
        }
    }
}
