package app.ambassade.infra;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V86 on H2 in MySQL mode, as the embedded default runs it (see {@link NotificationTargetsMigration}). */
class NotificationTargetsMigrationTest {

    @Test
    void linksBecomeTargetsOnH2() {
        NotificationTargetsMigration.check(
                "jdbc:h2:mem:v86-" + UUID.randomUUID()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }
}
