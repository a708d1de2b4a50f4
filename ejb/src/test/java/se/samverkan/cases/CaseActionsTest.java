package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;

/**
 * The actions offered must be exactly those the server accepts: every action is tried, as in {@link
 * Cases}, on a fresh case in every status, by every kind of caller.
 */
class CaseActionsTest {

    static final OffsetDateTime NOW = CaseTest.FRIDAY_EVENING.plusHours(1);
    static final String REGION = "region-jamtland-harjedalen";

    static final List<Caller> CALLERS =
            List.of(
                    CaseTest.NURSE,
                    new Caller(
                            "handler.ostersund",
                            "ostersund",
                            EnumSet.of(Role.REPORTER, Role.HANDLER)),
                    new Caller("mas.ostersund", "ostersund", EnumSet.of(Role.REPORTER, Role.MAS)),
                    CaseTest.HANDLER,
                    new Caller("reporter.region", REGION, EnumSet.of(Role.REPORTER)),
                    new Caller(
                            "chefslakare.region",
                            REGION,
                            EnumSet.of(Role.REPORTER, Role.CHIEF_MEDICAL_OFFICER)),
                    new Caller("handler.krokom", "krokom", EnumSet.of(Role.REPORTER, Role.HANDLER)),
                    new Caller("forum", REGION, EnumSet.of(Role.FORUM)),
                    new Caller("admin", REGION, EnumSet.of(Role.ADMIN)));

    static final Map<CaseStatus, Supplier<Case>> IN_STATUS =
            Map.of(
                    CaseStatus.SUBMITTED, CaseTest::aFiledCase,
                    CaseStatus.RECEIVED, () -> acknowledged(CaseTest.aFiledCase()),
                    CaseStatus.ANSWERED, () -> answered(CaseTest.aFiledCase()),
                    CaseStatus.UNDER_INVESTIGATION,
                            () -> {
                                Case c = answered(CaseTest.aFiledCase());
                                c.returnForInvestigation("Mer", CaseTest.NURSE, NOW);
                                return c;
                            },
                    CaseStatus.CLOSED,
                            () -> {
                                Case c = answered(CaseTest.aFiledCase());
                                c.close(CaseTest.NURSE, NOW);
                                return c;
                            });

    static Case acknowledged(Case c) {
        c.acknowledge(CaseTest.HANDLER, NOW);
        return c;
    }

    static Case answered(Case c) {
        acknowledged(c).answer("Utrett", List.of("Rutin"), CaseTest.HANDLER, NOW);
        return c;
    }

    @Test
    void offersExactlyWhatTheRulesAccept() {
        int offered = 0;
        for (var status : IN_STATUS.entrySet()) {
            assertEquals(status.getKey(), status.getValue().get().status());
            for (Caller caller : CALLERS) {
                Set<CaseAction> allowed = CaseActions.allowed(caller, status.getValue().get());
                for (CaseAction action : CaseAction.values()) {
                    boolean accepted = accepts(action, caller, status.getValue());
                    assertEquals(
                            accepted,
                            allowed.contains(action),
                            action + " by " + caller.username() + " on " + status.getKey());
                    offered += accepted ? 1 : 0;
                }
            }
        }
        assertTrue(offered > 20, "the rules accept something: " + offered);
    }

    @Test
    void theReceivingHandlerOfANewCaseMayAcknowledgeAndTheReporterMayOnlyComment() {
        assertEquals(
                EnumSet.of(
                        CaseAction.ACKNOWLEDGE,
                        CaseAction.FORWARD,
                        CaseAction.EXTEND_DEADLINE,
                        CaseAction.ASSESS,
                        CaseAction.COMMENT,
                        CaseAction.RAISE_TO_FORUM),
                CaseActions.allowed(CaseTest.HANDLER, CaseTest.aFiledCase()));
        assertEquals(
                EnumSet.of(CaseAction.COMMENT),
                CaseActions.allowed(CaseTest.NURSE, CaseTest.aFiledCase()));
        assertEquals(Set.of(), CaseActions.allowed(CALLERS.get(6), CaseTest.aFiledCase()));
    }

    /** The action as {@link Cases} performs it: the access check, then the aggregate's rule. */
    private static boolean accepts(CaseAction action, Caller caller, Supplier<Case> fresh) {
        try {
            Case c = fresh.get();
            switch (action) {
                case RAISE_TO_FORUM -> {
                    CaseAccess.requireForumRaiser(caller, c);
                    c.raisedToForum("Återkommande fel i läkemedelslistan", caller, NOW);
                }
                case ACKNOWLEDGE -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    c.acknowledge(caller, NOW);
                }
                case FORWARD -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    c.forward("krokom", "Fel huvudman", NOW.plusDays(5), caller, NOW);
                }
                case ANSWER -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    c.answer("Utrett", List.of("Rutin"), caller, NOW);
                }
                case EXTEND_DEADLINE -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    if (!extends_(c, Case.Clock.ACKNOWLEDGEMENT, caller)
                            && !extends_(fresh.get(), Case.Clock.ANSWER, caller)) {
                        return false;
                    }
                }
                case ASSESS -> {
                    CaseAccess.requireReceivingAssessor(caller, c);
                    c.assess(3, 2, caller, NOW);
                }
                case RETURN -> {
                    CaseAccess.requireReportingSide(caller, c);
                    c.returnForInvestigation("Mer", caller, NOW);
                }
                case CLOSE -> {
                    CaseAccess.requireReportingSide(caller, c);
                    c.close(caller, NOW);
                }
                case COMMENT -> {
                    CaseAccess.requireParty(caller, c);
                    c.comment("Fråga", caller, NOW);
                }
            }
            return true;
        } catch (CaseProblem refused) {
            return false;
        }
    }

    private static boolean extends_(Case c, Case.Clock clock, Caller caller) {
        try {
            c.extendDeadline(clock, NOW.plusYears(1), "Överenskommet", caller, NOW);
            return true;
        } catch (CaseProblem refused) {
            return false;
        }
    }
}
