package se.samverkan.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void swedishUnlessEnglishIsPreferredOverIt() {
        assertEquals(Problems.SWEDISH, Problems.preferredLocale(List.of()));
        assertEquals(Problems.SWEDISH, Problems.preferredLocale(List.of(Locale.GERMAN)));
        assertEquals(Locale.ENGLISH, Problems.preferredLocale(List.of(Locale.UK)));
        assertEquals(
                Problems.SWEDISH,
                Problems.preferredLocale(List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)));
        assertEquals(
                Locale.ENGLISH,
                Problems.preferredLocale(
                        List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("sv"))));
    }

    @Test
    void aRequestWithoutAcceptLanguageGetsSwedish() {
        assertEquals(Problems.SWEDISH, Problems.requestLocale(null));
    }

    @Test
    void problemsSpeakSwedishFirstAndEnglishOnRequest() {
        Problem swedish = Problems.problem(Problems.SWEDISH, ProblemType.NOT_FOUND, null);
        Problem english = Problems.problem(Locale.ENGLISH, ProblemType.NOT_FOUND, null);

        assertEquals("Finns inte", swedish.title());
        assertEquals("Not found", english.title());
        assertEquals("/problems/not-found", swedish.type());
        assertEquals(404, swedish.status());
        assertNull(swedish.errors());
    }

    @Test
    void anIncidentIdIsFilledIntoTheDetail() {
        Problem problem =
                Problems.problem(
                        Locale.ENGLISH, ProblemType.INTERNAL, "internal.incident", "abc-123");

        assertEquals(
                "An unexpected error occurred. Give incident abc-123 to support.",
                problem.detail());
    }

    @Test
    void everyMessageKeyHasBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            for (Locale locale : List.of(Problems.SWEDISH, Locale.ENGLISH)) {
                Problem problem = Problems.problem(locale, type, null);
                assertEquals(false, problem.title().endsWith(".title"), type + " " + locale);
                assertEquals(false, problem.detail().endsWith(".detail"), type + " " + locale);
            }
        }
    }

    @Test
    void whatJaxRsRefusesBecomesTheMatchingProblem() {
        ProblemMappers.JaxRs mapper = new ProblemMappers.JaxRs();
        mapper.problems = new Problems();

        assertEquals("/problems/forbidden", typeOf(mapper.toResponse(new ForbiddenException())));
        assertEquals(
                "/problems/unsupported-media-type",
                typeOf(mapper.toResponse(new NotSupportedException())));
        assertEquals(
                "/problems/not-acceptable",
                typeOf(mapper.toResponse(new NotAcceptableException())));
        assertEquals(
                "/problems/unauthorized",
                typeOf(mapper.toResponse(new NotAuthorizedException("Bearer"))));
        assertEquals("/problems/not-found", typeOf(mapper.toResponse(new NotFoundException())));
        assertEquals(415, mapper.toResponse(new NotSupportedException()).getStatus());
        assertEquals(
                Problem.PROBLEM_JSON, mapper.toResponse(new ForbiddenException()).getMediaType());
    }

    @Test
    void aServerErrorFromJaxRsIsAnIncidentWithoutDetailsOfTheCause() {
        ProblemMappers.JaxRs mapper = new ProblemMappers.JaxRs();
        mapper.problems = new Problems();

        Response response = mapper.toResponse(new ServiceUnavailableException("db down"));

        assertEquals(500, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals("/problems/internal", problem.type());
        assertEquals(false, problem.detail().contains("db down"));
    }

    private static String typeOf(Response response) {
        return ((Problem) response.getEntity()).type();
    }
}
