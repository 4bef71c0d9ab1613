package org.layerlab.testkit;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Layers that break the contract in one way each, as a plug-in author might by mistake. */
final class BrokenLayers {
    private BrokenLayers() {
    }

    /** Claims its output is one wider than its input, but passes the input through. */
    static final class WrongOutputShape extends Layer {
        static final LayerType TYPE = LayerType.builder("WrongOutputShape", WrongOutputShape.class, WrongOutputShape::new)
                .keras(KerasForm.builtIn()).build();

        WrongOutputShape(Config config) {
            super(TYPE, config);
        }

        @Override
        public Shape computeOutputShape(Shape inputShape) {
            return inputShape.withDim(-1, inputShape.dim(-1) + 1);
        }

        @Override
        public Tensor call(Tensor inputs, CallContext context) {
            return inputs;
        }
    }

    /** Declares a kernel of 2 columns but builds one of 3. */
    static final class WrongDeclaredWeight extends Layer {
        static final LayerType TYPE = LayerType.builder("WrongDeclaredWeight", WrongDeclaredWeight.class,
                        WrongDeclaredWeight::new)
                .weights(WeightDeclaration.ofOneInput((c, in) -> List.of(DeclaredWeight.trainable("kernel", in.dim(-1), 2))))
                .keras(KerasForm.builtIn()).build();

        WrongDeclaredWeight(Config config) {
            super(TYPE, config);
        }

        @Override
        protected void build(Shape inputShape) {
            addWeight("kernel", Shape.ofDims(inputShape.dim(-1), 3), Initializers.deserialize("ones"), null, null, true);
        }

        @Override
        public Shape computeOutputShape(Shape inputShape) {
            return inputShape.withDim(-1, 3);
        }

        @Override
        public Tensor call(Tensor inputs, CallContext context) {
            return context.ops().matmul(inputs, context.read(weights().get(0)));
        }
    }

    /** Refuses every input shape. */
    static final class NeverBuilds extends Layer {
        static final LayerType TYPE = LayerType.builder("NeverBuilds", NeverBuilds.class, NeverBuilds::new)
                .keras(KerasForm.builtIn()).build();

        NeverBuilds(Config config) {
            super(TYPE, config);
        }

        @Override
        protected void build(Shape inputShape) {
            throw new IllegalArgumentException("layer \"" + name() + "\" takes no input of shape " + inputShape);
        }

        @Override
        public Shape computeOutputShape(Shape inputShape) {
            return inputShape;
        }
    }

    /** Has no texts beside its class. */
    static final class Untold extends Layer {
        static final LayerType TYPE = LayerType.builder("Untold", Untold.class, Untold::new).build();

        Untold(Config config) {
            super(TYPE, config);
        }
    }

    /** A correct layer with a declared weight, used to show the kit passes what it should. */
    static final class Doubling extends Layer {
        static final LayerType TYPE = LayerType.builder("Doubling", Doubling.class, Doubling::new)
                .weights(WeightDeclaration.ofOneInput((c, in) -> List.of(DeclaredWeight.nonTrainable("factor", in.dim(-1)))))
                .keras(KerasForm.builtIn()).build();

        Doubling(Config config) {
            super(TYPE, config);
        }

        @Override
        protected void build(Shape inputShape) {
            addWeight("factor", WeightOptions.of(Initializers.deserialize("ones")));
        }

        @Override
        public Shape computeOutputShape(Shape inputShape) {
            return inputShape;
        }

        @Override
        public Tensor call(Tensor inputs, CallContext context) {
            Tensor f = context.read(weights().get(0));
            return context.ops().multiply(inputs, context.ops().add(f, f));
        }
    }
}
