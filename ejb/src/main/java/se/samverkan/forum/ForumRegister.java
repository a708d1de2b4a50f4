package se.samverkan.forum;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseAccess;
import se.samverkan.cases.CaseProblem;
import se.samverkan.cases.Cases;
import se.samverkan.organisation.Organisation;
import se.samverkan.patient.PatientIdentifiers;
import se.samverkan.platform.TimeSource;

/**
 * Raises cases to the forum and keeps its register. Who may do what:
 *
 * <ul>
 *   <li>raise: a handler or the medical officer (chefsläkare, MAS) of either party to the case, the
 *       reporting or the routed-to principal, in any status of the case; once per case;
 *   <li>read the register: the forum and the administrator (who never see the cases behind it);
 *   <li>give a matter its owner and status: the forum.
 * </ul>
 */
@Stateless
public class ForumRegister {

    @EJB Cases cases;

    @Inject EntityManager em;

    @Inject TimeSource time;

    @Inject Organisation organisation;

    /** A register line: the matter with what the forum may know of its case. */
    public record Line(ForumMatter matter, String caseNumber, String areaCode) {}

    public Line raise(Caller caller, long caseId, MatterKind kind, String subject) {
        Case c = cases.find(caller, caseId);
        CaseAccess.requireForumRaiser(caller, c);
        OffsetDateTime now = time.now();
        if (PatientIdentifiers.anyIn(now.toLocalDate(), subject)) {
            throw new CaseProblem(
                    CaseProblem.Kind.PATIENT_IDENTIFIER_IN_TEXT, "case.patient-identifier-in-text");
        }
        if (ofCase(c.id()).isPresent()) {
            throw new CaseProblem(CaseProblem.Kind.WRONG_STATUS, "forum.already-raised");
        }
        String principal =
                caller.belongsTo(c.routedToPrincipalId())
                        ? c.routedToPrincipalId()
                        : c.reportingPrincipalId();
        ForumMatter matter = new ForumMatter(c.id(), kind, subject.strip(), principal, now);
        em.persist(matter);
        c.raisedToForum(matter.subject(), caller, now);
        return new Line(matter, c.caseNumber(), c.areaCode());
    }

    /** The case's matter, if it has been raised. */
    public Optional<ForumMatter> ofCase(long caseId) {
        return em.createQuery(
                        "select m from ForumMatter m where m.caseId = :case", ForumMatter.class)
                .setParameter("case", caseId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The register, newest first: for the forum and the administrator. Whole: it grows by a few
     * hundred lines a year, and a register cut short without saying so would mislead the forum.
     */
    public List<Line> register(Caller caller) {
        if (!caller.has(Role.FORUM) && !caller.has(Role.ADMIN)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "forum.forum-only");
        }
        return em
                .createQuery(
                        "select m, c.caseNumber, c.areaCode from ForumMatter m, Case c"
                                + " where c.id = m.caseId order by m.raisedAt desc, m.id desc",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new Line((ForumMatter) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** The forum gives a matter its owner (a principal, or none yet), status and a short note. */
    public Line update(
            Caller caller, long matterId, String owner, MatterStatus status, String note) {
        if (!caller.has(Role.FORUM)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "forum.forum-only");
        }
        ForumMatter matter = em.find(ForumMatter.class, matterId);
        if (matter == null) {
            throw new CaseProblem(CaseProblem.Kind.NOT_FOUND, "forum.not-found");
        }
        if (owner != null && organisation.principal(owner).isEmpty()) {
            throw new CaseProblem(CaseProblem.Kind.AGAINST_RULE, "forum.unknown-owner", owner);
        }
        OffsetDateTime now = time.now();
        if (note != null && PatientIdentifiers.anyIn(now.toLocalDate(), note)) {
            throw new CaseProblem(
                    CaseProblem.Kind.PATIENT_IDENTIFIER_IN_TEXT, "case.patient-identifier-in-text");
        }
        matter.update(owner, status, note == null || note.isBlank() ? null : note.strip(), now);
        Case c = em.find(Case.class, matter.caseId());
        return new Line(matter, c.caseNumber(), c.areaCode());
    }
}
