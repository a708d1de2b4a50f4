package se.samverkan.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Where a page of a box ended: the last case's submission time and id. Lists are ordered by
 * (submittedAt, id) descending, both fixed for a case's life, so a page after a cursor never skips
 * or repeats a case, whatever is filed meanwhile.
 */
public record Cursor(OffsetDateTime submittedAt, long id) {

    public String encode() {
        Instant at = submittedAt.toInstant();
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client got back; anything else is an {@link IllegalArgumentException}. */
    public static Cursor parse(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            String[] parts = raw.split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a cursor");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new Cursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor: " + text, e);
        }
    }

    public static Cursor after(Case last) {
        return new Cursor(last.submittedAt(), last.id());
    }
}
