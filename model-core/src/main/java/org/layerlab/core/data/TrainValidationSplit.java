package org.layerlab.core.data;

import java.util.SplittableRandom;

/**
 * Splits a data set into training and validation rows after a seeded shuffle, so the same seed
 * always gives the same split.
 *
 * @param validationFraction share of rows held out for validation, in [0, 1)
 */
public record TrainValidationSplit(double validationFraction, long seed) {
    public TrainValidationSplit {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in [0, 1), got " + validationFraction);
        }
    }

    /** Training and validation parts of one data set. */
    public record Parts(Dataset train, Dataset validation) {
    }

    public Parts split(Dataset data) {
        int n = data.size();
        int[] order = shuffledIndices(n, seed);
        int validationRows = Math.max(0, Math.min((int) Math.round(n * validationFraction), n - 1));
        int trainRows = n - validationRows;
        int[] train = new int[trainRows];
        int[] validation = new int[validationRows];
        System.arraycopy(order, 0, train, 0, trainRows);
        System.arraycopy(order, trainRows, validation, 0, validationRows);
        return new Parts(data.select(train), data.select(validation));
    }

    /** 0..n-1 in a Fisher-Yates order drawn from the seed. */
    static int[] shuffledIndices(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
