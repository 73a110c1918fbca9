package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** When a page itself tells how many rows match, and when only a count can. */
class PagingTotalTest {

    @Test
    void anEmptyFirstPageMeansNoMatch() {
        assertEquals(OptionalLong.of(0), HqlFilter.totalShown(0, 20, 0));
    }

    @Test
    void aPageShorterThanItsSizeEndsWithTheLastMatch() {
        assertEquals(OptionalLong.of(7), HqlFilter.totalShown(0, 20, 7));
        assertEquals(OptionalLong.of(41), HqlFilter.totalShown(40, 20, 1));
        assertEquals(OptionalLong.of(19), HqlFilter.totalShown(0, 20, 19));
    }

    @Test
    void aFullPageMayBeFollowedByMore() {
        assertEquals(OptionalLong.empty(), HqlFilter.totalShown(0, 20, 20));
        assertEquals(OptionalLong.empty(), HqlFilter.totalShown(40, 20, 20));
        assertEquals(OptionalLong.empty(), HqlFilter.totalShown(0, 1, 1));
    }

    @Test
    void anEmptyPageBeyondTheFirstSaysNothingOfTheRowsBeforeIt() {
        assertEquals(OptionalLong.empty(), HqlFilter.totalShown(20, 20, 0));
        assertEquals(OptionalLong.empty(), HqlFilter.totalShown(Integer.MAX_VALUE, 200, 0));
    }

    @Test
    void theTotalOfAPageFarOutDoesNotOverflow() {
        assertEquals(OptionalLong.of(Integer.MAX_VALUE + 3L), HqlFilter.totalShown(Integer.MAX_VALUE, 200, 3));
    }
}
