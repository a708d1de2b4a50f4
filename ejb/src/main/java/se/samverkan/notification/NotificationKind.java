package se.samverkan.notification;

/** What a notification is about, with its subject in Swedish and English. */
public enum NotificationKind {
    ESCALATION(
            "Allvarlig avvikelse: direktkontakt med chefsläkare/MAS",
            "Serious deviation: direct contact with the chief medical officer/MAS"),
    ESCALATION_INFORMED(
            "Allvarlig avvikelse rapporterad till den andra huvudmannen",
            "Serious deviation reported to the other principal"),
    ESCALATION_REMINDER(
            "Påminnelse: allvarlig avvikelse väntar på bekräftelse",
            "Reminder: a serious deviation awaits acknowledgement"),
    NEW_CASE("Nytt ärende att ta emot", "New case to receive"),
    INFORMED("Ärende för kännedom (tjänsteköp)", "Case for information (purchased service)"),
    ANSWERED("Ärendet är besvarat", "The case has been answered"),
    RETURNED("Ärendet är återsänt för fortsatt utredning", "The case has been returned"),
    ACKNOWLEDGE_DUE_TOMORROW(
            "Påminnelse: bekräfta mottagandet senast nästa arbetsdag",
            "Reminder: acknowledge by the next working day"),
    ACKNOWLEDGE_DUE_TODAY("Sista dag att bekräfta mottagandet", "Last day to acknowledge receipt"),
    ANSWER_DUE_TOMORROW(
            "Påminnelse: svaret ska lämnas senast nästa arbetsdag",
            "Reminder: the answer is due by the next working day"),
    ANSWER_DUE_TODAY("Sista dag att lämna svar", "Last day to answer"),
    WEEKLY_DIGEST("Veckosammanställning: försenade ärenden", "Weekly digest: overdue cases");

    private final String swedish;
    private final String english;

    NotificationKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }
}
