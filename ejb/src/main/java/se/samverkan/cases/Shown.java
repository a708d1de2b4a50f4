package se.samverkan.cases;

import java.util.Optional;
import se.samverkan.patient.PatientIdentity;

/**
 * A case as one caller is shown it: with its patient identity only when the caller may see it
 * ({@link CaseAccess#maySeePatient}); showing one has been written to the access log in the same
 * transaction.
 */
public record Shown(Case c, Optional<PatientIdentity> patient) {}
