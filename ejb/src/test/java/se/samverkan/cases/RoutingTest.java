package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalKind;

class RoutingTest {

    static final Principal REGION =
            principal("region-jamtland-harjedalen", PrincipalKind.REGION, "23");
    static final Principal OSTERSUND = principal("ostersund", PrincipalKind.MUNICIPALITY, "2380");
    static final Principal KROKOM = principal("krokom", PrincipalKind.MUNICIPALITY, "2309");

    static Principal principal(String id, PrincipalKind kind, String code) {
        return new Principal(id, id, kind, code, "a@x.example", "b@x.example");
    }

    @Test
    void aCaseGoesToTheConcernedPrincipal() {
        assertEquals(
                new Routing.Route("region-jamtland-harjedalen", Optional.empty()),
                Routing.route(OSTERSUND, REGION, false, REGION));
        assertEquals(
                new Routing.Route("krokom", Optional.empty()),
                Routing.route(REGION, KROKOM, false, REGION));
    }

    @Test
    void aPurchasedServiceGoesToTheRegionWithTheEmployerMunicipalityInformed() {
        assertEquals(
                new Routing.Route("region-jamtland-harjedalen", Optional.of("ostersund")),
                Routing.route(REGION, OSTERSUND, true, REGION));
    }

    @Test
    void aPurchasedServiceReportedAgainstTheRegionInformsNoMunicipality() {
        assertEquals(
                new Routing.Route("region-jamtland-harjedalen", Optional.empty()),
                Routing.route(KROKOM, REGION, true, REGION));
    }

    @Test
    void aCaseBetweenTwoMunicipalitiesIsRefused() {
        CaseProblem refused =
                assertThrows(
                        CaseProblem.class, () -> Routing.route(OSTERSUND, KROKOM, false, REGION));

        assertEquals(CaseProblem.Kind.AGAINST_RULE, refused.kind());
        assertEquals("case.same-kind", refused.messageKey());
    }

    @Test
    void aCaseIsNotForwardedToWhereItIsNorToThePrincipalThatReportedItsKind() {
        assertThrows(CaseProblem.class, () -> Routing.requireForwardable(REGION, KROKOM, KROKOM));
        assertThrows(
                CaseProblem.class, () -> Routing.requireForwardable(OSTERSUND, REGION, KROKOM));
        Routing.requireForwardable(REGION, KROKOM, OSTERSUND);
    }

    @Test
    void aRetiredPrincipalReceivesNoNewCaseNorAForwardedOne() {
        Principal merged = principal("ragunda", PrincipalKind.MUNICIPALITY, "2303");
        merged.retire(true);

        CaseProblem filing =
                assertThrows(CaseProblem.class, () -> Routing.route(REGION, merged, false, REGION));
        assertEquals("case.retired-principal", filing.messageKey());
        CaseProblem forwarding =
                assertThrows(
                        CaseProblem.class,
                        () -> Routing.requireForwardable(OSTERSUND, REGION, merged));
        assertEquals("case.retired-principal", forwarding.messageKey());

        merged.retire(false);
        assertEquals(
                new Routing.Route("ragunda", Optional.empty()),
                Routing.route(REGION, merged, false, REGION));
    }
}
