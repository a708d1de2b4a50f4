package se.samverkan.organisation;

/** What kind of activity a unit is; decides nothing by itself, but helps people choose. */
public enum UnitKind {
    HEALTH_CENTRE,
    HOSPITAL_WARD,
    HOME_HEALTH_CARE,
    SPECIAL_HOUSING,
    DAY_ACTIVITY,
    OTHER
}
