package se.samverkan.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The error page for what the container answers before JAX-RS is reached: chiefly the 401 of the
 * OIDC mechanism when a token is missing, expired or not for this API. Under {@code /api} the
 * answer is a problem document like every other API error; elsewhere a short page for people.
 */
@WebServlet(name = "container-errors", urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/errors/container";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Locale locale = Problems.requestLocale(request);
        Problem problem = Problems.problem(locale, ProblemType.forStatus(status), null);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri instanceof String path && path.startsWith("/api")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(SharedJsonb.instance().toJson(problem));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html lang=\""
                                    + locale.getLanguage()
                                    + "\"><head><meta charset=\"utf-8\">"
                                    // Read on a phone at night as often as on a desk.
                                    + "<meta name=\"viewport\""
                                    + " content=\"width=device-width, initial-scale=1\">"
                                    + "<link rel=\"stylesheet\" href=\"/css/app.css\"><title>"
                                    + problem.title()
                                    + "</title></head><body><main id=\"main\"><h1>"
                                    + problem.title()
                                    + "</h1><p>"
                                    + problem.detail()
                                    + "</p><p><a href=\"/\">Samverkan</a></p></main></body>"
                                    + "</html>");
        }
    }
}
