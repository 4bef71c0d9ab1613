package org.layerlab.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A layer that breaks the contract fails the kit, with a message that says which check and what was seen. */
class BrokenLayersTest {

    @Test
    void aWrongComputeOutputShapeFailsThatCheck() {
        assertThatThrownBy(() -> LayerTestKit.of(BrokenLayers.WrongOutputShape.TYPE).run())
                .isInstanceOf(LayerContractViolation.class)
                .hasMessage("[computeOutputShape] WrongOutputShape \"wrong_output_shape\" on [(None, 5)]:"
                        + " computeOutputShape gives (None, 6) but call gives (2, 5) for a batch of 2")
                .extracting(e -> ((LayerContractViolation) e).check()).isEqualTo(Check.OUTPUT_SHAPE);
    }

    @Test
    void aWeightBuiltOtherThanDeclaredFailsTheDeclaredWeightsCheck() {
        assertThatThrownBy(() -> LayerTestKit.of(BrokenLayers.WrongDeclaredWeight.TYPE).run())
                .isInstanceOf(LayerContractViolation.class)
                .hasMessage("[declared weights] WrongDeclaredWeight \"wrong_declared_weight\" on [(None, 5)]: the type"
                        + " declares [kernel (5, 2)] but build created [kernel (5, 3)]")
                .extracting(e -> ((LayerContractViolation) e).check()).isEqualTo(Check.DECLARED_WEIGHTS);
    }

    @Test
    void aLayerThatNeverBuildsFailsInsteadOfBeingSkipped() {
        assertThatThrownBy(() -> LayerTestKit.of(BrokenLayers.NeverBuilds.TYPE).run())
                .isInstanceOf(LayerContractViolation.class)
                .hasMessageStartingWith("[builds] NeverBuilds \"never_builds\" builds for none of the input shapes:"
                        + " [(None, 5)]: layer \"never_builds\" takes no input of shape (None, 5);")
                .extracting(e -> ((LayerContractViolation) e).check()).isEqualTo(Check.BUILDS);
    }

    @Test
    void aLayerWithoutTextsFailsTheTextsCheck() {
        assertThatThrownBy(() -> LayerTestKit.of(BrokenLayers.Untold.TYPE).run())
                .isInstanceOf(LayerContractViolation.class)
                .hasMessageStartingWith("[texts] Untold has no description");
    }

    @Test
    void aCorrectPluginLayerWithANonTrainableWeightPasses() {
        LayerTestKit.Report report = LayerTestKit.of(BrokenLayers.Doubling.TYPE).run();
        assertThat(report.builtFor()).hasSize(3);
        assertThat(report.maxGradientError()).isLessThan(1e-7);
    }
}
