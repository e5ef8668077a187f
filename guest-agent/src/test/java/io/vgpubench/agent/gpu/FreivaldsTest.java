package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agent.backend.Verification;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FreivaldsTest {
    private static final int M = 48;
    private static final int N = 40;
    private static final int K = 64;

    /** C = A B computed on the host in float64 and stored in the precision, as a correct GPU would. */
    private static ByteBuffer product(Precision p, ByteBuffer a, ByteBuffer b) {
        ByteBuffer c = HostMatrices.allocate((long) M * N, p);
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < M; i++) {
                double s = 0;
                for (int l = 0; l < K; l++) {
                    s += p.get(a, i + l * M) * p.get(b, l + j * K);
                }
                store(p, c, i + j * M, s);
            }
        }
        return c;
    }

    private static void store(Precision p, ByteBuffer c, int i, double v) {
        switch (p) {
            case FP64 -> c.putDouble(i * 8, v);
            case FP32, TF32 -> c.putFloat(i * 4, (float) v);
            case BF16 -> c.putShort(i * 2, (short) ((Float.floatToRawIntBits((float) v) + 0x8000) >>> 16));
            case FP16 -> c.putShort(i * 2, half((float) v));
        }
    }

    /** Round-to-nearest float to half for the normal range the test's values stay in. */
    private static short half(float v) {
        int bits = Float.floatToRawIntBits(v);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = (bits & 0x7fffff) + 0x1000;
        if ((mantissa & 0x800000) != 0) {
            mantissa = 0;
            exponent++;
        }
        return (short) (sign | exponent << 10 | mantissa >>> 13);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void passesACorrectProductOnRandomInputs(Precision p) {
        ByteBuffer a = HostMatrices.random((long) M * K, p, 1);
        ByteBuffer b = HostMatrices.random((long) K * N, p, 2);
        Verification v = Freivalds.check(p, M, N, K, a, b, product(p, a, b), 3);
        assertThat(v.passed()).as(v.detail()).isTrue();
        assertThat(v.relativeError()).isLessThan(p.bound());
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void failsWhenOneElementIsWrong(Precision p) {
        ByteBuffer a = HostMatrices.random((long) M * K, p, 1);
        ByteBuffer b = HostMatrices.random((long) K * N, p, 2);
        ByteBuffer c = product(p, a, b);
        store(p, c, 7 + 5 * M, p.get(c, 7 + 5 * M) + 4.0);
        assertThat(Freivalds.check(p, M, N, K, a, b, c, 3).passed()).isFalse();
    }

    @Test
    void failsWhenAnElementWasNeverWritten() {
        Precision p = Precision.FP32;
        ByteBuffer a = HostMatrices.random((long) M * K, p, 1);
        ByteBuffer b = HostMatrices.random((long) K * N, p, 2);
        ByteBuffer c = product(p, a, b);
        c.putInt(4 * 11, -1); // the poison pattern: 0xFFFFFFFF is a NaN
        Verification v = Freivalds.check(p, M, N, K, a, b, c, 3);
        assertThat(v.passed()).isFalse();
        assertThat(v.relativeError()).isNaN();
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void randomInputsAreNeverZeroAndStayWithinOne(Precision p) {
        ByteBuffer m = HostMatrices.random(10_000, p, 9);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Math.abs(p.get(m, i))).isBetween(1.0 / 128, 1.0);
        }
    }
}
