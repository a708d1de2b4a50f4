package se.samverkan.platform.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Holds every JSON body to the shape of the record it fills ({@link JsonShape}) before JSON-B binds
 * it: a wrong JSON type or an unknown property is a 400 that names each field at fault, and nothing
 * is stored. The body is already read whole, bounded and checked to be well-formed by {@link
 * JsonBodyGuard}.
 *
 * <p>Unknown properties are refused rather than ignored: a misspelt field ({@code "sumary"}) would
 * otherwise be dropped in silence, and the reporter would learn of it only when the case showed no
 * summary, or not at all for an optional one.
 */
@Provider
public class StrictJsonBinding implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !JsonBodyGuard.isJson(type)
                || !JsonShape.checks(context.getGenericType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (!isBlank(body)) {
            // Checked to be well-formed and not too deep already, but for a body this guard missed.
            JsonValue value =
                    Boolean.TRUE.equals(context.getProperty(JsonBodyGuard.CHECKED))
                            ? WellFormedJson.parseChecked(body)
                            : WellFormedJson.parse(body);
            List<Problem.FieldError> faults = JsonShape.faults(value, context.getGenericType());
            if (!faults.isEmpty()) {
                throw new ProblemException(
                        ProblemType.MALFORMED_JSON, faults, "malformed-json.shape");
            }
        }
        return context.proceed();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
