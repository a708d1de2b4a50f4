package se.samverkan.web;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /web-config.json}: what a page needs before anyone has signed in, which is where to
 * sign in. Nothing secret: the client is public and PKCE protects the code.
 */
@WebServlet(urlPatterns = "/web-config.json")
public class WebConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private byte[] body;

    @Override
    public void init() {
        WebSettings settings = WebSettings.current();
        body =
                Json.createObjectBuilder()
                        .add("authority", settings.authority())
                        .add("clientId", settings.clientId())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
