/**
 * Seeded synthetic data sets for the machine-learning chapters (Danka, <i>Mathematics of Machine
 * Learning</i>): {@link dev.polya.ml.data.PlanarDatasets} (XOR, two moons, spirals) returning
 * {@link dev.polya.ml.data.ClassificationData}.
 *
 * <p>Reference: scikit-learn, {@code sklearn.datasets} (the {@code make_*} generators).
 */
package dev.polya.ml.data;
