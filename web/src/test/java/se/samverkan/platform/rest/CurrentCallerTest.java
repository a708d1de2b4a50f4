package se.samverkan.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {

    private static String bearer(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer "
                + base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
                + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + ".sig";
    }

    @Test
    void readsThePrincipalClaim() {
        assertEquals(
                Optional.of("ostersund"),
                CurrentCaller.principalClaim(
                        bearer("{\"sub\":\"x\",\"principal\":\"ostersund\"}")));
    }

    @Test
    void aTokenWithoutAPrincipalHasNone() {
        assertEquals(Optional.empty(), CurrentCaller.principalClaim(bearer("{\"sub\":\"x\"}")));
        assertEquals(
                Optional.empty(), CurrentCaller.principalClaim(bearer("{\"principal\":\"  \"}")));
        assertEquals(
                Optional.empty(),
                CurrentCaller.principalClaim(bearer("{\"principal\":[\"a\",\"b\"]}")));
    }

    @Test
    void somethingThatIsNotABearerTokenHasNone() {
        assertEquals(Optional.empty(), CurrentCaller.principalClaim(null));
        assertEquals(Optional.empty(), CurrentCaller.principalClaim("Basic dXNlcjpwYXNz"));
        assertEquals(Optional.empty(), CurrentCaller.principalClaim("Bearer a.b"));
        assertEquals(Optional.empty(), CurrentCaller.principalClaim("Bearer a.!!!.c"));
        assertEquals(Optional.empty(), CurrentCaller.principalClaim("Bearer a.bm90IGpzb24.c"));
    }
}
