/**
 * The REST side of patient identity: the patient section of a filing, how a case shows its patient,
 * and the administrator's access-log review ({@code GET /api/access-log}).
 */
package se.samverkan.patient.rest;
