package org.layerlab.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer contract as a test, Keras's {@code run_layer_test} for LayerLab: for a layer type, a config and
 * a few input shapes it checks the texts, the config round trip, that some input shape builds,
 * {@code computeOutputShape} against what {@code call} produces, the built weights against the declared
 * ones, the parameter count, the tape's gradients against float64 finite differences, and Keras JSON and
 * TF.js round trips. The first broken check throws a {@link LayerContractViolation} that names it.
 *
 * <pre>{@code LayerTestKit.of(MyLayer.TYPE).run();}</pre>
 */
public final class LayerTestKit {
    /** The batch size of the tensors the kit feeds the layer. */
    static final int BATCH = 2;

    private final LayerType type;
    private final LayerRegistry registry;
    private Config config;
    private List<List<Shape>> inputShapes;

    private LayerTestKit(LayerType type) {
        this.type = type;
        this.registry = LayerRegistry.withInstalledLayers(type.layerClass().getClassLoader());
        if (registry.find(type.className()).isEmpty()) {
            registry.register(type);
        }
        this.config = SampleConfigs.forType(type, type.namePrefix());
        this.inputShapes = defaultInputShapes(type);
    }

    /** The kit for a type, with a sample config and input shapes that fit its number of inputs. */
    public static LayerTestKit of(LayerType type) {
        return new LayerTestKit(type);
    }

    /** Checks this config instead of the sample one; missing optional parameters take their defaults. */
    public LayerTestKit config(Config layerConfig) {
        this.config = layerConfig;
        return this;
    }

    /** Tries these input shape lists (one shape per input, batch first) instead of the default ones. */
    public LayerTestKit inputShapes(List<List<Shape>> shapeLists) {
        this.inputShapes = List.copyOf(shapeLists);
        return this;
    }

    /** What passed: the input shapes that built, and the worst relative gradient error found. */
    public record Report(LayerType type, List<List<Shape>> builtFor, double maxGradientError) {
    }

    /**
     * Runs every check.
     *
     * @throws LayerContractViolation naming the first check that fails
     */
    public Report run() {
        checkTexts();
        Layer layer = create(Check.CONFIG_ROUND_TRIP, config);
        Config first = layer.getConfig();
        Layer again = create(Check.CONFIG_ROUND_TRIP, first);
        if (!again.getConfig().equals(first) || !again.className().equals(type.className())) {
            throw new LayerContractViolation(Check.CONFIG_ROUND_TRIP, describe(layer) + ": getConfig() gives " + first
                    + " but the layer made from it gives " + again.getConfig());
        }
        List<List<Shape>> built = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (List<Shape> shapes : inputShapes) {
            Layer fresh = create(Check.BUILDS, first);
            List<Shape> in = shapesFor(fresh, shapes);
            if (built.contains(in)) {
                continue;
            }
            try {
                fresh.ensureBuilt(in, Collections.nCopies(in.size(), fresh.dtype()));
                built.add(in);
            } catch (RuntimeException e) {
                failures.add(in + ": " + e.getMessage());
            }
        }
        if (built.isEmpty()) {
            throw new LayerContractViolation(Check.BUILDS, describe(layer) + " builds for none of the input shapes: "
                    + String.join("; ", failures));
        }
        double worstGradient = 0;
        for (List<Shape> in : built) {
            checkShapesAndWeights(first, in);
            worstGradient = Math.max(worstGradient, GradientProbe.check(() -> create(Check.GRADIENT,
                    first.with("dtype", "float64")), in));
        }
        FileRoundTrips files = new FileRoundTrips(registry);
        Layer sample = create(Check.KERAS_JSON, first);
        sample.ensureBuilt(built.get(0), Collections.nCopies(built.get(0).size(), sample.dtype()));
        files.keras(sample, built.get(0));
        files.tfjs(sample, built.get(0));
        return new Report(type, built, worstGradient);
    }

    /** Runs the kit on every registered type with its defaults; the first violation stops it. */
    public static List<Report> runAll(LayerRegistry registry) {
        List<Report> reports = new ArrayList<>();
        for (LayerType t : registry.types()) {
            reports.add(of(t).run());
        }
        return reports;
    }

    private void checkTexts() {
        if (type.description(Locale.ENGLISH).isBlank()) {
            throw new LayerContractViolation(Check.TEXTS, type.className() + " has no description: add description=..."
                    + " to " + type.layerClass().getSimpleName() + ".properties beside " + type.layerClass().getName());
        }
        for (ParamSpec p : type.allParams()) {
            if (type.paramHelp(p.name(), Locale.ENGLISH).isBlank()) {
                throw new LayerContractViolation(Check.TEXTS, type.className() + " has no help for " + p.name()
                        + ": add param." + p.name() + "=... to " + type.layerClass().getSimpleName() + ".properties");
            }
        }
    }

    private void checkShapesAndWeights(Config layerConfig, List<Shape> in) {
        Layer layer = create(Check.OUTPUT_SHAPE, layerConfig);
        layer.ensureBuilt(in, Collections.nCopies(in.size(), layer.dtype()));
        Shape expected = attempt(Check.OUTPUT_SHAPE, layer, in, () -> in.size() == 1
                ? layer.computeOutputShape(in.get(0)) : layer.computeOutputShape(in));
        SplittableRandom rng = new SplittableRandom(7);
        for (boolean training : new boolean[] {false, true}) {
            List<Tensor> tensors = new ArrayList<>();
            for (Shape s : in) {
                tensors.add(NdTensor.of(Nd4j.rand(DataType.FLOAT, concrete(s))));
            }
            CallContext context = new CallContext(new NdOps(), training, rng);
            Tensor y = attempt(Check.OUTPUT_SHAPE, layer, in, () -> layer.apply(tensors, context));
            Shape actual = Shape.ofDims(y.shape());
            Shape wanted = expected.rank() == 0 ? expected : expected.withDim(0, BATCH);
            if (!actual.equals(wanted)) {
                throw new LayerContractViolation(Check.OUTPUT_SHAPE, describe(layer) + " on " + in
                        + ": computeOutputShape gives " + expected + " but call gives " + actual + " for a batch of "
                        + BATCH + (training ? " in training" : ""));
            }
        }
        List<DeclaredWeight> declared = attempt(Check.DECLARED_WEIGHTS, layer, in,
                () -> type.declaredWeights(layerConfig, in));
        List<String> declaredText = declared.stream().map(LayerTestKit::show).toList();
        List<String> builtText = layer.weights().stream().map(LayerTestKit::show).toList();
        if (!declaredText.stream().sorted().toList().equals(builtText.stream().sorted().toList())) {
            throw new LayerContractViolation(Check.DECLARED_WEIGHTS, describe(layer) + " on " + in + ": the type declares "
                    + declaredText + " but build created " + builtText);
        }
        long declaredCount = declared.stream().mapToLong(DeclaredWeight::knownSize).sum();
        long valueCount = 0;
        for (Weight w : layer.weights()) {
            w.initialize(new SplittableRandom(3));
            valueCount += w.value().length();
        }
        if (layer.countParams() != declaredCount || valueCount != declaredCount) {
            throw new LayerContractViolation(Check.PARAMETER_COUNT, describe(layer) + " on " + in + ": countParams() is "
                    + layer.countParams() + ", its weights hold " + valueCount + " values, the declared weights "
                    + declaredCount);
        }
    }

    private Layer create(Check check, Config layerConfig) {
        try {
            return registry.create(type.className(), layerConfig);
        } catch (RuntimeException e) {
            throw new LayerContractViolation(check, type.className() + " cannot be made from " + layerConfig + ": "
                    + e.getMessage(), e);
        }
    }

    private static <T> T attempt(Check check, Layer layer, List<Shape> in, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new LayerContractViolation(check, describe(layer) + " on " + in + " failed: " + e.getMessage(), e);
        }
    }

    /** A layer that takes no inputs (an input layer) is fed the shape it gives. */
    private static List<Shape> shapesFor(Layer layer, List<Shape> shapes) {
        return layer.type().inputCount().max() == 0 ? List.of(layer.computeOutputShape(List.of())) : shapes;
    }

    private static List<List<Shape>> defaultInputShapes(LayerType type) {
        int min = type.inputCount().min();
        if (min <= 1) {
            return List.of(List.of(Shape.batchOf(5)), List.of(Shape.batchOf(3, 4)), List.of(Shape.batchOf(2, 3, 4)));
        }
        return List.of(Collections.nCopies(min, Shape.batchOf(4)), Collections.nCopies(min + 1, Shape.batchOf(3, 4)));
    }

    /** The shape with the batch size the kit uses and every unknown size 3. */
    static long[] concrete(Shape s) {
        long[] dims = s.toArray();
        for (int i = 0; i < dims.length; i++) {
            dims[i] = i == 0 ? BATCH : dims[i] == Shape.UNKNOWN ? 3 : dims[i];
        }
        return dims;
    }

    static String describe(Layer layer) {
        return layer.className() + " \"" + layer.name() + "\"";
    }

    private static String show(DeclaredWeight w) {
        return w.name() + " " + w.shape() + (w.trainable() ? "" : " non-trainable");
    }

    private static String show(Weight w) {
        return w.name() + " " + w.shape() + (w.isTrainable() ? "" : " non-trainable");
    }
}
