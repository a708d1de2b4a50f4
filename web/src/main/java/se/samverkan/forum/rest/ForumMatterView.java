package se.samverkan.forum.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import se.samverkan.forum.ForumMatter;
import se.samverkan.forum.ForumRegister;
import se.samverkan.forum.MatterKind;
import se.samverkan.forum.MatterStatus;
import se.samverkan.platform.TimeSource;

/**
 * A line of the forum's register: never the case's narrative, patient or names. The owner and the
 * note are null until the forum gives them. (Nillable per component, not on the class: a class
 * annotation would also make a case's absent {@code forumMatter} appear as null.)
 */
@JsonbPropertyOrder({
    "id",
    "caseId",
    "caseNumber",
    "areaCode",
    "kind",
    "subject",
    "raisedAt",
    "raisedByPrincipalId",
    "ownerPrincipalId",
    "status",
    "statusNote",
    "updatedAt"
})
public record ForumMatterView(
        long id,
        long caseId,
        String caseNumber,
        String areaCode,
        MatterKind kind,
        String subject,
        OffsetDateTime raisedAt,
        String raisedByPrincipalId,
        @JsonbNillable String ownerPrincipalId,
        MatterStatus status,
        @JsonbNillable String statusNote,
        OffsetDateTime updatedAt) {

    public static ForumMatterView of(ForumRegister.Line line) {
        return of(line.matter(), line.caseNumber(), line.areaCode());
    }

    public static ForumMatterView of(ForumMatter m, String caseNumber, String areaCode) {
        return new ForumMatterView(
                m.id(),
                m.caseId(),
                caseNumber,
                areaCode,
                m.kind(),
                m.subject(),
                TimeSource.inCounty(m.raisedAt()),
                m.raisedByPrincipalId(),
                m.ownerPrincipalId().orElse(null),
                m.status(),
                m.statusNote().orElse(null),
                TimeSource.inCounty(m.updatedAt()));
    }
}
