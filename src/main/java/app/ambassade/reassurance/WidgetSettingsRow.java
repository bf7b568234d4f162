package app.ambassade.reassurance;

import java.util.List;

/** The tenant's widget: its public key and the web origins allowed to fetch it. */
public record WidgetSettingsRow(String key, List<String> allowedOrigins) {}
