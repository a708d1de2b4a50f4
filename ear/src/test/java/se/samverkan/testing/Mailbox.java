package se.samverkan.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) in the test JVM on the port the test WildFly sends to ({@code
 * -Dsamverkan.smtp.port=13025} in arquillian.xml). Tests may stop it to play "SMTP down" and start
 * it again; what it received is read as {@link Mail}.
 */
public final class Mailbox {

    public static final int PORT = Integer.getInteger("samverkan.it.smtp-port", 13025);

    private static GreenMail server;

    private Mailbox() {}

    /** A received message, with the text of all its parts. */
    public record Mail(
            String to, String subject, String deliveryKey, String messageId, String body) {}

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<Mail> received() {
        if (server == null) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            mails.add(read(m));
        }
        return mails;
    }

    /** Waits until the messages matching {@code which} number at least {@code count}. */
    public static List<Mail> await(Predicate<Mail> which, int count, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        List<Mail> matching = List.of();
        while (System.nanoTime() < until) {
            matching = received().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(
                "expected "
                        + count
                        + " messages within "
                        + timeout
                        + ", got "
                        + matching.size()
                        + ": "
                        + matching);
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(
                    Arrays.toString(m.getRecipients(Message.RecipientType.TO)),
                    m.getSubject(),
                    m.getHeader("X-Samverkan-Delivery-Key", null),
                    m.getMessageID(),
                    text(m));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
