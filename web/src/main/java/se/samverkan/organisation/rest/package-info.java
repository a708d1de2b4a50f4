/**
 * The registry over REST: {@code GET /api/principals} and {@code GET /api/areas}, readable by every
 * signed-in role because every form and every statistic needs them. Area names follow the caller's
 * language (Swedish unless {@code Accept-Language} prefers English).
 */
package se.samverkan.organisation.rest;
