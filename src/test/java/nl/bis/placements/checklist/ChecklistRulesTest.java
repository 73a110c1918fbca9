package nl.bis.placements.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.bis.placements.checklist.ChecklistRules.Actor;
import nl.bis.placements.checklist.ChecklistRules.Blocking;
import nl.bis.placements.checklist.ChecklistRules.DestinationGroup;
import nl.bis.placements.checklist.ChecklistRules.DueAnchor;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.checklist.ChecklistRules.Recompute;
import nl.bis.placements.checklist.ChecklistRules.Terms;
import nl.bis.placements.placement.PlacementStatus;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2027, 9, 6);
    private static final LocalDate RETURN = LocalDate.of(2027, 11, 1);

    private static final ChecklistRules.Destination GERMANY = new ChecklistRules.Destination(true, false, false);
    private static final ChecklistRules.Destination SWITZERLAND = new ChecklistRules.Destination(false, false, false);
    private static final ChecklistRules.Destination GHANA = new ChecklistRules.Destination(false, false, true);
    private static final ChecklistRules.Destination ARUBA = new ChecklistRules.Destination(false, true, true);

    private static ChecklistRules.Placement placement(String type, ChecklistRules.Destination destination,
                                                      LocalDate birthDate) {
        return new ChecklistRules.Placement(type, destination, DEPARTURE, RETURN, birthDate);
    }

    private static Terms terms(Set<String> types, Set<DestinationGroup> groups, boolean minorsOnly) {
        return new Terms(types, groups, minorsOnly, DueAnchor.BEFORE_DEPARTURE, 28);
    }

    @Test
    void aTemplateWithoutTypesOrGroupsAppliesToEveryPlacement() {
        Terms everyone = terms(Set.of(), Set.of(), false);
        for (ChecklistRules.Destination d : new ChecklistRules.Destination[] {GERMANY, SWITZERLAND, GHANA, ARUBA}) {
            assertTrue(ChecklistRules.applies(everyone, placement("EXTRACURRICULAR", d, null)));
        }
    }

    @Test
    void placementTypesLimitATemplate() {
        Terms curricular = terms(Set.of("RESEARCH_INTERNSHIP", "SENIOR_CLERKSHIP"), Set.of(), false);
        assertTrue(ChecklistRules.applies(curricular, placement("RESEARCH_INTERNSHIP", GHANA, null)));
        assertFalse(ChecklistRules.applies(curricular, placement("EXTRACURRICULAR", GHANA, null)));
    }

    @Test
    void eachDestinationBelongsToItsGroups() {
        assertEquals(EnumSet.of(DestinationGroup.EU_EEA), ChecklistRules.groupsOf(GERMANY));
        assertEquals(EnumSet.of(DestinationGroup.OUTSIDE_EU_EEA), ChecklistRules.groupsOf(SWITZERLAND));
        assertEquals(EnumSet.of(DestinationGroup.OUTSIDE_EU_EEA, DestinationGroup.NON_WESTERN),
                ChecklistRules.groupsOf(GHANA));
        assertEquals(EnumSet.of(DestinationGroup.OUTSIDE_EU_EEA, DestinationGroup.CARIBBEAN_NETHERLANDS,
                DestinationGroup.NON_WESTERN), ChecklistRules.groupsOf(ARUBA));
    }

    @Test
    void aTemplateForSomeGroupsAppliesToADestinationInAnyOfThem() {
        Terms visa = terms(Set.of(), Set.of(DestinationGroup.OUTSIDE_EU_EEA), false);
        Terms caribbean = terms(Set.of(), Set.of(DestinationGroup.CARIBBEAN_NETHERLANDS), false);
        Terms euOrCaribbean = terms(Set.of(), EnumSet.of(DestinationGroup.EU_EEA,
                DestinationGroup.CARIBBEAN_NETHERLANDS), false);

        assertFalse(ChecklistRules.applies(visa, placement("GP_CLERKSHIP", GERMANY, null)));
        assertTrue(ChecklistRules.applies(visa, placement("GP_CLERKSHIP", SWITZERLAND, null)));
        assertTrue(ChecklistRules.applies(caribbean, placement("GP_CLERKSHIP", ARUBA, null)));
        assertFalse(ChecklistRules.applies(caribbean, placement("GP_CLERKSHIP", GHANA, null)));
        assertTrue(ChecklistRules.applies(euOrCaribbean, placement("GP_CLERKSHIP", GERMANY, null)));
        assertTrue(ChecklistRules.applies(euOrCaribbean, placement("GP_CLERKSHIP", ARUBA, null)));
        assertFalse(ChecklistRules.applies(euOrCaribbean, placement("GP_CLERKSHIP", SWITZERLAND, null)));
    }

    @Test
    void aTemplateForMinorsAppliesOnlyToStudentsUnderEighteenOnTheDepartureDate() {
        Terms minors = terms(Set.of(), Set.of(), true);
        assertTrue(ChecklistRules.applies(minors, placement("GP_CLERKSHIP", GERMANY, DEPARTURE.minusYears(18).plusDays(1))));
        assertFalse(ChecklistRules.applies(minors, placement("GP_CLERKSHIP", GERMANY, DEPARTURE.minusYears(18))));
        assertFalse(ChecklistRules.applies(minors, placement("GP_CLERKSHIP", GERMANY, null)));
    }

    @Test
    void itemsAreDueBeforeDepartureOrAfterReturn() {
        ChecklistRules.Placement p = placement("GP_CLERKSHIP", GERMANY, null);
        assertEquals(LocalDate.of(2027, 8, 9),
                ChecklistRules.dueDate(new Terms(Set.of(), Set.of(), false, DueAnchor.BEFORE_DEPARTURE, 28), p));
        assertEquals(DEPARTURE,
                ChecklistRules.dueDate(new Terms(Set.of(), Set.of(), false, DueAnchor.BEFORE_DEPARTURE, 0), p));
        assertEquals(LocalDate.of(2027, 11, 15),
                ChecklistRules.dueDate(new Terms(Set.of(), Set.of(), false, DueAnchor.AFTER_RETURN, 14), p));
    }

    @Test
    void recomputingNeverDeletesAnItem() {
        assertEquals(Recompute.CREATE, ChecklistRules.recompute(false, true));
        assertEquals(Recompute.NONE, ChecklistRules.recompute(false, false));
        assertEquals(Recompute.APPLY, ChecklistRules.recompute(true, true));
        assertEquals(Recompute.SET_ASIDE, ChecklistRules.recompute(true, false));
    }

    @Test
    void closedPlacementsKeepTheirChecklist() {
        for (PlacementStatus status : PlacementStatus.values()) {
            boolean closed = status == PlacementStatus.COMPLETED || status == PlacementStatus.WITHDRAWN
                    || status == PlacementStatus.REJECTED;
            assertEquals(closed, ChecklistRules.isClosed(status), status.name());
            assertEquals(!closed, ChecklistRules.activeStatuses().contains(status), status.name());
        }
    }

    @Test
    void theStudentMarksDoneAndStaffVerifyOrSendBack() {
        Set<Actor> student = EnumSet.of(Actor.OWNER_STUDENT);
        Set<Actor> staff = EnumSet.of(Actor.STAFF);

        assertTrue(ChecklistRules.mayMove(ItemState.OPEN, ItemState.DONE, student));
        assertTrue(ChecklistRules.mayMove(ItemState.OPEN, ItemState.DONE, staff));
        assertTrue(ChecklistRules.mayMove(ItemState.DONE, ItemState.VERIFIED, staff));
        assertFalse(ChecklistRules.mayMove(ItemState.DONE, ItemState.VERIFIED, student));
        assertTrue(ChecklistRules.mayMove(ItemState.DONE, ItemState.OPEN, staff));
        assertFalse(ChecklistRules.mayMove(ItemState.DONE, ItemState.OPEN, student));
        assertFalse(ChecklistRules.mayMove(ItemState.OPEN, ItemState.DONE, Set.of()));
        assertTrue(ChecklistRules.needsComment(ItemState.DONE, ItemState.OPEN));
        assertFalse(ChecklistRules.needsComment(ItemState.DONE, ItemState.VERIFIED));
    }

    @Test
    void illegalMovesAreIllegalForEveryone() {
        Set<Actor> everyone = EnumSet.allOf(Actor.class);
        assertFalse(ChecklistRules.isLegal(ItemState.OPEN, ItemState.VERIFIED));
        assertFalse(ChecklistRules.isLegal(ItemState.OPEN, ItemState.OPEN));
        assertFalse(ChecklistRules.isLegal(ItemState.DONE, ItemState.DONE));
        for (ItemState to : ItemState.values()) {
            assertFalse(ChecklistRules.isLegal(ItemState.VERIFIED, to), "VERIFIED is final");
        }
        assertEquals(EnumSet.of(ItemState.DONE), ChecklistRules.next(ItemState.OPEN, everyone));
        assertEquals(EnumSet.of(ItemState.VERIFIED, ItemState.OPEN), ChecklistRules.next(ItemState.DONE, everyone));
        assertEquals(EnumSet.noneOf(ItemState.class), ChecklistRules.next(ItemState.DONE, EnumSet.of(Actor.OWNER_STUDENT)));
    }

    @Test
    void evidenceIsSettledOnlyOnceVerifiedAndTheRestOnceDone() {
        assertFalse(ChecklistRules.settled(ItemState.OPEN, false));
        assertTrue(ChecklistRules.settled(ItemState.DONE, false));
        assertTrue(ChecklistRules.settled(ItemState.VERIFIED, false));
        assertFalse(ChecklistRules.settled(ItemState.DONE, true));
        assertTrue(ChecklistRules.settled(ItemState.VERIFIED, true));
    }

    @Test
    void departureItemsHoldUpAbroadAndCompletionItemsCompleted() {
        assertTrue(ChecklistRules.holdsUp(Blocking.DEPARTURE, PlacementStatus.ABROAD));
        assertFalse(ChecklistRules.holdsUp(Blocking.DEPARTURE, PlacementStatus.COMPLETED));
        assertTrue(ChecklistRules.holdsUp(Blocking.COMPLETION, PlacementStatus.COMPLETED));
        assertFalse(ChecklistRules.holdsUp(Blocking.COMPLETION, PlacementStatus.ABROAD));
        assertFalse(ChecklistRules.holdsUp(Blocking.ADVISORY, PlacementStatus.ABROAD));
        assertFalse(ChecklistRules.holdsUp(Blocking.ADVISORY, PlacementStatus.COMPLETED));
    }

    @Test
    void anItemIsOverdueWhileOpenAfterItsDueDate() {
        LocalDate due = LocalDate.of(2027, 8, 9);
        assertFalse(ChecklistRules.isOverdue(ItemState.OPEN, true, due, due));
        assertTrue(ChecklistRules.isOverdue(ItemState.OPEN, true, due, due.plusDays(1)));
        assertFalse(ChecklistRules.isOverdue(ItemState.DONE, true, due, due.plusDays(1)));
        assertFalse(ChecklistRules.isOverdue(ItemState.VERIFIED, true, due, due.plusDays(1)));
        assertFalse(ChecklistRules.isOverdue(ItemState.OPEN, false, due, due.plusDays(1)));
    }
}
