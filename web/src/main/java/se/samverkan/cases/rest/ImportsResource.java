package se.samverkan.cases.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Caller;
import se.samverkan.cases.CaseDraft;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.ImportedCase;
import se.samverkan.cases.Imports;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.JsonShape;
import se.samverkan.platform.rest.PlainText;
import se.samverkan.platform.rest.Problem;
import se.samverkan.platform.rest.Problems;
import se.samverkan.platform.rest.SharedJsonb;
import se.samverkan.platform.rest.WellFormedJson;

/**
 * {@code POST /api/imports}: historical cases as NDJSON, one case a line. The body is read as a
 * stream, a batch of lines at a time, so the size of the file does not decide the heap; every bad
 * line is reported by its number with its errors while the good lines go in.
 */
@Path("imports")
@RequestScoped
@Tag(name = "Import")
public class ImportsResource {

    public static final String NDJSON = "application/x-ndjson";

    static final int BATCH = 500;

    @EJB Imports imports;

    @Inject CurrentCaller currentCaller;

    @Inject Validator validator;

    @Inject Problems problems;

    /** One line of the file, as the contract describes it. */
    public record Line(
            @NotBlank @Size(max = 100) @PlainText String externalId,
            @NotNull CaseType type,
            @NotBlank @Size(max = 64) String reportingPrincipalId,
            @NotBlank @Size(max = 64) String concernedPrincipalId,
            @NotBlank @Size(max = 32) String areaCode,
            @NotBlank @Size(max = 200) @PlainText String summary,
            @NotBlank @Size(max = 10_000) @PlainText String description,
            @NotNull @Min(1) @Max(4) Integer consequence,
            @NotNull @Min(1) @Max(4) Integer likelihood,
            Boolean seriousEvent,
            Boolean purchasedService,
            @NotNull OffsetDateTime occurredAt,
            @NotNull OffsetDateTime submittedAt,
            OffsetDateTime answerDue,
            OffsetDateTime acknowledgedAt,
            OffsetDateTime answeredAt,
            OffsetDateTime closedAt,
            Boolean forwarded) {

        ImportedCase toImported() {
            CaseDraft draft =
                    new CaseDraft(
                            type,
                            occurredAt,
                            concernedPrincipalId,
                            areaCode,
                            summary,
                            description,
                            null,
                            consequence,
                            likelihood,
                            Boolean.TRUE.equals(seriousEvent),
                            Boolean.TRUE.equals(purchasedService));
            return new ImportedCase(
                    externalId,
                    reportingPrincipalId,
                    draft,
                    submittedAt,
                    answerDue,
                    acknowledgedAt,
                    answeredAt,
                    closedAt,
                    Boolean.TRUE.equals(forwarded));
        }
    }

    @JsonbPropertyOrder({"line", "errors"})
    public record Rejected(long line, List<Problem.FieldError> errors) {}

    @JsonbPropertyOrder({"imported", "rejected"})
    public record Result(long imported, List<Rejected> rejected) {}

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Importera historiska ärenden (NDJSON) / Import historical cases")
    public Result importCases(InputStream body) {
        Caller caller = currentCaller.get();
        Imports.requireAdministrator(caller);
        long imported = 0;
        List<Rejected> rejected = new ArrayList<>();
        List<Imports.Numbered> batch = new ArrayList<>(BATCH);
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                List<Problem.FieldError> errors = new ArrayList<>();
                ImportedCase line = read(text, errors);
                if (line == null) {
                    rejected.add(new Rejected(number, errors));
                    continue;
                }
                batch.add(new Imports.Numbered(number, line));
                if (batch.size() == BATCH) {
                    imported += flush(caller, batch, rejected);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imported += flush(caller, batch, rejected);
        rejected.sort(Comparator.comparingLong(Rejected::line));
        return new Result(imported, rejected);
    }

    private long flush(Caller caller, List<Imports.Numbered> batch, List<Rejected> rejected) {
        if (batch.isEmpty()) {
            return 0;
        }
        Imports.BatchResult result = imports.importBatch(caller, List.copyOf(batch));
        batch.clear();
        for (Imports.Refusal refusal : result.refused()) {
            rejected.add(
                    new Rejected(
                            refusal.line(),
                            List.of(
                                    new Problem.FieldError(
                                            refusal.field(),
                                            problems.message(
                                                    refusal.messageKey(), refusal.arguments())))));
        }
        return result.imported();
    }

    /** The line as a case, or null with the reasons in {@code errors}. */
    private ImportedCase read(String text, List<Problem.FieldError> errors) {
        Optional<JsonValue> json = WellFormedJson.parse(text);
        if (json.isEmpty()) {
            errors.add(new Problem.FieldError("line", problems.message("import.not-json")));
            return null;
        }
        // A wrong JSON type is named by its field, as in every other body (JsonShape).
        errors.addAll(JsonShape.faults(json.get(), Line.class));
        if (!errors.isEmpty()) {
            return null;
        }
        Line line;
        try {
            line = SharedJsonb.instance().fromJson(text, Line.class);
        } catch (JsonbException e) {
            errors.add(new Problem.FieldError("line", problems.message("import.not-json")));
            return null;
        }
        if (line == null) {
            errors.add(new Problem.FieldError("line", problems.message("import.not-json")));
            return null;
        }
        Set<ConstraintViolation<Line>> violations = validator.validate(line);
        violations.stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .forEach(errors::add);
        if (line.submittedAt() != null
                && line.occurredAt() != null
                && line.occurredAt().isAfter(line.submittedAt())) {
            errors.add(
                    new Problem.FieldError(
                            "occurredAt", problems.message("import.after-submission")));
        }
        if (line.closedAt() != null && line.answeredAt() == null) {
            errors.add(
                    new Problem.FieldError(
                            "closedAt", problems.message("import.closed-unanswered")));
        }
        return errors.isEmpty() ? line.toImported() : null;
    }
}
