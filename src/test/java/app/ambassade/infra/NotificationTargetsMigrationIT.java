package app.ambassade.infra;

import app.ambassade.support.MariaDb;
import org.junit.jupiter.api.Test;

/** V86 on the MariaDB server of the suite, in a database of its own (see {@link NotificationTargetsMigration}). */
class NotificationTargetsMigrationIT {

    @Test
    void linksBecomeTargetsOnMariaDb() {
        String database = MariaDb.createDatabase("v86");
        try {
            NotificationTargetsMigration.check(MariaDb.urlFor(database), MariaDb.user(), MariaDb.password());
        } finally {
            MariaDb.dropDatabase(database);
        }
    }
}
