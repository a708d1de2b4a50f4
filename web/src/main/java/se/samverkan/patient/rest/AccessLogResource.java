package se.samverkan.patient.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.patient.AccessLog;
import se.samverkan.patient.AccessLogEntry;
import se.samverkan.platform.CsvCells;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.ProblemException;
import se.samverkan.platform.rest.ProblemType;

/**
 * The access log for its reviewer, the administrator: search by period, case and user; a random
 * sample of a period for the recurring review; the same as CSV for the review's records. Read only:
 * there is no endpoint that changes or deletes an entry.
 */
@Path("access-log")
@RequestScoped
@Tag(name = "Åtkomstlogg / Access log")
@RolesAllowed(Role.ADMIN_NAME)
public class AccessLogResource {

    static final String CSV = "text/csv";

    @EJB AccessLog log;

    @Inject CurrentCaller currentCaller;

    @Context HttpHeaders headers;

    @JsonbPropertyOrder({"at", "user", "principalId", "caseId", "action"})
    public record EntryView(
            OffsetDateTime at, String user, String principalId, long caseId, String action) {
        static EntryView of(AccessLogEntry e) {
            return new EntryView(
                    TimeSource.inCounty(e.at()),
                    e.username(),
                    e.principalId(),
                    e.caseId(),
                    e.action().name());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Granska åtkomstloggen / Review the access log")
    public Response search(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("caseId") @Min(1) Long caseId,
            @QueryParam("user") @Size(max = 255) String user,
            @QueryParam("sample") @Min(1) @Max(10_000) Integer sample,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit,
            @QueryParam("format") @Size(max = 8) String format) {
        Caller caller = currentCaller.get();
        if (!caller.has(Role.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "access-log.administrators-only");
        }
        AccessLog.Search search =
                new AccessLog.Search(
                        time("from", from),
                        time("to", to),
                        caseId,
                        user == null || user.isBlank() ? null : user.strip(),
                        limit);
        List<EntryView> entries =
                (sample != null ? log.sample(search, sample) : log.search(search))
                        .stream().map(EntryView::of).toList();
        boolean csv =
                "csv".equalsIgnoreCase(format)
                        || headers.getAcceptableMediaTypes().stream()
                                .anyMatch(
                                        t ->
                                                "text".equals(t.getType())
                                                        && "csv".equals(t.getSubtype()));
        if (csv) {
            return Response.ok(csv(entries), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
                    .build();
        }
        return Response.ok(entries, MediaType.APPLICATION_JSON).build();
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "query.invalid", name);
        }
    }

    /**
     * RFC 4180: a header line, then one line an entry; the texts are quoted and none is read as a
     * formula by the spreadsheet the reviewer opens it in ({@link CsvCells}).
     */
    static String csv(List<EntryView> entries) {
        StringBuilder out = new StringBuilder("at,user,principalId,caseId,action\r\n");
        for (EntryView e : entries) {
            out.append(e.at())
                    .append(',')
                    .append(quoted(e.user()))
                    .append(',')
                    .append(quoted(e.principalId()))
                    .append(',')
                    .append(e.caseId())
                    .append(',')
                    .append(e.action())
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return '"' + CsvCells.text(text).replace("\"", "\"\"") + '"';
    }
}
