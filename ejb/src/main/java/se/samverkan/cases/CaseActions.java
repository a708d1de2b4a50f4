package se.samverkan.cases;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.access.Caller;

/**
 * The actions one caller may take on one case now: who may act ({@link CaseAccess}) together with
 * what the case's status allows ({@link Case}). A page that offers only these never offers a button
 * that would answer 403 or 409. {@code CaseActionsTest} holds this to the real rules by trying
 * every action on every status as every kind of caller.
 */
public final class CaseActions {

    private CaseActions() {}

    public static Set<CaseAction> allowed(Caller caller, Case c) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        if (!CaseAccess.maySee(caller, c)) {
            return allowed;
        }
        CaseStatus status = c.status();
        if (permits(() -> CaseAccess.requireReceivingHandler(caller, c))) {
            if (status == CaseStatus.SUBMITTED) {
                allowed.add(CaseAction.ACKNOWLEDGE);
            }
            if (status.awaitsAnswer()) {
                allowed.add(CaseAction.FORWARD);
                allowed.add(CaseAction.EXTEND_DEADLINE);
            }
            if (status == CaseStatus.RECEIVED || status == CaseStatus.UNDER_INVESTIGATION) {
                allowed.add(CaseAction.ANSWER);
            }
        }
        if (status != CaseStatus.CLOSED
                && permits(() -> CaseAccess.requireReceivingAssessor(caller, c))) {
            allowed.add(CaseAction.ASSESS);
        }
        if (status == CaseStatus.ANSWERED
                && permits(() -> CaseAccess.requireReportingSide(caller, c))) {
            allowed.add(CaseAction.RETURN);
            allowed.add(CaseAction.CLOSE);
        }
        if (status != CaseStatus.CLOSED && permits(() -> CaseAccess.requireParty(caller, c))) {
            allowed.add(CaseAction.COMMENT);
        }
        if (permits(() -> CaseAccess.requireForumRaiser(caller, c))) {
            allowed.add(CaseAction.RAISE_TO_FORUM);
        }
        return allowed;
    }

    private static boolean permits(Runnable check) {
        try {
            check.run();
            return true;
        } catch (CaseProblem refused) {
            return false;
        }
    }
}
