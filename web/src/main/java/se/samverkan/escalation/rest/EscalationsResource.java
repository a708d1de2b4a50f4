package se.samverkan.escalation.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.cases.rest.CaseRequests;
import se.samverkan.escalation.Decision;
import se.samverkan.escalation.Escalations;
import se.samverkan.notification.NotificationPolicy;
import se.samverkan.notification.ReminderPlan;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.ProblemException;
import se.samverkan.platform.rest.ProblemType;

@Path("escalations")
@RequestScoped
@Tag(name = "Eskaleringar / Escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @EJB Escalations escalations;

    @Inject CurrentCaller currentCaller;

    @Inject TimeSource time;

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "caseId",
        "caseNumber",
        "principalId",
        "createdAt",
        "acknowledgedAt",
        "decision",
        "ivoReference",
        "overdue"
    })
    public record EscalationView(
            long id,
            long caseId,
            String caseNumber,
            String principalId,
            OffsetDateTime createdAt,
            OffsetDateTime acknowledgedAt,
            Decision decision,
            String ivoReference,
            boolean overdue) {
        static EscalationView of(Escalations.Listed listed, OffsetDateTime now) {
            var e = listed.escalation();
            return new EscalationView(
                    e.id(),
                    e.caseId(),
                    listed.caseNumber(),
                    e.principalId(),
                    TimeSource.inCounty(e.createdAt()),
                    TimeSource.inCounty(e.acknowledgedAt()),
                    e.decision(),
                    e.ivoReference(),
                    ReminderPlan.escalationOverdue(
                            e.createdAt(),
                            e.acknowledgedAt(),
                            now,
                            NotificationPolicy.CONFIGURED.overdueAfter()));
        }

        /** What the reporting side sees: the outcome, without the officer's reference. */
        EscalationView outcome() {
            return new EscalationView(
                    id,
                    caseId,
                    caseNumber,
                    principalId,
                    createdAt,
                    acknowledgedAt,
                    decision,
                    null,
                    overdue);
        }
    }

    @GET
    @Operation(summary = "Eskaleringar till min huvudmans chefsläkare eller MAS / Escalations")
    public List<EscalationView> list(@QueryParam("scope") @DefaultValue("received") String scope) {
        OffsetDateTime now = time.now();
        return switch (scope) {
            case "received" ->
                    escalations.forOfficer(currentCaller.get()).stream()
                            .map(listed -> EscalationView.of(listed, now))
                            .toList();
            case "informed" ->
                    escalations.informedOf(currentCaller.get()).stream()
                            .map(listed -> EscalationView.of(listed, now).outcome())
                            .toList();
            default ->
                    throw new ProblemException(ProblemType.BAD_REQUEST, "query.invalid", "scope");
        };
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kvittera och registrera beslut / Acknowledge with a decision")
    public EscalationView acknowledge(
            @PathParam("id") long id,
            @NotNull @Valid CaseRequests.EscalationAcknowledgement request) {
        return EscalationView.of(
                escalations.acknowledge(
                        currentCaller.get(), id, request.decision(), request.ivoReference()),
                time.now());
    }
}
