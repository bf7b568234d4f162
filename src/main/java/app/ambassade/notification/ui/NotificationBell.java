package app.ambassade.notification.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.notification.NotificationService;
import app.ambassade.shared.ui.NavbarWidget;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;

/** The bell in the top bar: the unread count, and a click opens the notifications page. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarWidget {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> create() {
        boolean brandPerson =
                AuthenticatedUser.current().map(u -> u.tenantId() != null).orElse(false);
        return brandPerson ? Optional.of(new Bell(notifications)) : Optional.empty();
    }

    @Override
    public int order() {
        return 50;
    }

    static class Bell extends Button {

        private final NotificationService notifications;
        final Span badge = new Span();
        private Registration registration;

        Bell(NotificationService notifications) {
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("notification-bell");
            addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            setIcon(VaadinIcon.BELL.create());
            badge.setId("notification-badge");
            badge.getElement().getThemeList().add("badge error primary small pill");
            badge.addClassNames(LumoUtility.AlignSelf.START, "notification-bell-badge");
            setSuffixComponent(badge);
            addClickListener(e -> NotificationNavigation.navigateToNotifications());
            refresh();
        }

        void refresh() {
            long unread = notifications.unreadCount();
            badge.setText(unread > 99 ? "99+" : Long.toString(unread));
            badge.setVisible(unread > 0);
            setAriaLabel(getTranslation("notification.bell", unread));
            setTooltipText(getTranslation("notification.bell", unread));
        }

        @Override
        protected void onAttach(AttachEvent event) {
            registration = ComponentUtil.addListener(event.getUI(), UnreadChanged.class, e -> refresh());
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }
    }
}
