package app.ambassade.perks;

/** What the brand team recorded at an event: checked in, or recorded absent when the event closed. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
