package se.samverkan.cases;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;

/**
 * Who may see and do what with a case, decided on the caller's roles and principal only.
 *
 * <p>A case is seen by the people of its parties (the reporting, routed-to and informed principals)
 * who work with cases; the forum and the administrator never see a case. Someone who may not see a
 * case gets the same answer as for a case that does not exist; someone who sees it but may not take
 * a step is refused the step.
 */
public final class CaseAccess {

    private static final Set<Role> CASE_ROLES =
            EnumSet.of(Role.REPORTER, Role.HANDLER, Role.CHIEF_MEDICAL_OFFICER, Role.MAS);

    private CaseAccess() {}

    public static boolean maySee(Caller caller, Case c) {
        return worksWithCases(caller)
                && (caller.belongsTo(c.reportingPrincipalId())
                        || caller.belongsTo(c.routedToPrincipalId())
                        || c.informedPrincipalId().filter(caller::belongsTo).isPresent());
    }

    public static boolean worksWithCases(Caller caller) {
        return caller.roles().stream().anyMatch(CASE_ROLES::contains);
    }

    public static void requireVisible(Caller caller, Case c) {
        if (!maySee(caller, c)) {
            throw CaseProblem.notFound();
        }
    }

    /**
     * Who sees a case's patient identity: the reporter who filed it, and the handlers and medical
     * officers of its routed-to and reporting principals. Everyone else who sees the case learns
     * only that there is one.
     */
    public static boolean maySeePatient(Caller caller, Case c) {
        if (!maySee(caller, c)) {
            return false;
        }
        if (caller.has(Role.REPORTER)
                && caller.username().equals(c.reporterUsername())
                && caller.belongsTo(c.reportingPrincipalId())) {
            return true;
        }
        return handlesOrOversees(caller)
                && (caller.belongsTo(c.routedToPrincipalId())
                        || caller.belongsTo(c.reportingPrincipalId()));
    }

    /** Acknowledge, forward, answer: a handler of the principal the case is routed to. */
    public static void requireReceivingHandler(Caller caller, Case c) {
        requireVisible(caller, c);
        if (!(caller.has(Role.HANDLER) && caller.belongsTo(c.routedToPrincipalId()))) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.receiving-handler-only");
        }
    }

    /** Assessing severity: a handler or the medical officer of the routed-to principal. */
    public static void requireReceivingAssessor(Caller caller, Case c) {
        requireVisible(caller, c);
        if (!(handlesOrOversees(caller) && caller.belongsTo(c.routedToPrincipalId()))) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.receiving-assessor-only");
        }
    }

    /** Return and close: the reporting side, a reporter or a handler of it. */
    public static void requireReportingSide(Caller caller, Case c) {
        requireVisible(caller, c);
        boolean role = caller.has(Role.REPORTER) || caller.has(Role.HANDLER);
        if (!(role && caller.belongsTo(c.reportingPrincipalId()))) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.reporting-side-only");
        }
    }

    /** The dialogue: either party, the reporting or the routed-to principal. */
    public static void requireParty(Caller caller, Case c) {
        requireVisible(caller, c);
        if (!caller.belongsTo(c.reportingPrincipalId())
                && !caller.belongsTo(c.routedToPrincipalId())) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.parties-only");
        }
    }

    /**
     * Raising a case to the joint forum: a handler or the medical officer of either party, the
     * reporting or the routed-to principal, in any status (a fault is often seen to recur only
     * after the case is closed). Once per case: {@code ForumRegister} keeps that rule.
     */
    public static void requireForumRaiser(Caller caller, Case c) {
        requireVisible(caller, c);
        boolean role = handlesOrOversees(caller);
        boolean party =
                caller.belongsTo(c.reportingPrincipalId())
                        || caller.belongsTo(c.routedToPrincipalId());
        if (!(role && party)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "forum.parties-handlers-only");
        }
    }

    /** A handler, or a medical officer (chefsläkare or MAS) who oversees the handling. */
    private static boolean handlesOrOversees(Caller caller) {
        return caller.has(Role.HANDLER)
                || caller.has(Role.CHIEF_MEDICAL_OFFICER)
                || caller.has(Role.MAS);
    }

    /** Filing: a reporter, on behalf of their own principal. */
    public static void requireReporter(Caller caller) {
        if (!caller.has(Role.REPORTER)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.reporters-only");
        }
    }
}
