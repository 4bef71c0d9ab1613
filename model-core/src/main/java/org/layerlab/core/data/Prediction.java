package org.layerlab.core.data;

/** One model output turned back into what the user asked about. */
public sealed interface Prediction {
    /** The text a prediction table shows: the class name or the number. */
    String text();

    /** A predicted class with the probability the model gave it. */
    record ClassPrediction(int classIndex, String className, double probability) implements Prediction {
        @Override
        public String text() {
            return className;
        }
    }

    /** A predicted number. */
    record ValuePrediction(double value) implements Prediction {
        @Override
        public String text() {
            return Double.toString(value);
        }
    }
}
