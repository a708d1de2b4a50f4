/**
 * The organisation registry: the principals (huvudmän) that share responsibility for care, their
 * units, their functional mailboxes and the areas of deviation.
 *
 * <p>Principals, units and areas are data, never code: a county is described by one JSON file (by
 * default {@code organisation/jamtland.json} from the {@code config} module, or the file named by
 * {@code SAMVERKAN_ORGANISATION_FILE}). {@link se.samverkan.organisation.OrganisationLoader} reads
 * it at start-up and adds what the database lacks; it never overwrites what is there, because after
 * the first start administrators own the registry (they rename and retire areas, and a retired area
 * stays on old cases and in old statistics).
 *
 * <p>A principal's id ({@code ostersund}) is its natural key: it is what the token's {@code
 * principal} claim carries and what the API speaks, so it is also the primary key.
 */
package se.samverkan.organisation;
