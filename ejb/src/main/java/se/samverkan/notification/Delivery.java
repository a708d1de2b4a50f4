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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** How many notifications one round claims and sends over one SMTP connection. */
    static final int ROUND = 50;

    /** Whether a drain is running or asked for; one drain at a time in this server. */
    private final AtomicBoolean draining = new AtomicBoolean();

    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * After a commit: an escalation is sent on its own at once (the agreement's "direct contact"
     * must not queue behind ordinary mail); anything else makes sure a drain runs now.
     */
    public void deliverSoon(long id, NotificationKind kind) {
        if (OutboxStore.URGENT.contains(kind)) {
            try {
                executor.execute(() -> deliverOne(id));
                return;
            } catch (RejectedExecutionException e) {
                // fall through to the drain
            }
        }
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // the sweep will send it within seconds
            }
        }
    }

    /**
     * Makes sure a drain runs. The drain runs on the executor, not on the timer's thread: a long
     * queue kept the timer busy, and WildFly logged every skipped sweep, every five seconds.
     */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
    public void sweep() {
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                drain(); // no thread to spare: this one sends
            }
        }
    }

    /** Sends rounds until nothing is due; a signal that arrives meanwhile makes another pass. */
    private void drain() {
        try {
            do {
                again.set(false);
                while (round() == ROUND) {
                    // a full round: there may be more
                }
            } while (again.get());
        } finally {
            draining.set(false);
        }
        if (again.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** The fast path: claim this one, send it over its own connection, mark it. */
    void deliverOne(long id) {
        var claimed = store.claimOne(id, time.now());
        if (claimed.isEmpty()) {
            return; // a drain or another server has it
        }
        Notification n = claimed.get();
        try {
            MimeMessage message = message(n);
            Transport.send(message);
            store.sent(List.of(id), time.now());
        } catch (MessagingException | RuntimeException e) {
            fail(n, e);
            store.failed(id, e.getClass().getName() + ": " + e.getMessage(), time.now());
        }
    }

    /** One round: claim, send over one connection, mark. Returns how many were claimed. */
    int round() {
        List<Notification> claimed = store.claim(time.now(), ROUND);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        String error = "not sent in this round";
        Transport transport = null;
        try {
            transport = mail.getTransport("smtp");
            transport.connect();
            for (Notification n : claimed) {
                try {
                    MimeMessage message = message(n);
                    transport.sendMessage(message, message.getAllRecipients());
                    sent.add(n.id());
                } catch (MessagingException e) {
                    fail(n, e);
                    error = e.getClass().getName() + ": " + e.getMessage();
                    if (!transport.isConnected()) {
                        break;
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            error = e.getClass().getName() + ": " + e.getMessage();
            LOG.log(
                    Level.WARNING,
                    "SMTP not reachable, {0} notifications will be retried: {1}",
                    new Object[] {claimed.size() - sent.size(), e.getClass().getSimpleName()});
        } finally {
            close(transport);
        }
        store.sent(sent, time.now());
        for (Notification n : claimed) {
            if (!sent.contains(n.id())) {
                store.failed(n.id(), error, time.now());
            }
        }
        return claimed.size();
    }

    private void fail(Notification n, Exception e) {
        LOG.log(
                Level.WARNING,
                "notification {0} ({1}) not sent, will retry: {2}",
                new Object[] {n.id(), n.kind(), e.getClass().getSimpleName()});
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // already gone
            }
        }
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
