package se.samverkan.cases;

import java.time.OffsetDateTime;

/** What a reporter says about a new case, already checked at the boundary. */
public record CaseDraft(
        CaseType type,
        OffsetDateTime occurredAt,
        String concernedPrincipalId,
        String areaCode,
        String summary,
        String description,
        String immediateActions,
        int consequence,
        int likelihood,
        boolean seriousEvent,
        boolean purchasedService) {

    /**
     * Serious when the consequence is significant or catastrophic (3–4 on the risk matrix), or when
     * the reporter calls it a serious event.
     */
    public boolean serious() {
        return consequence >= 3 || seriousEvent;
    }
}
