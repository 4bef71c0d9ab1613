package org.layerlab.core.data;

import java.util.Objects;

/**
 * A data set encoded but not yet scaled, with the preprocessing that produced it (its
 * standardisation still the identity).
 */
public record EncodedData(Dataset dataset, Preprocessing preprocessing) {
    public EncodedData {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(preprocessing, "preprocessing");
        if (!dataset.featureNames().equals(preprocessing.featureNames()) || !dataset.target().equals(preprocessing.target())) {
            throw new IllegalArgumentException("the preprocessing does not describe data set " + dataset.name());
        }
    }

    /** Generated data: every feature a numeric column of the same name. */
    public static EncodedData of(Dataset dataset) {
        return new EncodedData(dataset, Preprocessing.numeric(dataset));
    }

    /**
     * Splits the rows and, when {@code standardize} is set, fits the standardisation of numeric
     * features on the training part only and applies it to both parts.
     */
    public PreparedData prepare(TrainValidationSplit split, boolean standardize) {
        TrainValidationSplit.Parts parts = split.split(dataset);
        if (!standardize) {
            return new PreparedData(parts.train(), parts.validation(), preprocessing);
        }
        Standardization s = Standardization.fit(parts.train(), preprocessing.numericFeatures());
        // The parts are new copies of the rows: scaled where they are.
        return new PreparedData(s.applyToOwn(parts.train()), s.applyToOwn(parts.validation()),
                preprocessing.withStandardization(s));
    }

    /**
     * Splits the rows and scales both parts with a standardisation fitted before, as a project trained on
     * this encoding keeps it.
     */
    public PreparedData prepare(TrainValidationSplit split, Standardization kept) {
        TrainValidationSplit.Parts parts = split.split(dataset);
        return new PreparedData(kept.applyToOwn(parts.train()), kept.applyToOwn(parts.validation()),
                preprocessing.withStandardization(kept));
    }
}
