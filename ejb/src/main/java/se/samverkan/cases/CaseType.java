package se.samverkan.cases;

/** A deviation (avvikelse) or a complaint or view (klagomål och synpunkter). */
public enum CaseType {
    DEVIATION,
    COMPLAINT
}
