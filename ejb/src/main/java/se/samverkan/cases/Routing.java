package se.samverkan.cases;

import java.util.Optional;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalKind;

/**
 * Who receives a case: the principal with the care responsibility (vårdansvar).
 *
 * <p>That is the concerned principal, except for purchased services (tjänsteköp, annex 4): in the
 * evenings and nights the municipality's district nurses work for the region's primary care, so the
 * region holds the care responsibility and receives the case, and the concerned municipality is
 * informed as the employer. A case always goes between the region and a municipality; one between
 * two principals of the same kind is refused.
 */
public final class Routing {

    private Routing() {}

    /** Where a case goes: to {@code routedTo}, with {@code informed} (if any) told as well. */
    public record Route(String routedTo, Optional<String> informed) {}

    public static Route route(
            Principal reporting, Principal concerned, boolean purchasedService, Principal region) {
        requireActive(concerned);
        requireDifferentKinds(reporting, concerned);
        if (purchasedService) {
            Optional<String> employer =
                    concerned.kind() == PrincipalKind.MUNICIPALITY
                            ? Optional.of(concerned.id())
                            : Optional.empty();
            return new Route(region.id(), employer);
        }
        return new Route(concerned.id(), Optional.empty());
    }

    /** Forwarding moves a case to another principal; it still goes between the two kinds. */
    public static void requireForwardable(Principal reporting, Principal from, Principal to) {
        requireActive(to);
        if (from.id().equals(to.id())) {
            throw new CaseProblem(CaseProblem.Kind.AGAINST_RULE, "case.forward-to-self");
        }
        requireDifferentKinds(reporting, to);
    }

    /** A retired principal stays on its old cases but receives no new one. */
    private static void requireActive(Principal principal) {
        if (principal.isRetired()) {
            throw new CaseProblem(
                    CaseProblem.Kind.AGAINST_RULE, "case.retired-principal", principal.name());
        }
    }

    private static void requireDifferentKinds(Principal reporting, Principal other) {
        if (reporting.kind() == other.kind()) {
            throw new CaseProblem(
                    CaseProblem.Kind.AGAINST_RULE,
                    "case.same-kind",
                    reporting.name(),
                    other.name());
        }
    }
}
