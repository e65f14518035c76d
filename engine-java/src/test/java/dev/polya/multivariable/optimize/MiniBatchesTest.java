package dev.polya.multivariable.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.probability.random.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MiniBatchesTest {

    private static final long SEED = 20_251_121L;

    @Test
    void everyIndexOnceEachEpochWithAPartialLastBatch() {
        MiniBatches batches = new MiniBatches(10, 3);
        assertEquals(4, batches.batchesPerEpoch());
        Rng rng = new Rng(SEED);
        for (int epoch = 0; epoch < 5; epoch++) {
            int[][] b = batches.epoch(rng);
            assertEquals(4, b.length);
            assertArrayEquals(new int[] {3, 3, 3, 1}, Arrays.stream(b).mapToInt(x -> x.length).toArray());
            int[] all = Arrays.stream(b).flatMapToInt(Arrays::stream).sorted().toArray();
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
        }
    }

    @Test
    void reproducibleWithTheSeedAndShuffledBetweenEpochs() {
        MiniBatches batches = new MiniBatches(50, 8);
        Rng a = new Rng(SEED);
        Rng b = new Rng(SEED);
        int[][] first = batches.epoch(a);
        assertTrue(Arrays.deepEquals(first, batches.epoch(b)));
        int[][] second = batches.epoch(a);
        assertTrue(Arrays.deepEquals(second, batches.epoch(b)));
        assertFalse(Arrays.deepEquals(first, second));
    }

    @Test
    void batchSizesAtTheEnds() {
        Rng rng = new Rng(SEED);
        assertEquals(7, new MiniBatches(7, 1).epoch(rng).length);
        int[][] one = new MiniBatches(7, 100).epoch(rng);
        assertEquals(1, one.length);
        assertEquals(7, one[0].length);
        assertThrows(InvalidArgumentException.class, () -> new MiniBatches(0, 1));
        assertThrows(InvalidArgumentException.class, () -> new MiniBatches(5, 0));
    }
}
