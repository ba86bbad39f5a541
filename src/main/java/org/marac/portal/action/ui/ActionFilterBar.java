package org.marac.portal.action.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.marac.portal.action.ActionFilter;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.partner.MaracArea;

/** The filters over an action list: status, due dates, overdue only, area and case reference. */
class ActionFilterBar extends FormLayout {

    private final MultiSelectComboBox<ActionStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker dueFrom;
    private final DatePicker dueTo;
    private final Checkbox overdueOnly = new Checkbox();
    private final ComboBox<MaracArea> area = new ComboBox<>();
    private final TextField caseReference = new TextField();

    ActionFilterBar(List<MaracArea> areas, Consumer<ActionFilter> onChange) {
        addClassName("filter-bar");
        statuses.setLabel(getTranslation("caseAction.filter.status"));
        statuses.setItems(ActionStatus.values());
        statuses.setItemLabelGenerator(value -> Labels.of("caseAction.status", value));
        statuses.setValue(ActionFilter.unfinished().statuses());
        dueFrom = Fields.datePicker(getTranslation("caseAction.filter.dueFrom"));
        dueTo = Fields.datePicker(getTranslation("caseAction.filter.dueTo"));
        overdueOnly.setLabel(getTranslation("caseAction.filter.overdueOnly"));
        area.setLabel(getTranslation("caseAction.filter.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(MaracArea::getName);
        area.setClearButtonVisible(true);
        area.setVisible(areas.size() > 1);
        caseReference.setLabel(getTranslation("caseAction.filter.case"));
        caseReference.setPlaceholder("HC-2026-");
        caseReference.setValueChangeMode(ValueChangeMode.LAZY);
        caseReference.setClearButtonVisible(true);
        caseReference.setMaxLength(20);
        add(statuses, dueFrom, dueTo, area, caseReference, overdueOnly);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2), new ResponsiveStep("60rem", 3));
        statuses.addValueChangeListener(change -> onChange.accept(filter()));
        dueFrom.addValueChangeListener(change -> onChange.accept(filter()));
        dueTo.addValueChangeListener(change -> onChange.accept(filter()));
        overdueOnly.addValueChangeListener(change -> onChange.accept(filter()));
        area.addValueChangeListener(change -> onChange.accept(filter()));
        caseReference.addValueChangeListener(change -> onChange.accept(filter()));
    }

    ActionFilter filter() {
        return new ActionFilter(statuses.getValue(), dueFrom.getValue(), dueTo.getValue(), overdueOnly.getValue(),
                area.getValue() == null ? null : area.getValue().getId(), caseReference.getValue());
    }
}
