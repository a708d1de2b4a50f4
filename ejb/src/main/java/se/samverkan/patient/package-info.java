/**
 * Patient identity and the access log (Patient Data Act, HSLF-FS 2016:40 4 kap. 9 §).
 *
 * <p>A case is de-identified by default. When a reporter records who the patient is, the identity
 * lives in its own table ({@link se.samverkan.patient.PatientIdentity}), never in the case's text
 * columns; it needs a legal ground and a valid personnummer or samordningsnummer ({@link
 * se.samverkan.patient.PersonalIdentityNumber}). Free text is checked so that no identity slips
 * into the narrative ({@link se.samverkan.patient.PatientIdentifiers}). Who may see an identity is
 * decided in one place ({@link se.samverkan.cases.CaseAccess#maySeePatient}); every response that
 * carries one writes an {@link se.samverkan.patient.AccessLogEntry} in the same transaction as the
 * read. The log is append-only: the application has no path that changes or deletes an entry, and
 * on PostgreSQL a trigger refuses it to the database user too.
 */
package se.samverkan.patient;
