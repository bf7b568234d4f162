package app.ambassade.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opening a view their role may not use sees the same page as for an unknown
 * address (production mode already reroutes denials to "not found"; this covers development).
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
