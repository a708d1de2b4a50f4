package se.samverkan.escalation;

/** The receiving side's decision on a serious case. */
public enum Decision {
    UNDER_ASSESSMENT,
    NOT_REPORTABLE,
    /** A report to IVO under Lex Maria (health care): chefsläkare or MAS. */
    LEX_MARIA,
    /** A report under Lex Sarah (social services): only a municipality's MAS. */
    LEX_SARAH
}
