package se.samverkan.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Role;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.platform.rest.CurrentCaller;

@Path("principals")
@RequestScoped
@Tag(name = "Organisation")
@RolesAllowed({
    Role.REPORTER_NAME,
    Role.HANDLER_NAME,
    Role.CHIEF_MEDICAL_OFFICER_NAME,
    Role.MAS_NAME,
    Role.FORUM_NAME,
    Role.ADMIN_NAME
})
public class PrincipalsResource {

    @Inject Organisation organisation;

    @Inject CurrentCaller caller;

    /** The region and its municipalities; retired ones are no longer listed. */
    @JsonbPropertyOrder({"id", "name", "kind", "code"})
    public record PrincipalView(String id, String name, PrincipalKind kind, String code) {
        static PrincipalView of(Principal principal) {
            return new PrincipalView(
                    principal.id(), principal.name(), principal.kind(), principal.code());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Huvudmännen: regionen och kommunerna / The principals")
    public List<PrincipalView> list() {
        caller.get(); // every user belongs to a principal; one who does not is refused
        return organisation.activePrincipals().stream().map(PrincipalView::of).toList();
    }
}
