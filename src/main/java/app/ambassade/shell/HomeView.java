package app.ambassade.shell;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.ui.HomeCard;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** Each role's home: the cards the modules have for this person, nothing invented. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(List<HomeCard> cards) {
        addClassName("home");
        AuthenticatedUser user = AuthenticatedUser.require();
        String name = user.displayName() == null ? user.email() : user.displayName();
        add(new H2(getTranslation("home.greeting", name)));
        FlexLayout grid = new FlexLayout();
        grid.addClassName("card-grid");
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.setWidthFull();
        cards.stream()
                .sorted(Comparator.comparingInt(HomeCard::order))
                .map(HomeCard::create)
                .flatMap(java.util.Optional::stream)
                .forEach(grid::add);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
