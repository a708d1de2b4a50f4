package se.samverkan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MailLinksTest {

    @Test
    void aCaseLinkOpensTheCasePage() {
        assertEquals("/cases/42", MailLinks.route("/42", null));
    }

    @Test
    void aBoxLinkOpensTheBox() {
        assertEquals("/incoming", MailLinks.route(null, "incoming"));
        assertEquals("/incoming", MailLinks.route("/", null));
        assertEquals("/outgoing", MailLinks.route(null, "outgoing"));
    }

    @Test
    void anythingElseUnderCasesIsNotFound() {
        assertNull(MailLinks.route("/42/history", null));
        assertNull(MailLinks.route("/abc", null));
        assertNull(MailLinks.route("/1234567890123456789012", null));
    }
}
