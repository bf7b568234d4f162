package app.ambassade.shell;

import app.ambassade.shared.persistence.DatabaseUnavailable;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's page that prints the exception: a failure while opening a page shows a short
 * branded message. When the database cannot be reached, the page says so (503) and reloads
 * itself a few seconds later, so it comes back on its own when the database does.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable failure = parameter.getCaughtException();
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn(
                    "Database unavailable while opening /{}: {}",
                    event.getLocation().getPath(),
                    failure.toString());
            ErrorPages.unavailable(this);
            event.getUI()
                    .getPage()
                    .executeJs(
                            "setTimeout(() => window.location.reload(), $0)",
                            DatabaseUnavailable.RETRY_AFTER_SECONDS * 1000);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Unexpected error while opening /{}", event.getLocation().getPath(), failure);
        ErrorPages.unexpected(this);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
