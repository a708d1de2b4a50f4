package se.samverkan.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into a problem document. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** A problem the code raised on purpose. */
    @Provider
    public static class Raised implements ExceptionMapper<ProblemException> {
        @Inject Problems problems;

        @Override
        public Response toResponse(ProblemException e) {
            Problem problem = problems.of(e.type(), e.detailKey(), e.arguments());
            if (!e.errors().isEmpty()) {
                problem =
                        new Problem(
                                problem.type(),
                                problem.title(),
                                problem.status(),
                                problem.detail(),
                                problem.instance(),
                                e.errors());
            }
            return problem.toResponse();
        }
    }

    /** What the case rules refuse: 404, 403, 409 or 422, with the reason in words. */
    @Provider
    public static class CaseRules implements ExceptionMapper<se.samverkan.cases.CaseProblem> {
        @Inject Problems problems;

        @Override
        public Response toResponse(se.samverkan.cases.CaseProblem e) {
            ProblemType type =
                    switch (e.kind()) {
                        case NOT_FOUND -> ProblemType.NOT_FOUND;
                        case NOT_PERMITTED -> ProblemType.FORBIDDEN;
                        case WRONG_STATUS -> ProblemType.CONFLICT;
                        case AGAINST_RULE -> ProblemType.UNPROCESSABLE;
                        case PATIENT_IDENTIFIER_IN_TEXT -> ProblemType.PATIENT_IDENTIFIER_IN_TEXT;
                    };
            return problems.of(type, e.messageKey(), e.arguments()).toResponse();
        }
    }

    /** What the registry refuses: 404, 409 (taken) or 422, with the reason in words. */
    @Provider
    public static class RegistryRules
            implements ExceptionMapper<se.samverkan.organisation.RegistryProblem> {
        @Inject Problems problems;

        @Override
        public Response toResponse(se.samverkan.organisation.RegistryProblem e) {
            ProblemType type =
                    switch (e.kind()) {
                        case NOT_FOUND -> ProblemType.NOT_FOUND;
                        case TAKEN -> ProblemType.CONFLICT;
                        case AGAINST_RULE -> ProblemType.UNPROCESSABLE;
                    };
            return problems.of(type, e.messageKey(), e.arguments()).toResponse();
        }
    }

    /** What JAX-RS itself refuses: unknown path, wrong method, media type, role. */
    @Provider
    public static class JaxRs implements ExceptionMapper<WebApplicationException> {
        @Inject Problems problems;

        @Override
        public Response toResponse(WebApplicationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return problems.of(ProblemType.MALFORMED_JSON).toResponse();
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.incident(problems, e);
            }
            Response response = problems.of(ProblemType.forStatus(status)).toResponse();
            if (e instanceof NotAllowedException && e.getResponse() != null) {
                return Response.fromResponse(response)
                        .header(
                                HttpHeaders.ALLOW,
                                e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                        .build();
            }
            return response;
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape for the field it fills. */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Inject Problems problems;

        @Override
        public Response toResponse(ProcessingException e) {
            return problems.of(ProblemType.MALFORMED_JSON).toResponse();
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Inject Problems problems;

        @Override
        public Response toResponse(JsonbException e) {
            return problems.of(ProblemType.MALFORMED_JSON).toResponse();
        }
    }

    /** Bean Validation on the boundary: one entry per field, named as the client sent it. */
    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Inject Problems problems;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors =
                    e.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                            .sorted(Comparator.comparing(Problem.FieldError::field))
                            .toList();
            return problems.validation(errors).toResponse();
        }

        /**
         * The JSON name of the field: {@code create.request.measures[0].description} becomes {@code
         * measures[0].description}; a query parameter keeps its own name.
         */
        static String fieldOf(ConstraintViolation<?> violation) {
            String parameter = "body";
            List<String> properties = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                } else if (node.getKind() == ElementKind.PROPERTY) {
                    if (node.isInIterable() && !properties.isEmpty()) {
                        int last = properties.size() - 1;
                        properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                    }
                    properties.add(node.getName());
                }
            }
            return properties.isEmpty() ? parameter : String.join(".", properties);
        }
    }

    /** Anything else: a 500 with an incident id for the caller, the details for the log only. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Inject Problems problems;

        @Override
        public Response toResponse(Throwable e) {
            return incident(problems, e);
        }

        static Response incident(Problems problems, Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return problems.of(ProblemType.INTERNAL, "internal.incident", incident).toResponse();
        }
    }
}
