package app.ambassade.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.KaribuTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

@AmbassadeTest
class ResponsiveColumnsTest extends KaribuTest {

    @Test
    void aNarrowWindowShowsOnlyTheSummaryAndAWideOneOnlyTheDetailedColumns() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> first = grid.addColumn(s -> s);
        Grid.Column<String> second = grid.addColumn(String::length);
        Grid.Column<String> summary = grid.addColumn(s -> s + "!");

        ResponsiveColumns<String> columns = ResponsiveColumns.install(grid, summary, List.of(first, second));
        assertThat(summary.isVisible()).isFalse();
        assertThat(first.isVisible()).isTrue();

        columns.adaptTo(ResponsiveColumns.NARROW - 1);
        assertThat(summary.isVisible()).isTrue();
        assertThat(first.isVisible()).isFalse();
        assertThat(second.isVisible()).isFalse();

        columns.adaptTo(0);
        assertThat(summary.isVisible()).isTrue();

        columns.adaptTo(ResponsiveColumns.NARROW);
        assertThat(summary.isVisible()).isFalse();
        assertThat(first.isVisible()).isTrue();
        assertThat(second.isVisible()).isTrue();
    }
}
