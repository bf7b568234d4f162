package app.ambassade.reassurance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small fixed set of icons a transparency fact may carry: a name the portal shows as a Vaadin
 * icon and the emoji used on the public page and in the widget (no icon font needed there).
 */
public final class TransparencyIcons {

    public static final Map<String, String> EMOJI;

    static {
        Map<String, String> icons = new LinkedHashMap<>();
        icons.put("truck", "\uD83D\uDE9A");
        icons.put("clock", "\u23F1\uFE0F");
        icons.put("package", "\uD83D\uDCE6");
        icons.put("euro", "\uD83D\uDCB6");
        icons.put("check", "\u2705");
        icons.put("refresh", "\uD83D\uDD04");
        icons.put("shield", "\uD83D\uDEE1\uFE0F");
        icons.put("leaf", "\uD83C\uDF3F");
        EMOJI = Map.copyOf(icons);
        NAMES = java.util.List.copyOf(icons.keySet());
    }

    public static final java.util.List<String> NAMES;

    private TransparencyIcons() {}

    public static String emoji(String icon) {
        return EMOJI.getOrDefault(icon, "\u2022");
    }
}
