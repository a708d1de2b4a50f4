package se.samverkan.patient;

/** Why a patient's identity may be passed to the other principal (OSL 25:1 and its exceptions). */
public enum LegalGround {
    /** The patient has consented. */
    CONSENT,
    /** A documented assessment that secrecy does not prevent it. */
    SECRECY_ASSESSMENT
}
