package org.marac.portal.insight.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.insight.FilterOptions;
import org.marac.portal.insight.InsightFilter;
import org.marac.portal.insight.internal.Periods;
import org.marac.portal.nomination.Strand;

/**
 * The dashboard's filters: the period (from and to month), area, hate strand and nominating agency. Each change
 * applies at once; a period that ends before it starts is refused beside the field and changes nothing.
 */
class FilterBar extends FormLayout {

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final ComboBox<FilterOptions.Option> area = new ComboBox<>();
    final ComboBox<Strand> strand = new ComboBox<>();
    final ComboBox<FilterOptions.Option> agency = new ComboBox<>();
    private final Consumer<InsightFilter> onChange;

    FilterBar(InsightFilter initial, FilterOptions options, boolean agencyFilter, Consumer<InsightFilter> onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < InsightFilter.MAX_MONTHS; i++) {
            months.add(initial.to().minusMonths(i));
        }
        setUp(from, "insight.filter.from", months);
        setUp(to, "insight.filter.to", months);
        from.setId("filter-from");
        to.setId("filter-to");
        from.setValue(initial.from());
        to.setValue(initial.to());

        area.setLabel(getTranslation("insight.filter.area"));
        area.setPlaceholder(getTranslation("insight.filter.allAreas"));
        area.setItems(options.areas());
        area.setItemLabelGenerator(FilterOptions.Option::name);
        area.setClearButtonVisible(true);
        area.setId("filter-area");

        strand.setLabel(getTranslation("insight.filter.strand"));
        strand.setPlaceholder(getTranslation("insight.filter.allStrands"));
        strand.setItems(Strand.values());
        strand.setItemLabelGenerator(value -> Labels.of("strand", value));
        strand.setClearButtonVisible(true);
        strand.setId("filter-strand");

        agency.setLabel(getTranslation("insight.filter.agency"));
        agency.setPlaceholder(getTranslation("insight.filter.allAgencies"));
        agency.setItems(options.agencies());
        agency.setItemLabelGenerator(FilterOptions.Option::name);
        agency.setClearButtonVisible(true);
        agency.setVisible(agencyFilter);
        agency.setId("filter-agency");

        add(from, to, area, strand, agency);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2), new ResponsiveStep("60rem", 5));
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
        area.addValueChangeListener(change -> changed());
        strand.addValueChangeListener(change -> changed());
        agency.addValueChangeListener(change -> changed());
    }

    private void setUp(ComboBox<YearMonth> month, String labelKey, List<YearMonth> months) {
        month.setLabel(getTranslation(labelKey));
        month.setItems(months);
        month.setItemLabelGenerator(Periods::monthLabel);
        month.setRequired(true);
        month.setAllowCustomValue(false);
    }

    private void changed() {
        InsightFilter filter = filter();
        if (filter != null) {
            onChange.accept(filter);
        }
    }

    /** The filter as chosen, or null (with the reason beside the field) when the period cannot be used. */
    InsightFilter filter() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            ComboBox<YearMonth> empty = from.getValue() == null ? from : to;
            empty.setErrorMessage(getTranslation("validation.required"));
            empty.setInvalid(true);
            return null;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("insight.filter.toBeforeFrom"));
            to.setInvalid(true);
            return null;
        }
        return new InsightFilter(from.getValue(), to.getValue(), area.getValue() == null ? null : area.getValue().id(),
                strand.getValue(), agency.getValue() == null ? null : agency.getValue().id());
    }
}
