package org.marac.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;
import java.util.function.Function;

/** Grid set-up the portal repeats. */
public final class Grids {

    private Grids() {
    }

    /**
     * Opens a row for editing by mouse (a click on the row) and by keyboard (an Edit button in the row,
     * reached with Tab, named for screen readers after the row it edits).
     */
    public static <T> void editable(Grid<T> grid, Function<T, String> name, Consumer<T> edit) {
        withRowAction(grid, "action.edit", "action.editNamed", name, edit);
    }

    /** As {@link #editable}, for rows that open rather than edit. */
    public static <T> void openable(Grid<T> grid, Function<T, String> name, Consumer<T> open) {
        withRowAction(grid, "action.open", "action.openNamed", name, open);
    }

    private static <T> void withRowAction(Grid<T> grid, String labelKey, String namedKey, Function<T, String> name,
            Consumer<T> action) {
        grid.addItemClickListener(click -> action.accept(click.getItem()));
        grid.addComponentColumn(item -> {
            Button button = new Button(grid.getTranslation(labelKey), click -> action.accept(item));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(grid.getTranslation(namedKey, name.apply(item)));
            return button;
        }).setKey("action").setHeader(grid.getTranslation(labelKey)).setAutoWidth(true).setFlexGrow(0);
    }
}
