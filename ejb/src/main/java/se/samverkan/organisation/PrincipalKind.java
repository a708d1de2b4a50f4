package se.samverkan.organisation;

/** The two kinds of principal that share care under the Health and Medical Services Act. */
public enum PrincipalKind {
    /** Physician work, hospital and specialist care, primary care at health centres. */
    REGION,
    /** Care up to physician level in special housing, day activities and home health care. */
    MUNICIPALITY
}
