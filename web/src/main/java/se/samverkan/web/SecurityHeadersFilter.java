package se.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep the pages to themselves: scripts and styles only from this origin (no inline
 * script, so an injected tag runs nothing), connections only here and to Keycloak, never framed,
 * and no referrer, so a sign-in code in the address never leaks to another site.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init() {
        String keycloak = WebSettings.current().authorityOrigin();
        policy =
                String.join(
                        "; ",
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "img-src 'self' data: blob:",
                        "connect-src 'self' " + keycloak,
                        "form-action 'self' " + keycloak,
                        "frame-ancestors 'none'",
                        "base-uri 'none'",
                        "object-src 'none'");
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".json")) {
            // WildFly compresses these (configure.cli): caches must keep both forms apart.
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (path.equals("/") || path.endsWith(".html")) {
            // The shell is tiny; always fresh, so a new release is picked up at once.
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
