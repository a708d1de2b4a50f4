package se.samverkan.access;

/** The realm roles of the contract, with the names the token carries. */
public enum Role {
    REPORTER("reporter"),
    HANDLER("handler"),
    CHIEF_MEDICAL_OFFICER("chief-medical-officer"),
    MAS("mas"),
    FORUM("forum"),
    ADMIN("admin");

    /** Role names as {@code @RolesAllowed} needs them (compile-time constants). */
    public static final String REPORTER_NAME = "reporter";

    public static final String HANDLER_NAME = "handler";
    public static final String CHIEF_MEDICAL_OFFICER_NAME = "chief-medical-officer";
    public static final String MAS_NAME = "mas";
    public static final String FORUM_NAME = "forum";
    public static final String ADMIN_NAME = "admin";

    private final String tokenName;

    Role(String tokenName) {
        this.tokenName = tokenName;
    }

    public String tokenName() {
        return tokenName;
    }
}
