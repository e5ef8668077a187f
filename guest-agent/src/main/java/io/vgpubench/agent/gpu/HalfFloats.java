package io.vgpubench.agent.gpu;

import java.util.SplittableRandom;

/** IEEE half precision (binary16) by hand: Java 17 has no Float.float16ToFloat. */
final class HalfFloats {
    private HalfFloats() {}

    static double toDouble(short bits) {
        int sign = (bits >> 15) & 1;
        int exponent = (bits >> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        double magnitude;
        if (exponent == 0) {
            magnitude = mantissa * Math.pow(2, -24);
        } else if (exponent == 0x1f) {
            magnitude = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = (1 + mantissa / 1024.0) * Math.pow(2, exponent - 15);
        }
        return sign == 1 ? -magnitude : magnitude;
    }

    /** A random normal half in ±[1/64, 1): exponent 2^-6 .. 2^-1, ten random mantissa bits, random sign. */
    static short random(SplittableRandom r) {
        int exponent = 15 + r.nextInt(-6, 0);
        int mantissa = r.nextInt(1024);
        int sign = r.nextBoolean() ? 0x8000 : 0;
        return (short) (sign | exponent << 10 | mantissa);
    }
}
