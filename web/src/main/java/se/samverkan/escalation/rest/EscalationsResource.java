package se.samverkan.escalation.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.cases.rest.CaseRequests;
import se.samverkan.escalation.Decision;
import se.samverkan.escalation.Escalations;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;

@Path("escalations")
@RequestScoped
@Tag(name = "Eskaleringar / Escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @EJB Escalations escalations;

    @Inject CurrentCaller currentCaller;

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "caseId",
        "caseNumber",
        "principalId",
        "createdAt",
        "acknowledgedAt",
        "decision",
        "ivoReference"
    })
    public record EscalationView(
            long id,
            long caseId,
            String caseNumber,
            String principalId,
            OffsetDateTime createdAt,
            OffsetDateTime acknowledgedAt,
            Decision decision,
            String ivoReference) {
        static EscalationView of(Escalations.Listed listed) {
            var e = listed.escalation();
            return new EscalationView(
                    e.id(),
                    e.caseId(),
                    listed.caseNumber(),
                    e.principalId(),
                    TimeSource.inCounty(e.createdAt()),
                    TimeSource.inCounty(e.acknowledgedAt()),
                    e.decision(),
                    e.ivoReference());
        }
    }

    @GET
    @Operation(summary = "Eskaleringar till min huvudmans chefsläkare eller MAS / Escalations")
    public List<EscalationView> list() {
        return escalations.forOfficer(currentCaller.get()).stream()
                .map(EscalationView::of)
                .toList();
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
                        currentCaller.get(), id, request.decision(), request.ivoReference()));
    }
}
