package org.marac.portal.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.IntStream;
import org.marac.portal.insight.FigureTable;

/** A table of figures as a grid: one row per row label, one column per figure column. */
class FigureGrid extends Grid<Integer> {

    FigureGrid(FigureTable table) {
        addColumn(row -> table.rowLabels().get(row)).setHeader(table.rowHeading()).setKey("row").setFlexGrow(2)
                .setResizable(true).setFrozen(true);
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            FigureTable.Column heading = table.column(c);
            addColumn(row -> FigureFormat.of(table.figure(row, column), heading.format())).setHeader(heading.label())
                    .setKey("c" + c).setAutoWidth(true);
        }
        setItems(IntStream.range(0, table.rowLabels().size()).boxed().toList());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel(table.title());
    }
}
