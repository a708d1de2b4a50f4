package se.samverkan.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Builds problem documents in the caller's language: Swedish unless {@code Accept-Language} prefers
 * English.
 */
@RequestScoped
public class Problems {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final String BUNDLE = "se.samverkan.platform.rest.Messages";

    @Inject HttpServletRequest request;

    @Inject
    public Problems() {
        // CDI
    }

    public Problem of(ProblemType type) {
        return of(type, null);
    }

    /** A problem whose detail is the type's own message, or {@code detailKey}'s. */
    public Problem of(ProblemType type, String detailKey, Object... arguments) {
        return problem(locale(), type, detailKey, arguments);
    }

    /** A problem in {@code locale}, for callers outside a JAX-RS request (error pages). */
    public static Problem problem(
            Locale locale, ProblemType type, String detailKey, Object... arguments) {
        ResourceBundle messages = messages(locale);
        String detail =
                detailKey == null
                        ? text(messages, type.messageKey() + ".detail")
                        : MessageFormat.format(text(messages, detailKey), arguments);
        return new Problem(
                type.uri(),
                text(messages, type.messageKey() + ".title"),
                type.status(),
                detail,
                null,
                null);
    }

    public Problem validation(List<Problem.FieldError> errors) {
        ResourceBundle messages = messages(locale());
        return new Problem(
                ProblemType.VALIDATION.uri(),
                text(messages, "validation.title"),
                ProblemType.VALIDATION.status(),
                text(messages, "validation.detail"),
                null,
                List.copyOf(errors));
    }

    /** A message in the caller's language. */
    public String message(String key, Object... arguments) {
        return MessageFormat.format(text(messages(locale()), key), arguments);
    }

    public Locale locale() {
        return requestLocale(request);
    }

    /**
     * The language of a request: Swedish without {@code Accept-Language} (the servlet API would
     * report the server's locale there), otherwise the first of Swedish or English it accepts.
     */
    public static Locale requestLocale(HttpServletRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return SWEDISH;
        }
        try {
            return preferredLocale(Collections.list(request.getLocales()));
        } catch (IllegalArgumentException unreadable) {
            // A header the container cannot parse (a q-value that is no number) asks for nothing.
            return SWEDISH;
        }
    }

    /** English if the caller ranks English above Swedish, otherwise Swedish. */
    public static Locale preferredLocale(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("sv".equals(locale.getLanguage())) {
                return SWEDISH;
            }
        }
        return SWEDISH;
    }

    private static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
