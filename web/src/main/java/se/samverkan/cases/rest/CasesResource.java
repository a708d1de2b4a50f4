package se.samverkan.cases.rest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Caller;
import se.samverkan.cases.CaseComment;
import se.samverkan.cases.CaseStatus;
import se.samverkan.cases.Cases;
import se.samverkan.cases.Cursor;
import se.samverkan.cases.Shown;
import se.samverkan.forum.ForumRegister;
import se.samverkan.forum.rest.ForumMatterView;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.ProblemException;
import se.samverkan.platform.rest.ProblemType;
import se.samverkan.platform.rest.SharedJsonb;

/**
 * The cases' REST boundary. One instance serves every request (it holds only proxies: the EJBs, the
 * request-scoped caller and JAX-RS's per-request {@code UriInfo}); a request-scoped resource was
 * built and injected anew for every filing, 2 % of the server's CPU at load.
 */
@Path("cases")
@ApplicationScoped
@Tag(name = "Ärenden / Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    @EJB Cases cases;

    @EJB ForumRegister forum;

    @Inject CurrentCaller currentCaller;

    @Inject TimeSource time;

    @jakarta.ws.rs.core.Context UriInfo uri;

    /** One page of a box; {@code next} is null on the last page. */
    @JsonbNillable
    @JsonbPropertyOrder({"items", "next"})
    public record CasePage(List<CaseView> items, String next) {}

    /**
     * One event; {@code detail} holds a forwarding's or a return's reason, or an agreement; an
     * {@code ANSWERED} event carries the answer it gave, with its own summary and measures.
     */
    @JsonbPropertyOrder({"at", "event", "principalId", "detail", "answer"})
    public record HistoryEntry(
            OffsetDateTime at,
            String event,
            String principalId,
            @JsonbNillable(false) String detail,
            @JsonbNillable(false) AnswerView answer) {}

    @JsonbPropertyOrder({"id", "at", "principalId", "text"})
    public record CommentView(long id, OffsetDateTime at, String principalId, String text) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rapportera en avvikelse eller ett klagomål / File a case")
    public Response file(
            @NotNull @Valid CaseRequests.FileCase request,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 255) String idempotencyKey) {
        Caller caller = currentCaller.get();
        // Only a keyed request is compared with its repeat: the others skip the hashing.
        String hash =
                idempotencyKey == null ? null : sha256(SharedJsonb.instance().toJson(request));
        java.util.function.Supplier<Cases.Filed> filing =
                () ->
                        cases.file(
                                caller,
                                request.toDraft(),
                                request.patientDraft(),
                                idempotencyKey,
                                hash);
        Cases.Filed filed;
        try {
            filed = filing.get();
        } catch (EJBTransactionRolledbackException raced) {
            if (idempotencyKey == null) {
                throw raced;
            }
            // A concurrent request with the same key won; this one returns its case.
            filed = filing.get();
        }
        CaseView view = CaseView.of(filed.filed(), caller, time.now());
        if (!filed.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("cases").path(view.id() + "").build())
                .entity(view)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Ett ärende / A case")
    public CaseView read(@PathParam("id") long id) {
        return view(cases.read(currentCaller.get(), id));
    }

    /** What a box holds, counted over all its cases: by status, open, and overdue. */
    @JsonbPropertyOrder({"box", "total", "open", "overdue", "byStatus"})
    public record BoxCounts(
            String box, long total, long open, long overdue, Map<CaseStatus, Long> byStatus) {}

    @GET
    @Path("counts")
    @Operation(summary = "Antal ärenden i en korg / How many cases a box holds")
    public BoxCounts counts(@QueryParam("box") @DefaultValue("incoming") String box) {
        Cases.Box which = box(box);
        Cases.Counts counts = cases.counts(currentCaller.get(), which);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status, counts.byStatus().getOrDefault(status, 0L));
        }
        return new BoxCounts(
                which.name().toLowerCase(Locale.ROOT),
                counts.total(),
                counts.open(),
                counts.overdue(),
                byStatus);
    }

    @GET
    @Operation(summary = "Inkorg eller utkorg / The incoming or outgoing box")
    public CasePage list(
            @QueryParam("box") @DefaultValue("incoming") String box,
            @QueryParam("status") String status,
            @QueryParam("area") @Size(max = 32) String area,
            @QueryParam("overdue") String overdue,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        Cases.Query query =
                new Cases.Query(
                        box(box),
                        status == null ? null : parse("status", status, CaseStatus::valueOf),
                        area,
                        overdue == null ? null : parse("overdue", overdue, CasesResource::bool),
                        from == null ? null : parse("from", from, OffsetDateTime::parse),
                        to == null ? null : parse("to", to, OffsetDateTime::parse),
                        text == null || text.isBlank() ? null : text.trim(),
                        limit,
                        cursor == null ? null : parse("cursor", cursor, Cursor::parse));
        Cases.Page page = cases.list(currentCaller.get(), query);
        OffsetDateTime now = time.now();
        return new CasePage(
                page.items().stream().map(c -> CaseView.of(c, now)).toList(),
                page.next() == null ? null : page.next().encode());
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Bekräfta mottagandet / Acknowledge")
    public CaseView acknowledge(@PathParam("id") long id) {
        return view(cases.acknowledge(currentCaller.get(), id));
    }

    @POST
    @Path("{id}/forwarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skicka vidare till rätt huvudman / Forward to the right principal")
    public CaseView forward(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.Forwarding request) {
        return view(
                cases.forward(currentCaller.get(), id, request.toPrincipalId(), request.reason()));
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Svara med utredning och åtgärder / Answer with measures")
    public CaseView answer(@PathParam("id") long id, @NotNull @Valid CaseRequests.Answer request) {
        List<String> measures =
                request.measures().stream().map(CaseRequests.Measure::description).toList();
        return view(cases.answer(currentCaller.get(), id, request.summary(), measures));
    }

    @POST
    @Path("{id}/deadline-extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Förläng en tidsfrist efter överenskommelse / Extend a deadline by agreement")
    public CaseView extendDeadline(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.DeadlineExtension request) {
        return view(
                cases.extendDeadline(
                        currentCaller.get(),
                        id,
                        request.clock(),
                        request.until(),
                        request.agreement()));
    }

    @POST
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mottagarens bedömning av allvarlighet / The receiver's assessment")
    public CaseView assess(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.Assessment request) {
        return view(
                cases.assess(currentCaller.get(), id, request.consequence(), request.likelihood()));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Återsänd för fortsatt utredning / Return for investigation")
    public CaseView returnForInvestigation(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.Return request) {
        return view(cases.returnForInvestigation(currentCaller.get(), id, request.reason()));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Avsluta: svaret godtas / Close: the answer is accepted")
    public CaseView close(@PathParam("id") long id) {
        return view(cases.close(currentCaller.get(), id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kommentera / Comment")
    public Response comment(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.Comment request) {
        CaseComment comment = cases.comment(currentCaller.get(), id, request.text());
        return Response.status(Response.Status.CREATED).entity(view(comment)).build();
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "Dialogen mellan parterna / The dialogue between the parties")
    public List<CommentView> comments(@PathParam("id") long id) {
        return cases.comments(currentCaller.get(), id).stream().map(CasesResource::view).toList();
    }

    @POST
    @Path("{id}/forum-matters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lyft till samverkansforum / Raise to the joint forum")
    public Response raiseToForum(
            @PathParam("id") long id, @NotNull @Valid CaseRequests.ForumRaising request) {
        ForumMatterView matter =
                ForumMatterView.of(
                        forum.raise(currentCaller.get(), id, request.kind(), request.subject()));
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("forum-matters")
                                .path(Long.toString(matter.id()))
                                .build())
                .entity(matter)
                .build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Ärendets historik / The case's history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return cases.history(currentCaller.get(), id).stream()
                .map(
                        e ->
                                new HistoryEntry(
                                        TimeSource.inCounty(e.event().occurredAt()),
                                        e.event().event().name(),
                                        e.event().principalId(),
                                        e.event().detail(),
                                        e.answer().map(AnswerView::of).orElse(null)))
                .toList();
    }

    private static CommentView view(CaseComment comment) {
        return new CommentView(
                comment.id(),
                TimeSource.inCounty(comment.writtenAt()),
                comment.principalId(),
                comment.text());
    }

    /** One case as the caller is shown it, with its line in the forum's register if raised. */
    private CaseView view(Shown shown) {
        return CaseView.of(shown, currentCaller.get(), time.now(), forum.ofCase(shown.c().id()));
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** {@code incoming} or {@code outgoing}, in any case; anything else is a 400. */
    private static Cases.Box box(String value) {
        return parse("box", value, v -> Cases.Box.valueOf(v.toUpperCase(Locale.ROOT)));
    }

    /** A query parameter that does not parse is a 400 naming the parameter. */
    private static <T> T parse(
            String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "query.invalid", name);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
