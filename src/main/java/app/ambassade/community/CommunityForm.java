package app.ambassade.community;

/** What a manager types to create or edit a community; {@code cover} is null to keep the current one. */
public record CommunityForm(String name, String description, Visibility visibility, ImageUpload cover) {}
