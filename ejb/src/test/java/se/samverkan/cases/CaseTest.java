package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;

class CaseTest {

    static final OffsetDateTime FRIDAY_EVENING = OffsetDateTime.parse("2026-03-13T21:30:00+01:00");
    static final Caller NURSE =
            new Caller("reporter.ostersund", "ostersund", EnumSet.of(Role.REPORTER));
    static final Caller HANDLER =
            new Caller(
                    "handler.region",
                    "region-jamtland-harjedalen",
                    EnumSet.of(Role.REPORTER, Role.HANDLER));

    static CaseDraft aMedicationDeviation() {
        return new CaseDraft(
                CaseType.DEVIATION,
                FRIDAY_EVENING.minusHours(2),
                "region-jamtland-harjedalen",
                "MEDICATION",
                "Fel dos i dosdispenseringen",
                "Beskrivning",
                "Ringde jourläkaren",
                2,
                3,
                false,
                false);
    }

    static Case aFiledCase() {
        return Case.file(
                aMedicationDeviation(),
                "SAM-2026-00001",
                new Routing.Route("region-jamtland-harjedalen", Optional.empty()),
                FRIDAY_EVENING,
                FRIDAY_EVENING.plusDays(5),
                FRIDAY_EVENING.plusDays(60),
                NURSE);
    }

    @Test
    void aFiledCaseIsSubmittedWithItsFirstHistoryEvent() {
        Case c = aFiledCase();

        assertEquals(CaseStatus.SUBMITTED, c.status());
        assertEquals("ostersund", c.reportingPrincipalId());
        assertEquals(
                List.of(CaseEventType.SUBMITTED),
                c.events().stream().map(CaseEvent::event).toList());
        assertEquals("reporter.ostersund", c.reporterUsername());
    }

    @Test
    void walksTheWholeLifeFromSubmittedToClosedRecordingEveryStep() {
        Case c = aFiledCase();

        c.acknowledge(HANDLER, FRIDAY_EVENING.plusDays(1));
        c.answer(
                "Rutinen ändrad",
                List.of("Dubbelkontroll införd"),
                HANDLER,
                FRIDAY_EVENING.plusDays(3));
        c.returnForInvestigation("Svaret saknar tidplan", NURSE, FRIDAY_EVENING.plusDays(4));
        c.answer(
                "Rutinen ändrad, klar 1 maj",
                List.of("Dubbelkontroll", "Utbildning"),
                HANDLER,
                FRIDAY_EVENING.plusDays(5));
        c.close(NURSE, FRIDAY_EVENING.plusDays(6));

        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(
                List.of("Dubbelkontroll", "Utbildning"),
                c.currentAnswer().orElseThrow().measures());
        assertEquals(
                List.of("Rutinen ändrad", "Rutinen ändrad, klar 1 maj"),
                c.answers().stream().map(CaseAnswer::summary).toList(),
                "the returned answer is kept beside the new one");
        assertEquals(
                List.of(List.of("Dubbelkontroll införd"), List.of("Dubbelkontroll", "Utbildning")),
                c.history().stream()
                        .flatMap(e -> e.answer().stream())
                        .map(CaseAnswer::measures)
                        .toList(),
                "each ANSWERED event in the history carries its own answer");
        assertEquals(
                List.of(
                        CaseEventType.SUBMITTED,
                        CaseEventType.ACKNOWLEDGED,
                        CaseEventType.ANSWERED,
                        CaseEventType.RETURNED,
                        CaseEventType.ANSWERED,
                        CaseEventType.CLOSED),
                c.events().stream().map(CaseEvent::event).toList());
        assertEquals(FRIDAY_EVENING.plusDays(6), c.closedAt());
    }

    @Test
    void aStepNotAllowedFromTheCurrentStatusIsRefusedAndChangesNothing() {
        Case c = aFiledCase();

        CaseProblem closing = assertThrows(CaseProblem.class, () -> c.close(NURSE, FRIDAY_EVENING));
        assertThrows(CaseProblem.class, () -> c.answer("x", List.of("y"), HANDLER, FRIDAY_EVENING));
        assertThrows(CaseProblem.class, () -> c.returnForInvestigation("x", NURSE, FRIDAY_EVENING));

        assertEquals(CaseProblem.Kind.WRONG_STATUS, closing.kind());
        assertEquals(CaseStatus.SUBMITTED, c.status());
        assertEquals(1, c.events().size());
        assertNull(c.closedAt());
    }

    @Test
    void acknowledgingTwiceIsRefused() {
        Case c = aFiledCase();
        c.acknowledge(HANDLER, FRIDAY_EVENING.plusHours(1));

        assertThrows(CaseProblem.class, () -> c.acknowledge(HANDLER, FRIDAY_EVENING.plusHours(2)));
    }

    @Test
    void forwardingMovesTheCaseOnWithItsHistoryAndRestartsAcknowledgement() {
        Case c = aFiledCase();
        c.acknowledge(HANDLER, FRIDAY_EVENING.plusDays(1));
        OffsetDateTime answerDue = c.answerDue();

        c.forward(
                "krokom",
                "Gäller kommunens hemsjukvård",
                FRIDAY_EVENING.plusDays(9),
                HANDLER,
                FRIDAY_EVENING.plusDays(2));

        assertEquals("krokom", c.routedToPrincipalId());
        assertEquals("krokom", c.concernedPrincipalId());
        assertEquals(CaseStatus.SUBMITTED, c.status());
        assertNull(c.acknowledgedAt());
        assertEquals(FRIDAY_EVENING.plusDays(9), c.acknowledgeDue());
        assertEquals(answerDue, c.answerDue(), "the answer clock keeps running");
        assertEquals(1, c.forwardCount());
        assertEquals(CaseEventType.FORWARDED, c.events().get(2).event());
    }

    @Test
    void aClosedCaseCannotBeForwardedOrCommented() {
        Case c = aFiledCase();
        c.acknowledge(HANDLER, FRIDAY_EVENING);
        c.answer("s", List.of("m"), HANDLER, FRIDAY_EVENING);
        c.close(NURSE, FRIDAY_EVENING);

        assertThrows(
                CaseProblem.class,
                () -> c.forward("krokom", "r", FRIDAY_EVENING, HANDLER, FRIDAY_EVENING));
        assertThrows(CaseProblem.class, () -> c.comment("hej", NURSE, FRIDAY_EVENING));
    }

    @Test
    void overdueWhenAClockHasPassedWhileTheCaseStillWaitsForThatStep() {
        Case c = aFiledCase();

        assertFalse(c.isOverdue(c.acknowledgeDue()));
        assertTrue(c.isOverdue(c.acknowledgeDue().plusSeconds(1)), "not acknowledged in time");
        c.acknowledge(HANDLER, c.acknowledgeDue().plusDays(1));
        assertFalse(
                c.isOverdue(c.acknowledgeDue().plusDays(2)), "acknowledged, answer not yet due");
        assertTrue(c.isOverdue(c.answerDue().plusSeconds(1)), "not answered in time");
        c.answer("s", List.of("m"), HANDLER, c.answerDue().plusDays(1));
        assertFalse(c.isOverdue(c.answerDue().plusDays(30)), "answered, however late");
    }

    @Test
    void seriousWhenTheConsequenceIsSignificantOrTheReporterSaysSo() {
        assertFalse(aMedicationDeviation().serious());
        assertTrue(withConsequence(3).serious());
        assertTrue(withConsequence(4).serious());
        assertFalse(withConsequence(2).serious());
        CaseDraft d = aMedicationDeviation();
        assertTrue(
                new CaseDraft(
                                d.type(),
                                d.occurredAt(),
                                d.concernedPrincipalId(),
                                d.areaCode(),
                                d.summary(),
                                d.description(),
                                d.immediateActions(),
                                1,
                                1,
                                true,
                                false)
                        .serious());
    }

    private static CaseDraft withConsequence(int consequence) {
        CaseDraft d = aMedicationDeviation();
        return new CaseDraft(
                d.type(),
                d.occurredAt(),
                d.concernedPrincipalId(),
                d.areaCode(),
                d.summary(),
                d.description(),
                d.immediateActions(),
                consequence,
                1,
                false,
                false);
    }

    @Test
    void theReceiversAssessmentIsKeptBesideTheReportersAndCanMakeTheCaseSerious() {
        Case c = aFiledCase();
        assertFalse(c.isSerious());

        c.assess(4, 2, HANDLER, FRIDAY_EVENING.plusDays(1));

        assertTrue(c.isSerious());
        assertEquals(2, c.consequence(), "the reporter's consequence stays as filed");
        assertEquals(3, c.likelihood());
        assertEquals(Optional.of(4), c.assessedConsequence());
        assertEquals(Optional.of(2), c.assessedLikelihood());
        assertEquals(CaseEventType.ASSESSED, c.events().get(1).event());
    }

    @Test
    void aDeadlineExtendedByAgreementIsNotOverdueWhileTheAgreedTimeRuns() {
        Case c = aFiledCase();
        c.acknowledge(HANDLER, FRIDAY_EVENING.plusDays(1));
        OffsetDateTime agreed = c.answerDue().plusDays(14);

        c.extendDeadline(
                Case.Clock.ANSWER,
                agreed,
                "Överenskommet med MAS",
                HANDLER,
                FRIDAY_EVENING.plusDays(2));

        assertFalse(c.isOverdue(agreed.minusDays(1)), "within the agreed time");
        assertTrue(c.isOverdue(agreed.plusSeconds(1)), "past the agreed time");
        assertEquals(CaseEventType.DEADLINE_EXTENDED, c.events().get(2).event());
    }

    @Test
    void aDeadlineOnlyMovesLaterAndOnlyWhileItsClockRuns() {
        Case c = aFiledCase();

        CaseProblem earlier =
                assertThrows(
                        CaseProblem.class,
                        () ->
                                c.extendDeadline(
                                        Case.Clock.ACKNOWLEDGEMENT,
                                        c.acknowledgeDue().minusDays(1),
                                        "x",
                                        HANDLER,
                                        FRIDAY_EVENING));
        c.acknowledge(HANDLER, FRIDAY_EVENING.plusDays(1));
        CaseProblem stopped =
                assertThrows(
                        CaseProblem.class,
                        () ->
                                c.extendDeadline(
                                        Case.Clock.ACKNOWLEDGEMENT,
                                        c.acknowledgeDue().plusDays(9),
                                        "x",
                                        HANDLER,
                                        FRIDAY_EVENING));

        assertEquals(CaseProblem.Kind.AGAINST_RULE, earlier.kind());
        assertEquals(CaseProblem.Kind.WRONG_STATUS, stopped.kind());
    }
}
