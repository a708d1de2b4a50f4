package se.samverkan.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.patient.PatientIdentifiers;
import se.samverkan.platform.TimeSource;

/**
 * Imports historical cases a batch at a time, each batch in a transaction of its own so that a
 * million lines never make one huge transaction or fill the persistence context. A line whose
 * {@code externalId} is already imported changes nothing; a line that breaks a rule of the
 * agreement is reported, while the good lines of its batch go in.
 */
@Stateless
public class Imports {

    @Inject EntityManager em;

    @Inject TimeSource time;

    @EJB Organisation organisation;

    @EJB CaseNumbers numbers;

    /** A line of the batch with its number in the file. */
    public record Numbered(long line, ImportedCase imported) {}

    /** A line refused by a domain rule: its number and the message key of the reason. */
    public record Refusal(long line, String field, String messageKey, Object[] arguments) {}

    public record BatchResult(int imported, List<Refusal> refused) {}

    public static void requireAdministrator(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "import.administrators-only");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchResult importBatch(Caller caller, List<Numbered> batch) {
        requireAdministrator(caller);
        Set<String> known = existing(batch);
        Map<String, Optional<Principal>> principals = new HashMap<>();
        Principal region = organisation.region();
        List<Refusal> refused = new ArrayList<>();
        List<Numbered> accepted = new ArrayList<>();
        LocalDate today = time.now().toLocalDate();
        for (Numbered n : batch) {
            ImportedCase line = n.imported();
            if (!known.add(line.externalId())) {
                continue; // imported before (or earlier in this batch): history does not repeat
            }
            Optional<Principal> reporting =
                    principals.computeIfAbsent(
                            line.reportingPrincipalId(), organisation::principal);
            Optional<Principal> concerned =
                    principals.computeIfAbsent(
                            line.draft().concernedPrincipalId(), organisation::principal);
            if (reporting.isEmpty()) {
                refused.add(
                        new Refusal(
                                n.line(),
                                "reportingPrincipalId",
                                "case.unknown-principal",
                                new Object[] {line.reportingPrincipalId()}));
            } else if (concerned.isEmpty()) {
                refused.add(
                        new Refusal(
                                n.line(),
                                "concernedPrincipalId",
                                "case.unknown-principal",
                                new Object[] {line.draft().concernedPrincipalId()}));
            } else if (reporting.get().kind() == concerned.get().kind()) {
                refused.add(
                        new Refusal(
                                n.line(),
                                "concernedPrincipalId",
                                "case.same-kind",
                                new Object[] {reporting.get().name(), concerned.get().name()}));
            } else if (organisation.area(line.draft().areaCode()).isEmpty()) {
                refused.add(
                        new Refusal(
                                n.line(),
                                "areaCode",
                                "case.unknown-area",
                                new Object[] {line.draft().areaCode()}));
            } else if (PatientIdentifiers.anyIn(
                    today, line.draft().summary(), line.draft().description())) {
                refused.add(
                        new Refusal(
                                n.line(),
                                "description",
                                "case.patient-identifier-in-text",
                                new Object[0]));
            } else {
                accepted.add(n);
            }
        }
        OffsetDateTime now = time.now();
        for (Numbered n : accepted) {
            ImportedCase line = n.imported();
            Principal reporting = principals.get(line.reportingPrincipalId()).orElseThrow();
            Principal concerned = principals.get(line.draft().concernedPrincipalId()).orElseThrow();
            Routing.Route route =
                    Routing.route(reporting, concerned, line.draft().purchasedService(), region);
            OffsetDateTime submitted = line.submittedAt();
            int year = submitted.atZoneSameInstant(TimeSource.COUNTY).getYear();
            em.persist(
                    Case.imported(
                            line,
                            numbers.next(year),
                            route,
                            DeadlinePolicy.CONFIGURED
                                    .acknowledgement(line.draft().type())
                                    .deadline(submitted),
                            line.answerDue() != null
                                    ? line.answerDue()
                                    : DeadlinePolicy.CONFIGURED
                                            .answer(line.draft().type())
                                            .deadline(submitted),
                            caller,
                            now));
        }
        return new BatchResult(accepted.size(), refused);
    }

    private Set<String> existing(List<Numbered> batch) {
        List<String> ids = batch.stream().map(n -> n.imported().externalId()).distinct().toList();
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(
                em.createQuery(
                                "select c.externalId from Case c where c.externalId in :ids",
                                String.class)
                        .setParameter("ids", ids)
                        .getResultList());
    }
}
