package se.samverkan.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Role;
import se.samverkan.followup.FollowUpPdf;
import se.samverkan.followup.FollowUpSpreadsheets;
import se.samverkan.followup.FollowUpStore;
import se.samverkan.followup.FollowUpTables;
import se.samverkan.followup.FollowUps;
import se.samverkan.followup.YearFigures;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.ProblemException;
import se.samverkan.platform.rest.ProblemType;

/**
 * The yearly follow-up of the contract: start a year (forum, admin), watch it, read its figures.
 * The figures are statistics only: no patient data, no names, no narrative.
 */
@Path("follow-ups")
@RequestScoped
@Tag(name = "Follow-up")
@RolesAllowed({Role.FORUM_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpsResource {

    @Inject FollowUps followUps;

    @Inject CurrentCaller caller;

    @Inject TimeSource time;

    @Inject se.samverkan.organisation.Organisation organisation;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record Start(@NotNull @Min(2000) @Max(2100) Integer year) {}

    @JsonbNillable
    @JsonbPropertyOrder({"year", "executionId", "status", "step", "progress"})
    public record Running(int year, long executionId, String status, String step, double progress) {
        static Running of(FollowUps.Progress p) {
            return new Running(p.year(), p.executionId(), p.status(), p.step(), p.shareDone());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"year", "executionId", "status", "progress", "generatedAt"})
    public record Compiled(
            int year,
            Long executionId,
            String status,
            double progress,
            OffsetDateTime generatedAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sammanställ ett år / Compile a year")
    public Response start(@NotNull @Valid Start request) {
        caller.get();
        int thisYear = time.now().atZoneSameInstant(YearFigures.COUNTY).getYear();
        if (request.year() > thisYear) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE, "follow-up.future-year", request.year());
        }
        return Response.accepted(Running.of(followUps.start(request.year()))).build();
    }

    @GET
    @Operation(summary = "De sammanställda åren / The years compiled")
    public List<Compiled> list() {
        caller.get();
        return followUps.years().stream()
                .map(
                        e -> {
                            var p = followUps.progress(e.year());
                            return new Compiled(
                                    e.year(),
                                    e.executionId(),
                                    p.map(FollowUps.Progress::status).orElse(null),
                                    p.map(FollowUps.Progress::shareDone).orElse(0.0),
                                    e.generatedAt() == null
                                            ? null
                                            : TimeSource.inCounty(
                                                    e.generatedAt()
                                                            .atOffset(java.time.ZoneOffset.UTC)));
                        })
                .toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Ett års siffror, eller hur arbetet går / A year's figures, or progress")
    public Response read(@PathParam("year") @Min(2000) @Max(2100) int year) {
        caller.get();
        FollowUps.Progress progress =
                followUps
                        .progress(year)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.NOT_FOUND,
                                                "follow-up.not-started",
                                                year));
        if ("COMPLETED".equals(progress.status())) {
            FollowUpStore.Entry entry = followUps.result(year).orElseThrow();
            if (entry.document().isPresent()) {
                return Response.ok(entry.document().get(), MediaType.APPLICATION_JSON).build();
            }
        }
        return Response.accepted(Running.of(progress)).build();
    }

    @GET
    @Path("{year}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "Årets siffror som CSV / The year's figures as CSV")
    public Response csv(@PathParam("year") @Min(2000) @Max(2100) int year) {
        List<FollowUpTables.Table> tables = published(year).tables();
        jakarta.ws.rs.core.StreamingOutput body = out -> FollowUpSpreadsheets.csv(tables, out);
        return download(body, "text/csv; charset=UTF-8", "samverkan-uppfoljning-" + year + ".csv");
    }

    @GET
    @Path("{year}/report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Årets siffror som arbetsbok / The year's figures as XLSX")
    public Response xlsx(@PathParam("year") @Min(2000) @Max(2100) int year) {
        List<FollowUpTables.Table> tables = published(year).tables();
        jakarta.ws.rs.core.StreamingOutput body = out -> FollowUpSpreadsheets.xlsx(tables, out);
        return download(body, XLSX, "samverkan-uppfoljning-" + year + ".xlsx");
    }

    @GET
    @Path("{year}/report.pdf")
    @Produces("application/pdf")
    @Operation(
            summary =
                    "Årets rapport till samverkansforum, med diagram (PDF/UA) / The forum's report")
    public Response pdf(@PathParam("year") @Min(2000) @Max(2100) int year) {
        Published published = published(year);
        jakarta.ws.rs.core.StreamingOutput body =
                out -> FollowUpPdf.write(published.document(), published.names(), out);
        return download(body, "application/pdf", "samverkan-uppfoljning-" + year + ".pdf");
    }

    /** A year's latest published figures, and the words for its principal ids and area codes. */
    record Published(
            jakarta.json.JsonObject document, java.util.function.Function<String, String> names) {
        List<FollowUpTables.Table> tables() {
            return FollowUpTables.of(document, names);
        }
    }

    /** The year's latest published figures; 404 until a run has completed. */
    private Published published(int year) {
        caller.get();
        String document =
                followUps
                        .result(year)
                        .flatMap(FollowUpStore.Entry::document)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.NOT_FOUND,
                                                "follow-up.not-started",
                                                year));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        organisation.principals().forEach(p -> names.put(p.id(), p.name()));
        organisation
                .areas()
                .forEach(a -> names.put(a.code(), a.name(java.util.Locale.forLanguageTag("sv"))));
        jakarta.json.JsonObject doc =
                jakarta.json.Json.createReader(new java.io.StringReader(document)).readObject();
        return new Published(doc, id -> names.getOrDefault(id, id));
    }

    private static Response download(
            jakarta.ws.rs.core.StreamingOutput body, String type, String filename) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
