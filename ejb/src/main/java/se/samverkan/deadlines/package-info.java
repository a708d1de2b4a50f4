/**
 * Deadlines on cases, counted in Swedish working days.
 *
 * <p>A deadline of "three working days" must mean the same thing to every principal and must not
 * shrink because a holiday happens to fall inside it, so the clock only runs on days when the
 * people who answer a case are normally at work. Days off are Saturdays, Sundays and every public
 * holiday of Lag (1989:253) om allmänna helgdagar.
 *
 * <p>Midsummer Eve, Christmas Eve and New Year's Eve are not public holidays in law, but they are
 * days off under the collective agreements of the regions and municipalities and in practice nobody
 * is there to handle a case. Counting them as working days would let a deadline expire on a day
 * when no one could meet it, so {@link se.samverkan.deadlines.SwedishHolidays} includes them.
 *
 * <p>Everything here is pure JDK date arithmetic without state beyond a per-year cache, so it can
 * be used from beans, batch jobs and tests alike. Calendar days are always the local dates of
 * {@link se.samverkan.deadlines.WorkingDays#SWEDEN}: a case submitted at 00:30 Swedish time on a
 * Monday was submitted on Monday, whatever the date was in UTC.
 */
package se.samverkan.deadlines;
