package se.samverkan.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON body is read whole, at most {@value #JSON_LIMIT} bytes, and checked to be well-formed
 * before anything binds it: far above any real case (10,000 characters of description), far below
 * what would cost the server memory. Over the limit: 413; not well-formed: 400 (see {@link
 * WellFormedJson} for why this cannot be left to JSON-B). Import files (NDJSON) are streamed
 * instead, and their lines checked one by one.
 */
@Provider
public class JsonBodyGuard implements ContainerRequestFilter {

    static final int JSON_LIMIT = 1024 * 1024;

    /** Set on a request whose body this filter has found well-formed: it need not be again. */
    static final String CHECKED = JsonBodyGuard.class.getName() + ".checked";

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !isJson(type)) {
            return;
        }
        if (request.getLength() > JSON_LIMIT) {
            throw tooLarge();
        }
        byte[] body = readAtMostLimit(request.getEntityStream());
        if (!WellFormedJson.check(
                new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, null);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        request.setProperty(CHECKED, Boolean.TRUE);
    }

    static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static byte[] readAtMostLimit(InputStream in) {
        try {
            byte[] body = in.readNBytes(JSON_LIMIT + 1);
            if (body.length > JSON_LIMIT) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "payload-too-large.limit",
                String.valueOf(JSON_LIMIT));
    }
}
