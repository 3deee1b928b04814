package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeysDigitsTest {
    @Test
    void padsToTheWidthAsFormatDoes() {
        for (long v : new long[] {0, 7, 42, 99_999, 1_764_115_200_000L, 10_000_000_000_000L}) {
            assertEquals(String.format("%013d", v), Keys.digits(v, 13));
            assertEquals(String.format("%05d", v), Keys.digits(v, 5));
        }
    }

    @Test
    void refusesNegativeNumbersWhichWouldNotSort() {
        assertThrows(IllegalArgumentException.class, () -> Keys.digits(-1, 13));
    }
}
