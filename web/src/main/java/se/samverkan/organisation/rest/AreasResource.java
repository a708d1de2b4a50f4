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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Role;
import se.samverkan.organisation.Area;
import se.samverkan.organisation.Organisation;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.Problems;

@Path("areas")
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
public class AreasResource {

    @Inject Organisation organisation;

    @Inject CurrentCaller caller;

    @Inject Problems problems;

    /** An area of deviation; retired areas are listed too, so that old cases can show them. */
    @JsonbPropertyOrder({"code", "name", "retired"})
    public record AreaView(String code, String name, boolean retired) {
        static AreaView of(Area area, Locale locale) {
            return new AreaView(area.code(), area.name(locale), area.isRetired());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Avvikelseområdena / The areas of deviation")
    public List<AreaView> list() {
        caller.get();
        Locale locale = problems.locale();
        return organisation.areas().stream().map(a -> AreaView.of(a, locale)).toList();
    }
}
