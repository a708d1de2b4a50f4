package se.samverkan.escalation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseProblem;
import se.samverkan.notification.Notifications;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.platform.TimeSource;

/** Opens escalations for serious cases, lists them for officers, records their decisions. */
@Stateless
public class Escalations {

    @EJB Notifications notifications;

    @Inject EntityManager em;

    @Inject TimeSource time;

    @Inject Organisation organisation;

    /**
     * Escalations of the cases the caller's principal reported, for its chefsläkare or MAS: the
     * reporting side is informed and sees the outcome (the decision), not the deliberation.
     */
    public List<Listed> informedOf(Caller officer) {
        return listed(officer, "c.reportingPrincipalId = :principal");
    }

    /** An escalation as an officer's list shows it. */
    public record Listed(Escalation escalation, String caseNumber) {}

    /** Opens the case's one escalation if it is serious and has none yet. */
    public void openIfSerious(Case c, Caller cause) {
        if (!c.isSerious() || exists(c)) {
            return;
        }
        Escalation escalation = new Escalation(c.id(), c.routedToPrincipalId(), time.now());
        em.persist(escalation);
        c.escalated(cause, time.now());
        notifications.escalated(c, escalation);
    }

    private boolean exists(Case c) {
        return !em.createQuery("select e.id from Escalation e where e.caseId = :case", Long.class)
                .setParameter("case", c.id())
                .getResultList()
                .isEmpty();
    }

    /** The escalations to the caller's principal, newest first: for its chefsläkare or MAS. */
    public List<Listed> forOfficer(Caller officer) {
        return listed(officer, "e.principalId = :principal");
    }

    /** The officer's escalations whose case or escalation matches {@code whose}, newest first. */
    private List<Listed> listed(Caller officer, String whose) {
        requireOfficer(officer);
        return em
                .createQuery(
                        "select e, c.caseNumber from Escalation e, Case c where c.id = e.caseId"
                                + " and "
                                + whose
                                + " order by e.createdAt desc, e.id desc",
                        Object[].class)
                .setParameter("principal", officer.principalId())
                .setMaxResults(1000)
                .getResultList()
                .stream()
                .map(row -> new Listed((Escalation) row[0], (String) row[1]))
                .toList();
    }

    public Listed acknowledge(
            Caller officer, long escalationId, Decision decision, String ivoReference) {
        requireOfficer(officer);
        Escalation escalation = em.find(Escalation.class, escalationId);
        if (escalation == null || !officer.belongsTo(escalation.principalId())) {
            throw new CaseProblem(CaseProblem.Kind.NOT_FOUND, "escalation.not-found");
        }
        Principal principal = organisation.principal(escalation.principalId()).orElseThrow();
        if (decision == Decision.LEX_SARAH && principal.isRegion()) {
            throw new CaseProblem(CaseProblem.Kind.AGAINST_RULE, "escalation.lex-sarah-municipal");
        }
        escalation.acknowledge(decision, ivoReference, officer, time.now());
        String caseNumber = em.find(Case.class, escalation.caseId()).caseNumber();
        return new Listed(escalation, caseNumber);
    }

    /** The chefsläkare of the region or the MAS of a municipality. */
    private void requireOfficer(Caller caller) {
        if (!caller.has(Role.CHIEF_MEDICAL_OFFICER) && !caller.has(Role.MAS)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "escalation.officers-only");
        }
    }
}
