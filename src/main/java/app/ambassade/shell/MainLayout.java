package app.ambassade.shell;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.ui.IdentityNavigation;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.ui.BrandColors;
import app.ambassade.shared.ui.NavbarWidget;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's frame: tenant logo and colour, navigation built from the views the signed-in role
 * may open ({@code @Menu} entries filtered by access control), language switch and user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final Span viewTitle = new Span();

    MainLayout(
            TenantService tenants,
            AccountService accounts,
            AuthenticationContext authentication,
            List<NavbarWidget> widgets) {
        this.accounts = accounts;
        this.authentication = authentication;
        Optional<TenantSummary> tenant = tenants.current();
        tenant.ifPresent(this::applyBranding);
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        HorizontalLayout navbar =
                new HorizontalLayout(toggle, brand(tenant, "navbar-brand", "brand-logo-small"), viewTitle);
        widgets.stream()
                .sorted(Comparator.comparingInt(NavbarWidget::order))
                .map(NavbarWidget::create)
                .flatMap(Optional::stream)
                .forEach(navbar::add);
        navbar.add(userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
        addToDrawer(brand(tenant, "brand", "brand-logo"), new Scroller(navigation()));
    }

    private void applyBranding(TenantSummary tenant) {
        BrandColors.apply(UI.getCurrent(), tenant.brandColor());
    }

    /** Logo and name of the brand (or of the platform): in the drawer, and in the top bar on phones. */
    private Component brand(Optional<TenantSummary> tenant, String containerClass, String logoClass) {
        HorizontalLayout brand = new HorizontalLayout();
        brand.addClassName(containerClass);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        tenant.filter(TenantSummary::hasLogo).ifPresent(t -> {
            Image logo = new Image(t.logoPath(), getTranslation("shell.logo-alt", t.name()));
            logo.addClassName(logoClass);
            brand.add(logo);
        });
        Span name = new Span(tenant.map(TenantSummary::name).orElse(getTranslation("shell.platform-name")));
        name.addClassName("brand-name");
        brand.add(name);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setMatchNested(!entry.path().isEmpty());
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        AuthenticatedUser user = AuthenticatedUser.require();
        String name = user.displayName() == null ? user.email() : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        var root = menu.addItem(avatar);
        Span userName = new Span(name);
        userName.addClassName("user-name");
        root.add(userName);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), e -> IdentityNavigation.navigateToProfile());
        var language = sub.addItem(getTranslation("shell.language"));
        for (Locale locale : TranslationProvider.LOCALES) {
            var choice = language.getSubMenu()
                    .addItem(getTranslation("language." + locale.getLanguage()), e -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(TranslationProvider.supported(getLocale()).equals(locale));
        }
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout());
        return menu;
    }

    private void switchLanguage(Locale locale) {
        accounts.changeLocale(locale);
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
