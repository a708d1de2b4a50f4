package se.samverkan.cases.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.cases.CaseAnswer;
import se.samverkan.platform.TimeSource;

/**
 * One answer of a case as it was given: its number (1 for the first), when, from which principal,
 * the investigation's summary and its measures, in the shape the answer request sends them.
 */
@JsonbPropertyOrder({"number", "at", "principalId", "summary", "measures"})
public record AnswerView(
        int number,
        OffsetDateTime at,
        String principalId,
        String summary,
        List<CaseRequests.Measure> measures) {

    public static AnswerView of(CaseAnswer answer) {
        return new AnswerView(
                answer.number(),
                TimeSource.inCounty(answer.answeredAt()),
                answer.principalId(),
                answer.summary(),
                answer.measures().stream().map(CaseRequests.Measure::new).toList());
    }
}
