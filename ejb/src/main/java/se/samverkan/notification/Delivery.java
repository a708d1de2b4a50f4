package se.samverkan.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.platform.TimeSource;

/**
 * Sends the outbox through WildFly's mail session ({@code java:jboss/mail/samverkan}): new
 * notifications at once after their transaction commits, and every five seconds whatever is due
 * (retries after their back-off, anything a crash left behind).
 *
 * <p>Each attempt claims its notification first, sends outside any transaction, then marks it sent;
 * a failed attempt is marked for a retry. Socket timeouts keep a hanging SMTP server from holding a
 * worker for long. The logs name the notification's id and kind, never its recipient's case text
 * (there is none in a notification) nor the address.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    @Resource(lookup = "java:jboss/mail/samverkan")
    Session mail;

    @Resource ManagedExecutorService executor;

    @EJB OutboxStore store;

    @Inject TimeSource time;

    @PostConstruct
    void timeouts() {
        // The live properties of WildFly's session: read when a transport connects.
        mail.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "5000");
        mail.getProperties().putIfAbsent("mail.smtp.timeout", "10000");
        mail.getProperties().putIfAbsent("mail.smtp.writetimeout", "10000");
    }

    /** After a commit: send this one now, on a worker thread. */
    public void deliverSoon(long id) {
        try {
            executor.execute(() -> deliver(id));
        } catch (RejectedExecutionException e) {
            // The sweep will send it within seconds.
            LOG.log(Level.FINE, "executor busy; notification {0} left to the sweep", id);
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
    public void sweep() {
        List<Long> due = store.due(time.now(), 200);
        for (Long id : due) {
            deliver(id);
        }
    }

    /** One attempt: claim, send, mark. Returns whether this call sent the notification. */
    public boolean deliver(long id) {
        var claimed = store.claim(id, time.now());
        if (claimed.isEmpty()) {
            return false;
        }
        Notification n = claimed.get();
        try {
            Transport.send(message(n));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "notification {0} ({1}) not sent, will retry: {2}",
                    new Object[] {id, n.kind(), e.getClass().getSimpleName()});
            store.failed(id, e.getClass().getName() + ": " + e.getMessage(), time.now());
            return false;
        }
        store.sent(id, time.now());
        return true;
    }

    private MimeMessage message(Notification n) throws MessagingException {
        String messageId = "<" + n.deliveryKey().replaceAll("[^A-Za-z0-9.-]", "-") + "@samverkan>";
        MimeMessage message =
                new MimeMessage(mail) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(n.recipient()));
        message.setSubject(n.subject(), "UTF-8");
        message.setHeader("X-Samverkan-Delivery-Key", n.deliveryKey());
        if (n.caseNumber() != null) {
            message.setHeader("X-Samverkan-Case", n.caseNumber());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(n.textBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(n.htmlBody(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        return message;
    }
}
