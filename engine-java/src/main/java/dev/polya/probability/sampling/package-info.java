/**
 * Sampling-based estimation (chapter 20): Monte Carlo estimates of expectations from explicit, seeded random
 * streams, reproducible whatever the number of threads.
 */
package dev.polya.probability.sampling;
