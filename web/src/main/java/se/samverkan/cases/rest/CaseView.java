package se.samverkan.cases.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseStatus;
import se.samverkan.cases.CaseType;
import se.samverkan.platform.TimeSource;

/**
 * A case as the contract shows it, plus the receiver's assessment beside the reporter's; times in
 * the county's offset, absent ones as null.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "id",
    "caseNumber",
    "type",
    "status",
    "reportingPrincipalId",
    "concernedPrincipalId",
    "routedToPrincipalId",
    "informedPrincipalIds",
    "areaCode",
    "summary",
    "description",
    "immediateActions",
    "consequence",
    "likelihood",
    "assessedConsequence",
    "assessedLikelihood",
    "serious",
    "purchasedService",
    "occurredAt",
    "submittedAt",
    "acknowledgeDue",
    "answerDue",
    "acknowledgedAt",
    "answeredAt",
    "closedAt",
    "overdue"
})
public record CaseView(
        long id,
        String caseNumber,
        CaseType type,
        CaseStatus status,
        String reportingPrincipalId,
        String concernedPrincipalId,
        String routedToPrincipalId,
        List<String> informedPrincipalIds,
        String areaCode,
        String summary,
        String description,
        String immediateActions,
        int consequence,
        int likelihood,
        Integer assessedConsequence,
        Integer assessedLikelihood,
        boolean serious,
        boolean purchasedService,
        OffsetDateTime occurredAt,
        OffsetDateTime submittedAt,
        OffsetDateTime acknowledgeDue,
        OffsetDateTime answerDue,
        OffsetDateTime acknowledgedAt,
        OffsetDateTime answeredAt,
        OffsetDateTime closedAt,
        boolean overdue) {

    public static CaseView of(Case c, OffsetDateTime now) {
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.type(),
                c.status(),
                c.reportingPrincipalId(),
                c.concernedPrincipalId(),
                c.routedToPrincipalId(),
                c.informedPrincipalId().map(List::of).orElse(List.of()),
                c.areaCode(),
                c.summary(),
                c.description(),
                c.immediateActions(),
                c.consequence(),
                c.likelihood(),
                c.assessedConsequence().orElse(null),
                c.assessedLikelihood().orElse(null),
                c.isSerious(),
                c.purchasedService(),
                TimeSource.inCounty(c.occurredAt()),
                TimeSource.inCounty(c.submittedAt()),
                TimeSource.inCounty(c.acknowledgeDue()),
                TimeSource.inCounty(c.answerDue()),
                TimeSource.inCounty(c.acknowledgedAt()),
                TimeSource.inCounty(c.answeredAt()),
                TimeSource.inCounty(c.closedAt()),
                c.isOverdue(now));
    }
}
