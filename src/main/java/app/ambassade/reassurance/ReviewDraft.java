package app.ambassade.reassurance;

import java.time.LocalDate;

/** What a member writes: a rating from 1 to 5, a title, the text and when the experience took place. */
public record ReviewDraft(Integer rating, String title, String text, LocalDate experienceDate) {}
