package dev.polya.ml.data;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;

/**
 * A labelled data set for classification: n points (the rows of an n×d matrix) and their classes.
 *
 * <p>Cost: the labels are copied in and out (n ints). Failure modes: a label count different from the number
 * of points, a label outside [0, classes).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters (a data set as a
 * matrix of samples); scikit-learn's {@code (X, y)} convention (scikit-learn.org, "Dataset loading utilities").
 *
 * @param points  the samples, one per row (n×d)
 * @param labels  the class of each sample, in [0, classes)
 * @param classes the number of classes
 */
public record ClassificationData(Matrix points, int[] labels, int classes) {

    /**
     * Validates and copies the labels.
     *
     * @param points  the samples, one per row (n×d)
     * @param labels  the class of each sample, in [0, classes)
     * @param classes the number of classes
     */
    public ClassificationData {
        if (labels.length != points.rows()) {
            throw new DimensionMismatchException("ClassificationData: " + labels.length + " labels for "
                    + points.rows() + " points");
        }
        if (classes < 1) {
            throw new InvalidArgumentException("ClassificationData: classes must be ≥ 1, was " + classes);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new InvalidArgumentException("ClassificationData: label " + labels[i] + " of point " + i
                        + " is not a class in [0, " + classes + ")");
            }
        }
        labels = labels.clone();
    }

    /** @return the class of each sample (a copy) */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** @return the number of samples n */
    public int size() {
        return labels.length;
    }
}
