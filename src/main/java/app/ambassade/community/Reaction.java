package app.ambassade.community;

import java.util.Optional;

/** The small fixed set of reactions: a code is stored, the emoji is shown. */
public enum Reaction {
    LIKE("\uD83D\uDC4D"),
    LOVE("\u2764\uFE0F"),
    CELEBRATE("\uD83C\uDF89"),
    IDEA("\uD83D\uDCA1");

    private final String emoji;

    Reaction(String emoji) {
        this.emoji = emoji;
    }

    public String emoji() {
        return emoji;
    }

    public static Optional<Reaction> of(String code) {
        for (Reaction r : values()) {
            if (r.name().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
