package se.samverkan.cases.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.access.Caller;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseAction;
import se.samverkan.cases.CaseActions;
import se.samverkan.cases.CaseAnswer;
import se.samverkan.cases.CaseStatus;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.Shown;
import se.samverkan.forum.ForumMatter;
import se.samverkan.forum.rest.ForumMatterView;
import se.samverkan.patient.PatientIdentity;
import se.samverkan.patient.rest.PatientView;
import se.samverkan.platform.TimeSource;

/**
 * A case as the contract shows it, plus the receiver's assessment beside the reporter's; times in
 * the county's offset, absent ones as null. {@code patient} appears only for those who may see it
 * (and only outside lists); {@code hasPatient} tells everyone else that there is one.
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
    "overdue",
    "hasPatient",
    "patient",
    "answerSummary",
    "measures",
    "answers",
    "actions",
    "forumMatter"
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
        boolean overdue,
        boolean hasPatient,
        // Absent, not null, for everyone who may not see it (the contract's "no patient").
        @JsonbNillable(false) PatientView patient,
        // The four below only when one case is shown: never in lists. The answer's summary and
        // measures are the current (last) answer's; {@code answers} holds every answer given.
        @JsonbNillable(false) String answerSummary,
        @JsonbNillable(false) List<String> measures,
        @JsonbNillable(false) List<AnswerView> answers,
        @JsonbNillable(false) Set<CaseAction> actions,
        // Only on one case, and only once it has been raised to the joint forum.
        @JsonbNillable(false) ForumMatterView forumMatter) {

    /** The case as a list shows it: a list never carries a patient identity, only the flag. */
    public static CaseView of(Case c, OffsetDateTime now) {
        return of(c, Optional.empty(), now);
    }

    /**
     * The case as one caller is shown it: the patient when {@link Shown} holds it, the answer with
     * its measures, and the actions this caller may take now ({@link CaseActions}).
     */
    public static CaseView of(Shown shown, Caller caller, OffsetDateTime now) {
        return of(shown, caller, now, Optional.empty());
    }

    /**
     * As {@link #of(Shown, Caller, OffsetDateTime)}, with the case's line in the forum's register
     * if it has been raised: then it is not offered for raising again.
     */
    public static CaseView of(
            Shown shown, Caller caller, OffsetDateTime now, Optional<ForumMatter> forumMatter) {
        Case c = shown.c();
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        actions.addAll(CaseActions.allowed(caller, c));
        if (forumMatter.isPresent()) {
            actions.remove(CaseAction.RAISE_TO_FORUM);
        }
        Optional<CaseAnswer> current = c.currentAnswer();
        return of(
                c,
                shown.patient(),
                current.map(CaseAnswer::summary).orElse(null),
                current.map(a -> List.copyOf(a.measures())).orElse(List.of()),
                c.answers().stream().map(AnswerView::of).toList(),
                actions,
                forumMatter
                        .map(m -> ForumMatterView.of(m, c.caseNumber(), c.areaCode()))
                        .orElse(null),
                now);
    }

    private static CaseView of(Case c, Optional<PatientIdentity> patient, OffsetDateTime now) {
        return of(c, patient, null, null, null, null, null, now);
    }

    private static CaseView of(
            Case c,
            Optional<PatientIdentity> patient,
            String answerSummary,
            List<String> measures,
            List<AnswerView> answers,
            Set<CaseAction> actions,
            ForumMatterView forumMatter,
            OffsetDateTime now) {
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
                c.isOverdue(now),
                c.hasPatient(),
                patient.map(PatientView::of).orElse(null),
                answerSummary,
                measures,
                answers,
                actions,
                forumMatter);
    }
}
