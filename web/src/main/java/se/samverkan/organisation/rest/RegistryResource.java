package se.samverkan.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.access.Role;
import se.samverkan.organisation.Area;
import se.samverkan.organisation.CareUnit;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.Registry;
import se.samverkan.organisation.UnitKind;
import se.samverkan.platform.rest.CurrentCaller;
import se.samverkan.platform.rest.PlainText;

/**
 * The registry as administrators keep it: principals with their mailboxes and units, and the areas
 * of deviation in both languages. Add, rename, retire; never delete. Admin only.
 */
@Path("registry")
@RequestScoped
@Tag(name = "Organisation")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    @Inject Organisation organisation;

    @Inject Registry registry;

    @Inject CurrentCaller caller;

    @JsonbPropertyOrder({"id", "code", "name", "kind", "retired"})
    public record UnitView(long id, String code, String name, UnitKind kind, boolean retired) {
        static UnitView of(CareUnit u) {
            return new UnitView(u.id(), u.code(), u.name(), u.kind(), u.isRetired());
        }
    }

    @JsonbPropertyOrder({
        "id",
        "name",
        "kind",
        "code",
        "handlerEmail",
        "medicalOfficerEmail",
        "retired",
        "units"
    })
    public record PrincipalDetail(
            String id,
            String name,
            PrincipalKind kind,
            String code,
            String handlerEmail,
            String medicalOfficerEmail,
            boolean retired,
            List<UnitView> units) {
        static PrincipalDetail of(Principal p, List<CareUnit> units) {
            return new PrincipalDetail(
                    p.id(),
                    p.name(),
                    p.kind(),
                    p.code(),
                    p.handlerEmail(),
                    p.medicalOfficerEmail(),
                    p.isRetired(),
                    units.stream().map(UnitView::of).toList());
        }
    }

    @JsonbPropertyOrder({"code", "nameSv", "nameEn", "descriptionSv", "descriptionEn", "retired"})
    public record AreaDetail(
            String code,
            String nameSv,
            String nameEn,
            String descriptionSv,
            String descriptionEn,
            boolean retired) {
        static AreaDetail of(Area a) {
            return new AreaDetail(
                    a.code(),
                    a.nameSv(),
                    a.nameEn(),
                    a.descriptionSv(),
                    a.descriptionEn(),
                    a.isRetired());
        }
    }

    @JsonbPropertyOrder({"principals", "areas"})
    public record RegistryView(List<PrincipalDetail> principals, List<AreaDetail> areas) {}

    public record NewMunicipality(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String id,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @Pattern(regexp = "\\d{4}") String code,
            @NotBlank @Email @Size(max = 254) String handlerEmail,
            @NotBlank @Email @Size(max = 254) String medicalOfficerEmail) {}

    public record PrincipalChange(
            @Size(min = 1, max = 200) @PlainText String name,
            @Email @Size(min = 3, max = 254) String handlerEmail,
            @Email @Size(min = 3, max = 254) String medicalOfficerEmail,
            Boolean retired) {}

    public record NewUnit(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String code,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotNull UnitKind kind) {}

    public record UnitChange(@Size(min = 1, max = 200) @PlainText String name, Boolean retired) {}

    public record NewArea(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
            @NotBlank @Size(max = 200) @PlainText String nameSv,
            @NotBlank @Size(max = 200) @PlainText String nameEn,
            @NotBlank @Size(max = 1000) @PlainText String descriptionSv,
            @NotBlank @Size(max = 1000) @PlainText String descriptionEn) {}

    public record AreaChange(
            @Size(min = 1, max = 200) @PlainText String nameSv,
            @Size(min = 1, max = 200) @PlainText String nameEn,
            @Size(min = 1, max = 1000) @PlainText String descriptionSv,
            @Size(min = 1, max = 1000) @PlainText String descriptionEn,
            Boolean retired) {}

    @GET
    @Operation(summary = "Registret med enheter och områden / The registry, for administrators")
    public RegistryView read() {
        caller.get();
        return new RegistryView(
                organisation.principals().stream()
                        .map(p -> PrincipalDetail.of(p, organisation.units(p.id())))
                        .toList(),
                organisation.areas().stream().map(AreaDetail::of).toList());
    }

    @POST
    @Path("principals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg till en kommun / Add a municipality")
    public Response addMunicipality(@NotNull @Valid NewMunicipality request) {
        caller.get();
        Principal p =
                registry.addMunicipality(
                        request.id(),
                        request.name().trim(),
                        request.code(),
                        request.handlerEmail(),
                        request.medicalOfficerEmail());
        return Response.status(Response.Status.CREATED)
                .entity(PrincipalDetail.of(p, List.of()))
                .build();
    }

    @PATCH
    @Path("principals/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Byt namn, brevlådor eller avveckla / Rename, mailboxes, retire")
    public PrincipalDetail changePrincipal(
            @PathParam("id") @Size(max = 64) String id, @NotNull @Valid PrincipalChange change) {
        caller.get();
        Principal p =
                registry.changePrincipal(
                        id,
                        trimmed(change.name()),
                        Optional.ofNullable(change.handlerEmail()),
                        Optional.ofNullable(change.medicalOfficerEmail()),
                        Optional.ofNullable(change.retired()));
        return PrincipalDetail.of(p, organisation.units(p.id()));
    }

    @POST
    @Path("principals/{id}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg till en enhet / Add a unit")
    public Response addUnit(
            @PathParam("id") @Size(max = 64) String id, @NotNull @Valid NewUnit request) {
        caller.get();
        CareUnit unit = registry.addUnit(id, request.code(), request.name().trim(), request.kind());
        return Response.status(Response.Status.CREATED).entity(UnitView.of(unit)).build();
    }

    @PATCH
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Byt namn på eller avveckla en enhet / Rename or retire a unit")
    public UnitView changeUnit(@PathParam("id") long id, @NotNull @Valid UnitChange change) {
        caller.get();
        return UnitView.of(
                registry.changeUnit(
                        id, trimmed(change.name()), Optional.ofNullable(change.retired())));
    }

    @POST
    @Path("areas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg till ett område / Add an area")
    public Response addArea(@NotNull @Valid NewArea request) {
        caller.get();
        Area area =
                registry.addArea(
                        request.code(),
                        request.nameSv().trim(),
                        request.nameEn().trim(),
                        request.descriptionSv().trim(),
                        request.descriptionEn().trim());
        return Response.status(Response.Status.CREATED).entity(AreaDetail.of(area)).build();
    }

    @PATCH
    @Path("areas/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Byt namn på eller avveckla ett område / Rename or retire an area")
    public AreaDetail changeArea(
            @PathParam("code") @Size(max = 32) String code, @NotNull @Valid AreaChange change) {
        caller.get();
        return AreaDetail.of(
                registry.changeArea(
                        code,
                        trimmed(change.nameSv()),
                        trimmed(change.nameEn()),
                        trimmed(change.descriptionSv()),
                        trimmed(change.descriptionEn()),
                        Optional.ofNullable(change.retired())));
    }

    private static Optional<String> trimmed(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
