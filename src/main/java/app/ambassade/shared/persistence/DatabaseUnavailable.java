package app.ambassade.shared.persistence;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached right now" (server stopped, network
 * cut, pool timed out waiting for a connection): then people get "temporarily unavailable" (503,
 * Retry-After) and the log gets one line, not a stack trace per request.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Set<String> BY_NAME = Set.of(
            // Hibernate's, named so that shared code does not depend on Hibernate classes.
            "org.hibernate.exception.JDBCConnectionException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException");

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || BY_NAME.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
