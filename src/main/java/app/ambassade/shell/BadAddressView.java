package app.ambassade.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose id is not a number ({@code communities/abc}, 20 digits): the same "not found"
 * page as any unknown address. Views read ids through {@code RouteIds}, so this is the safety net
 * for one that does not.
 */
@AnonymousAllowed
public class BadAddressView extends VerticalLayout implements HasErrorParameter<NumberFormatException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        ErrorPages.notFound(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
