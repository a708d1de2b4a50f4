package se.samverkan.platform.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi}: the API description (OpenAPI 3.1, JSON), as the build made it from the
 * resources and {@link ContractDescription} completed it.
 *
 * <p>Served by the application rather than by WildFly's MicroProfile OpenAPI subsystem, which
 * scanned EclipseLink's JPA-RS resources from the EAR's {@code lib/} into 19 phantom operations and
 * answered every origin with {@code Access-Control-Allow-Origin: *} and credentials allowed,
 * without the security headers every other response has ({@code SecurityHeadersFilter}). No token
 * is needed: the description holds nothing secret, and clients read it before they sign in.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String DOCUMENT = "/META-INF/openapi.json";

    private byte[] description;

    @Override
    public void init() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing: the build makes it");
            }
            description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(description.length);
        response.getOutputStream().write(description);
    }
}
