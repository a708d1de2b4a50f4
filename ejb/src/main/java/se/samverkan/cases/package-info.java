/**
 * Cases: a deviation or a complaint filed by one principal about the other's care, from filing to
 * closure.
 *
 * <p>{@link se.samverkan.cases.Case} is the aggregate and guards its life cycle: SUBMITTED →
 * RECEIVED → (UNDER_INVESTIGATION) → ANSWERED → CLOSED, with forwarding (back to SUBMITTED at the
 * new principal, history kept) and return (ANSWERED → UNDER_INVESTIGATION); a step not allowed from
 * the current status is a {@link se.samverkan.cases.CaseProblem} of kind WRONG_STATUS (409) and
 * changes nothing. {@link se.samverkan.cases.Routing} sends a case to the principal with the care
 * responsibility; {@link se.samverkan.cases.CaseAccess} decides who may see and do what, on the
 * caller's roles and principal; {@link se.samverkan.cases.Cases} is the thin service around them.
 *
 * <p>Two clocks run on every case, counted in Swedish working days ({@code deadlines}): the
 * acknowledgement and the answer. Overdue is computed, never stored. The history ({@link
 * se.samverkan.cases.CaseEvent}) is append-only: no code path updates or deletes an event.
 */
package se.samverkan.cases;
