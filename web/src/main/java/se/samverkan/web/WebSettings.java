package se.samverkan.web;

import java.net.URI;

/**
 * Where the browser signs in: the same realm the API trusts ({@code WEB-INF/oidc.json} reads the
 * same property and variable), and the public client of the web pages.
 */
record WebSettings(String authority, String clientId) {

    static WebSettings current() {
        return new WebSettings(
                setting(
                        "samverkan.oidc.url",
                        "SAMVERKAN_OIDC_URL",
                        "http://localhost:8180/realms/samverkan"),
                setting("samverkan.web.client-id", "SAMVERKAN_WEB_CLIENT_ID", "samverkan-web"));
    }

    /** The scheme, host and port of Keycloak, for the Content Security Policy. */
    String authorityOrigin() {
        URI uri = URI.create(authority);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
