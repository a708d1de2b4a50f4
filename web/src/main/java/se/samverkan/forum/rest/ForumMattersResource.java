package se.samverkan.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Role;
import se.samverkan.forum.ForumRegister;
import se.samverkan.forum.MatterStatus;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.PlainText;

@Path("forum-matters")
@RequestScoped
@Tag(name = "Samverkansforum / Joint forum")
@RolesAllowed({Role.FORUM_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ForumMattersResource {

    @EJB ForumRegister register;

    @Inject CurrentCaller currentCaller;

    /**
     * The forum's decision on a matter, the whole of it: a null owner means none yet, a null or
     * blank note none.
     */
    public record MatterChange(
            @Size(min = 1, max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
                    String ownerPrincipalId,
            @NotNull MatterStatus status,
            @Size(max = 500) @PlainText String statusNote) {}

    @GET
    @Operation(summary = "Forumets register / The forum's register of raised matters")
    public List<ForumMatterView> register() {
        return register.register(currentCaller.get()).stream().map(ForumMatterView::of).toList();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ägare och status för en fråga / Owner and status of a matter")
    public ForumMatterView change(@PathParam("id") long id, @NotNull @Valid MatterChange change) {
        return ForumMatterView.of(
                register.update(
                        currentCaller.get(),
                        id,
                        change.ownerPrincipalId(),
                        change.status(),
                        change.statusNote()));
    }
}
