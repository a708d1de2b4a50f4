package se.samverkan.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The addresses that e-mail sends people to: {@code /cases/{id}} for one case and {@code
 * /cases?box=incoming} for a box. The staff web routes by the fragment ({@code #/cases/42}), so
 * these answer with a redirect to the page's route, where the page signs the person in through
 * Keycloak if needed and then shows the page. Before this servlet every link in every e-mail was a
 * 404, and the officer told of a serious event at night landed on "not found".
 *
 * <p>The e-mail keeps its plain path rather than carrying the fragment itself: a path is what a
 * mail client shows and links reliably, and the mails already sent keep working.
 */
@WebServlet(urlPatterns = {"/cases", "/cases/*"})
public class MailLinks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern CASE = Pattern.compile("/\\d{1,18}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String route = route(request.getPathInfo(), request.getParameter("box"));
        if (route == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/#" + route);
    }

    /** The page's route for the path after {@code /cases} and the {@code box} asked for. */
    static String route(String pathInfo, String box) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return "outgoing".equals(box) ? "/outgoing" : "/incoming";
        }
        return CASE.matcher(pathInfo).matches() ? "/cases" + pathInfo : null;
    }
}
