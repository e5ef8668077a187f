package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agent.backend.WorkloadException;
import org.junit.jupiter.api.Test;

class PrecisionTest {

    @Test
    void parsesNamesInAnyCase() throws WorkloadException {
        assertThat(Precision.parse("TF32")).isEqualTo(Precision.TF32);
        assertThat(Precision.parse(" bf16 ")).isEqualTo(Precision.BF16);
    }

    @Test
    void refusesAnUnknownPrecisionNamingTheKnownOnes() {
        assertThatThrownBy(() -> Precision.parse("fp8")).isInstanceOf(WorkloadException.class)
                .hasMessage("unknown precision 'fp8'; use one of [fp64, fp32, tf32, bf16, fp16]");
    }

    @Test
    void mapsToCublasTypesOfCuda12And13() {
        assertThat(Precision.FP64.cudaDataType()).isEqualTo(1);
        assertThat(Precision.FP64.cublasComputeType()).isEqualTo(70);
        assertThat(Precision.TF32.cublasComputeType()).isEqualTo(77);
        assertThat(Precision.BF16.cudaDataType()).isEqualTo(14);
        assertThat(Precision.FP16.cudaDataType()).isEqualTo(2);
        assertThat(Precision.FP16.cublasComputeType()).isEqualTo(68);
    }

    @Test
    void decodesHalfPrecisionNormalsSubnormalsAndSpecials() {
        assertThat(HalfFloats.toDouble((short) 0x3c00)).isEqualTo(1.0);
        assertThat(HalfFloats.toDouble((short) 0xc000)).isEqualTo(-2.0);
        assertThat(HalfFloats.toDouble((short) 0x0001)).isEqualTo(Math.pow(2, -24));
        assertThat(HalfFloats.toDouble((short) 0x7c00)).isInfinite();
        assertThat(HalfFloats.toDouble((short) 0xffff)).isNaN();
    }

    @Test
    void boundsTightenWithPrecision() {
        assertThat(Precision.FP64.bound()).isLessThan(Precision.FP32.bound());
        assertThat(Precision.FP32.bound()).isLessThan(Precision.TF32.bound());
        assertThat(Precision.FP16.bound()).isLessThan(Precision.BF16.bound());
    }
}
