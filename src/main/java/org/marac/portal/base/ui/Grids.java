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
        grid.addItemClickListener(click -> edit.accept(click.getItem()));
        grid.addComponentColumn(item -> {
            Button button = new Button(grid.getTranslation("action.edit"), click -> edit.accept(item));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(grid.getTranslation("action.editNamed", name.apply(item)));
            return button;
        }).setKey("edit").setHeader(grid.getTranslation("action.edit")).setAutoWidth(true).setFlexGrow(0);
    }
}
