package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.*;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jcuda.Pointer;
import jcuda.driver.CUfunction;
import jcuda.driver.CUgraph;
import jcuda.driver.CUgraphExec;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstreamCaptureMode;

/**
 * Kernel launch latency: a null kernel (PTX loaded with cuModuleLoadData, no compiler needed) launched
 * back to back, host wall time per launch until the stream drains; and the same launches captured in a
 * CUDA graph and replayed.
 */
final class LaunchWorkload implements PreparedWorkload {
    static final String PTX = """
            .version 7.0
            .target sm_50
            .address_size 64

            .visible .entry vgpu_null()
            {
            \tret;
            }

            .visible .entry vgpu_mark(.param .u64 vgpu_mark_out, .param .u32 vgpu_mark_value)
            {
            \t.reg .b32 %r<2>;
            \t.reg .b64 %rd<3>;
            \tld.param.u64 %rd1, [vgpu_mark_out];
            \tld.param.u32 %r1, [vgpu_mark_value];
            \tcvta.to.global.u64 %rd2, %rd1;
            \tst.global.u32 [%rd2], %r1;
            \tret;
            }
            """;
    static final int GRAPH_NODES = 1000;

    private final CudaDevice device;
    private final BufferSet buffers;
    private final CUmodule module = new CUmodule();
    private final CUfunction nullKernel = new CUfunction();
    private final CUfunction markKernel = new CUfunction();
    private final CUgraph graph = new CUgraph();
    private final CUgraphExec graphExec = new CUgraphExec();
    private final DeviceBuffer mark;
    private final int launches;

    static LaunchWorkload prepare(CudaDevice device, Parameters params) throws WorkloadException {
        int launches = Sizing.positiveInt(params.longValue("launches"), "launches");
        return BufferSet.build(device, "launch", set -> new LaunchWorkload(device, set, launches));
    }

    private LaunchWorkload(CudaDevice device, BufferSet buffers, int launches) throws WorkloadException {
        this.device = device;
        this.buffers = buffers;
        this.launches = Math.max(GRAPH_NODES, launches / GRAPH_NODES * GRAPH_NODES);
        this.mark = buffers.allocate(4, "launch marker");
        byte[] image = (PTX + "\0").getBytes(StandardCharsets.US_ASCII);
        Cu.ok(cuModuleLoadData(module, image), "cuModuleLoadData");
        Cu.ok(cuModuleGetFunction(nullKernel, module, "vgpu_null"), "cuModuleGetFunction(vgpu_null)");
        Cu.ok(cuModuleGetFunction(markKernel, module, "vgpu_mark"), "cuModuleGetFunction(vgpu_mark)");
        Cu.ok(cuStreamBeginCapture(device.stream(), CUstreamCaptureMode.CU_STREAM_CAPTURE_MODE_GLOBAL),
                "cuStreamBeginCapture");
        for (int i = 0; i < GRAPH_NODES; i++) {
            launchNull();
        }
        Cu.ok(cuStreamEndCapture(device.stream(), graph), "cuStreamEndCapture");
        Cu.ok(cuGraphInstantiate(graphExec, graph, 0), "cuGraphInstantiate");
    }

    private void launchNull() {
        Cu.ok(cuLaunchKernel(nullKernel, 1, 1, 1, 1, 1, 1, 0, device.stream(), null, null), "cuLaunchKernel");
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("launch", () -> {
            device.makeCurrent();
            long t0 = System.nanoTime();
            for (int i = 0; i < launches; i++) {
                launchNull();
            }
            device.synchronize();
            long t1 = System.nanoTime();
            for (int i = 0; i < launches / GRAPH_NODES; i++) {
                Cu.ok(cuGraphLaunch(graphExec, device.stream()), "cuGraphLaunch");
            }
            device.synchronize();
            long t2 = System.nanoTime();
            return List.of(new Measurement("latency", (t1 - t0) / 1e3 / launches, "us", false),
                    new Measurement("graph_latency", (t2 - t1) / 1e3 / launches, "us", false));
        });
    }

    /** A kernel from the same module writes a fresh value that is read back: launches really execute. */
    @Override
    public Verification verify() throws WorkloadException {
        return Cu.guarded("launch verification", () -> {
            device.makeCurrent();
            int value = (int) (System.nanoTime() | 1);
            Pointer args = Pointer.to(Pointer.to(mark), Pointer.to(new int[] {value}));
            Cu.ok(cuLaunchKernel(markKernel, 1, 1, 1, 1, 1, 1, 0, device.stream(), args, null), "cuLaunchKernel");
            int back = DeviceData.readInt(device, mark, 0);
            boolean ok = back == value;
            return new Verification(ok, ok ? 0 : 1, 0, ok ? "kernel from the PTX module ran and wrote " + value
                    : "kernel wrote " + back + ", expected " + value);
        });
    }

    @Override
    public void close() {
        device.makeCurrent();
        cuGraphExecDestroy(graphExec);
        cuGraphDestroy(graph);
        cuModuleUnload(module);
        buffers.close();
    }
}
