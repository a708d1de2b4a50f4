package se.samverkan.followup;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * When the step has counted every case of the year: the exact percentiles (one more, thin reading
 * of the year for their two minutes), the year before's totals, and the document of the contract,
 * published in one transaction. A failure here fails the step; its restart reads nothing more and
 * publishes again.
 */
@jakarta.enterprise.context.Dependent
@Named("publishFollowUp")
public class PublishFollowUp extends AbstractStepListener {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject StepContext step;

    @Inject FollowUpStore store;

    @Override
    public void afterStep() throws Exception {
        if (step.getException() != null || !(step.getTransientUserData() instanceof YearFigures)) {
            return;
        }
        YearFigures f = (YearFigures) step.getTransientUserData();
        Instant now = Instant.now();
        store.publish(f.year(), now, document(f, now).toString());
    }

    jakarta.json.JsonObject document(YearFigures f, Instant generatedAt) throws Exception {
        long rank50 = f.rank(0.5);
        long rank90 = f.rank(0.9);
        BigDecimal median = null;
        BigDecimal p90 = null;
        if (f.answered() > 0) {
            YearFigures.Bucket b50 = f.rankBucket(rank50);
            YearFigures.Bucket b90 = f.rankBucket(rank90);
            Map<Long, List<Long>> exact =
                    store.answerSecondsIn(
                            f.year(), new java.util.HashSet<>(List.of(b50.minute(), b90.minute())));
            median =
                    YearFigures.days(
                            exact.get(b50.minute()).get((int) (rank50 - b50.before() - 1)));
            p90 = YearFigures.days(exact.get(b90.minute()).get((int) (rank90 - b90.before() - 1)));
        }
        FollowUpStore.Totals before = store.totals(f.year() - 1);

        JsonObjectBuilder directions = JSON.createObjectBuilder();
        directions.add(
                "MUNICIPALITY_TO_REGION",
                f.byDirection().getOrDefault("MUNICIPALITY_TO_REGION", 0L));
        directions.add(
                "REGION_TO_MUNICIPALITY",
                f.byDirection().getOrDefault("REGION_TO_MUNICIPALITY", 0L));
        JsonArrayBuilder principals = JSON.createArrayBuilder();
        f.byPrincipal()
                .forEach(
                        (id, counts) ->
                                principals.add(
                                        JSON.createObjectBuilder()
                                                .add("principalId", id)
                                                .add("reported", counts[0])
                                                .add("concerned", counts[1])));
        JsonArrayBuilder areas = JSON.createArrayBuilder();
        new java.util.TreeMap<>(f.byArea())
                .forEach(
                        (code, count) ->
                                areas.add(
                                        JSON.createObjectBuilder()
                                                .add("areaCode", code)
                                                .add("count", count)));
        JsonObjectBuilder consequences = JSON.createObjectBuilder();
        long[] byConsequence = f.byConsequence();
        for (int c = 1; c <= 4; c++) {
            consequences.add(Integer.toString(c), byConsequence[c]);
        }
        JsonArrayBuilder months = JSON.createArrayBuilder();
        for (long n : f.byMonth()) {
            months.add(n);
        }
        JsonObjectBuilder doc =
                JSON.createObjectBuilder()
                        .add("year", f.year())
                        .add(
                                "generatedAt",
                                OffsetDateTime.ofInstant(generatedAt, YearFigures.COUNTY)
                                        .toString())
                        .add(
                                "totals",
                                JSON.createObjectBuilder()
                                        .add("cases", f.cases())
                                        .add("deviations", f.deviations())
                                        .add("complaints", f.complaints())
                                        .add("serious", f.serious()))
                        .add("byDirection", directions)
                        .add("byPrincipal", principals)
                        .add("byArea", areas)
                        .add("byConsequence", consequences)
                        .add("byMonth", months)
                        .add("answered", f.answered())
                        .add("answeredWithinDeadline", f.answeredWithinDeadline());
        if (median == null) {
            doc.addNull("medianDaysToAnswer").addNull("p90DaysToAnswer");
        } else {
            doc.add("medianDaysToAnswer", median).add("p90DaysToAnswer", p90);
        }
        JsonObjectBuilder delays = JSON.createObjectBuilder();
        long[] answerDelay = f.answerDelay();
        for (int b = 0; b < YearFigures.DELAYS.length; b++) {
            delays.add(YearFigures.DELAYS[b], answerDelay[b]);
        }
        JsonArrayBuilder previousMonths = JSON.createArrayBuilder();
        for (long n : before.byMonth()) {
            previousMonths.add(n);
        }
        JsonArrayBuilder measures = JSON.createArrayBuilder();
        for (FollowUpStore.AreaMeasures area : store.measuresByArea(f.year())) {
            JsonArrayBuilder common = JSON.createArrayBuilder();
            area.common()
                    .forEach(
                            m ->
                                    common.add(
                                            JSON.createObjectBuilder()
                                                    .add("description", m.description())
                                                    .add("count", m.count())));
            measures.add(
                    JSON.createObjectBuilder()
                            .add("areaCode", area.areaCode())
                            .add("cases", area.cases())
                            .add("measures", area.measures())
                            .add("common", common));
        }
        JsonArrayBuilder register = JSON.createArrayBuilder();
        for (FollowUpStore.RegisterLine line : store.forumRegister(f.year())) {
            JsonObjectBuilder l =
                    JSON.createObjectBuilder()
                            .add("caseNumber", line.caseNumber())
                            .add("areaCode", line.areaCode())
                            .add("kind", line.kind())
                            .add("subject", line.subject())
                            .add(
                                    "raisedAt",
                                    OffsetDateTime.ofInstant(line.raisedAt(), YearFigures.COUNTY)
                                            .toString())
                            .add("raisedByPrincipalId", line.raisedByPrincipalId());
            if (line.ownerPrincipalId() == null) {
                l.addNull("ownerPrincipalId");
            } else {
                l.add("ownerPrincipalId", line.ownerPrincipalId());
            }
            register.add(l.add("status", line.status()));
        }
        return doc.add("forwarded", f.forwarded())
                .add("openAtYearEnd", f.openAtYearEnd())
                .add("escalations", f.escalations())
                .add(
                        "previousYear",
                        JSON.createObjectBuilder()
                                .add("cases", before.cases())
                                .add("deviations", before.deviations())
                                .add("complaints", before.complaints())
                                .add("serious", before.serious())
                                .add("byMonth", previousMonths))
                .add("answerDelay", delays)
                .add("measuresByArea", measures)
                .add("forumRegister", register)
                .build();
    }
}
