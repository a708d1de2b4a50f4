package se.samverkan.notification.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.notification.Notification;
import se.samverkan.notification.Notifications;
import se.samverkan.platform.TimeSource;
import se.samverkan.platform.rest.CurrentCaller;

/** The e-mail notifications the caller's mailboxes were sent, to read in the system too. */
@Path("notifications")
@RequestScoped
@Tag(name = "Aviseringar / Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @EJB Notifications notifications;

    @Inject CurrentCaller currentCaller;

    @JsonbNillable
    @JsonbPropertyOrder({"id", "kind", "caseId", "caseNumber", "subject", "createdAt", "sentAt"})
    public record NotificationView(
            long id,
            String kind,
            Long caseId,
            String caseNumber,
            String subject,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(
                    n.id(),
                    n.kind().name(),
                    n.caseId(),
                    n.caseNumber(),
                    n.subject(),
                    TimeSource.inCounty(n.createdAt()),
                    TimeSource.inCounty(n.sentAt()));
        }
    }

    @GET
    @Operation(summary = "Mina aviseringar / My notifications")
    public List<NotificationView> list(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return notifications.forCaller(currentCaller.get(), limit).stream()
                .map(NotificationView::of)
                .toList();
    }
}
