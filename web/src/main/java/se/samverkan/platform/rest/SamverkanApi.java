package se.samverkan.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.samverkan.cases.rest.CasesResource;
import se.samverkan.cases.rest.ImportsResource;
import se.samverkan.escalation.rest.EscalationsResource;
import se.samverkan.organisation.rest.AreasResource;
import se.samverkan.organisation.rest.PrincipalsResource;

/** The REST API, under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Samverkan",
                        version = "1",
                        description =
                                "Avvikelser och klagomål mellan region och kommun / Deviations and"
                                        + " complaints between the region and its municipalities"),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
public class SamverkanApi extends Application {

    /**
     * The API's resources and providers, listed rather than scanned: scanning also registers
     * EclipseLink's MOXy JSON provider from the EAR's lib/, which then competes with JSON-B on
     * every request (and builds a JAXB context to decide that it declines).
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                PrincipalsResource.class,
                AreasResource.class,
                se.samverkan.organisation.rest.RegistryResource.class,
                CasesResource.class,
                ImportsResource.class,
                EscalationsResource.class,
                se.samverkan.forum.rest.ForumMattersResource.class,
                se.samverkan.patient.rest.AccessLogResource.class,
                se.samverkan.notification.rest.NotificationsResource.class,
                se.samverkan.followup.rest.FollowUpsResource.class,
                SharedJsonb.class,
                se.samverkan.cases.rest.CasePageWriter.class,
                JsonBodyGuard.class,
                StrictJsonBinding.class,
                ProblemMappers.Raised.class,
                ProblemMappers.CaseRules.class,
                ProblemMappers.RegistryRules.class,
                ProblemMappers.JaxRs.class,
                ProblemMappers.Unreadable.class,
                ProblemMappers.UnreadableJson.class,
                ProblemMappers.Invalid.class,
                ProblemMappers.Unexpected.class);
    }
}
