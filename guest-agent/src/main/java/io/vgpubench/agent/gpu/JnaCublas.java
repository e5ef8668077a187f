package io.vgpubench.agent.gpu;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * cuBLAS bound directly through JNA, for guests whose cuBLAS JCublas was not built against (CUDA 13's
 * libcublas.so.13). Uses the v2 API and cublasGemmEx, whose signature is the same in CUDA 12 and 13.
 */
final class JnaCublas implements Blas {
    private static final String[] SONAMES = {"libcublas.so.13", "libcublas.so.12"};
    private static final String[] DIRS = {"/usr/local/cuda/lib64", "/usr/local/cuda/lib",
        "/usr/local/cuda/targets/x86_64-linux/lib", "/usr/lib/x86_64-linux-gnu"};

    /** The part of cublas_api.h the agent calls. */
    interface Api extends Library {
        int cublasCreate_v2(PointerByReference handle);

        int cublasDestroy_v2(Pointer handle);

        int cublasSetStream_v2(Pointer handle, Pointer stream);

        int cublasGetVersion_v2(Pointer handle, IntByReference version);

        int cublasGemmEx(Pointer handle, int transa, int transb, int m, int n, int k, Pointer alpha,
                Pointer a, int aType, int lda, Pointer b, int bType, int ldb, Pointer beta,
                Pointer c, int cType, int ldc, int computeType, int algo);
    }

    private final Api api;
    private final Pointer handle;
    private final String description;
    private final Memory one = new Memory(8);
    private final Memory zero = new Memory(8);
    private final Memory oneF = new Memory(4);
    private final Memory zeroF = new Memory(4);

    private JnaCublas(Api api, String where, DeviceStream stream) {
        this.api = api;
        PointerByReference h = new PointerByReference();
        Blas.ok(api.cublasCreate_v2(h), "cublasCreate_v2");
        handle = h.getValue();
        Blas.ok(api.cublasSetStream_v2(handle, new Pointer(stream.address())), "cublasSetStream_v2");
        IntByReference v = new IntByReference();
        Blas.ok(api.cublasGetVersion_v2(handle, v), "cublasGetVersion_v2");
        description = "cuBLAS " + v.getValue() + " via JNA (" + where + ")";
        one.setDouble(0, 1);
        zero.setDouble(0, 0);
        oneF.setFloat(0, 1);
        zeroF.setFloat(0, 0);
    }

    /** Loads the first cuBLAS that opens (VGPU_CUBLAS if set, then by soname, then in CUDA's usual folders). */
    static Optional<JnaCublas> load(DeviceStream stream, List<String> tried) {
        for (String candidate : candidates()) {
            try {
                Path lt = Path.of(candidate).resolveSibling(Path.of(candidate).getFileName().toString()
                        .replace("libcublas", "libcublasLt"));
                if (candidate.startsWith("/") && Files.exists(lt)) {
                    NativeLibrary.getInstance(lt.toString());
                }
                Api api = Native.load(candidate, Api.class);
                return Optional.of(new JnaCublas(api, candidate, stream));
            } catch (UnsatisfiedLinkError e) {
                tried.add(candidate + ": " + oneLine(e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates() {
        List<String> c = new ArrayList<>();
        String explicit = System.getenv("VGPU_CUBLAS");
        if (explicit != null && !explicit.isBlank()) {
            c.add(explicit);
        }
        for (String soname : SONAMES) {
            c.add(soname);
            for (String dir : DIRS) {
                if (Files.exists(Path.of(dir, soname))) {
                    c.add(dir + "/" + soname);
                }
            }
        }
        return c;
    }

    /** A loader's message on one line (JNA lists each path it tried on a line of its own). */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().replaceAll("\\s*\\R\\s*", "; ");
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void gemm(Precision p, int m, int n, int k, DeviceBuffer a, DeviceBuffer b, DeviceBuffer c) {
        Pointer alpha = p.doubleScalars() ? one : oneF;
        Pointer beta = p.doubleScalars() ? zero : zeroF;
        int t = p.cudaDataType();
        Blas.ok(api.cublasGemmEx(handle, 0, 0, m, n, k, alpha, new Pointer(a.address()), t, m,
                new Pointer(b.address()), t, k, beta, new Pointer(c.address()), t, m,
                p.cublasComputeType(), -1), "cublasGemmEx(" + p.label() + ")");
    }

    @Override
    public void close() {
        api.cublasDestroy_v2(handle);
    }
}
