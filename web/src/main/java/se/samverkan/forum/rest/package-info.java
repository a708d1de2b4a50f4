/**
 * The forum's register over HTTP: {@code GET /api/forum-matters} (forum, admin) and {@code PATCH
 * /api/forum-matters/{id}} (forum). Raising a case is {@code POST /api/cases/{id}/forum-matters} in
 * the cases resource, since it acts on a case. The rules are in {@code se.samverkan.forum}.
 */
package se.samverkan.forum.rest;
