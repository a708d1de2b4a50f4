package se.samverkan.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No JSON body may be larger than {@value #JSON_LIMIT} bytes: far above any real case (10,000
 * characters of description), far below what would cost the server memory. Import files (NDJSON)
 * are streamed and exempt. A declared length over the limit is refused before reading; a chunked
 * body is cut off when it passes the limit. Either way: 413, nothing saved.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final int JSON_LIMIT = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || (type != null && type.getSubtype().equals("x-ndjson"))) {
            return;
        }
        if (request.getLength() > JSON_LIMIT) {
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "payload-too-large.limit",
                String.valueOf(JSON_LIMIT));
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > JSON_LIMIT) {
                throw tooLarge();
            }
        }
    }
}
