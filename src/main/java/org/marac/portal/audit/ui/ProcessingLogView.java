package org.marac.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.audit.ChainVerification;
import org.marac.portal.audit.LogSearch;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;

/**
 * DATA_PROTECTION_OFFICER: the processing log, searched by person, member, agency, case, operation and
 * dates in a lazy grid; chain verification; and a CSV export that is itself logged as a disclosure.
 */
@Route("dpo/log")
@RolesAllowed("DATA_PROTECTION_OFFICER")
@Menu(order = 80, title = "nav.processingLog")
public class ProcessingLogView extends Main implements HasDynamicTitle {

    private final LogSearch search;
    private final Grid<LogSearch.Entry> grid = new Grid<>();
    private final IntegerField personId = new IntegerField();
    private final IntegerField memberId = new IntegerField();
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final IntegerField caseId = new IntegerField();
    private final Select<ProcessingOperation> operation = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph verification = new Paragraph();

    ProcessingLogView(LogSearch search, ChainVerification chain, AgencyService agencies) {
        this.search = search;
        addClassName("admin-view");
        personId.setLabel(getTranslation("log.personId"));
        memberId.setLabel(getTranslation("log.memberId"));
        agency.setLabel(getTranslation("log.agency"));
        agency.setItems(agencies.findActive());
        agency.setItemLabelGenerator(Agency::getName);
        agency.setClearButtonVisible(true);
        caseId.setLabel(getTranslation("log.caseId"));
        operation.setLabel(getTranslation("log.operation"));
        operation.setItems(ProcessingOperation.values());
        operation.setEmptySelectionAllowed(true);
        operation.setItemLabelGenerator(value -> value == null ? getTranslation("log.anyOperation") : Labels.of("log.operation", value));
        from = Fields.datePicker(getTranslation("log.from"));
        to = Fields.datePicker(getTranslation("log.to"));
        Button apply = new Button(getTranslation("log.search"), click -> grid.getDataProvider().refreshAll());
        apply.setId("search-log");
        FlexLayout filters = new FlexLayout(personId, memberId, agency, caseId, operation, from, to, apply);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.addColumn(entry -> DateFormats.dateTime(entry.occurredAt())).setHeader(getTranslation("log.when")).setAutoWidth(true);
        grid.addColumn(entry -> Labels.of("log.operation", entry.operation())).setHeader(getTranslation("log.operation")).setAutoWidth(true);
        grid.addColumn(entry -> entry.memberName() == null ? "" : entry.memberName()).setHeader(getTranslation("log.member")).setAutoWidth(true);
        grid.addColumn(entry -> entry.agencyName() == null ? "" : entry.agencyName()).setHeader(getTranslation("log.agency")).setAutoWidth(true);
        grid.addColumn(entry -> entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId()))
                .setHeader(getTranslation("log.subject")).setAutoWidth(true);
        grid.addColumn(entry -> entry.personIds() == null ? "" : entry.personIds()).setHeader(getTranslation("log.people"));
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader(getTranslation("log.detail")).setFlexGrow(2);
        grid.setItems(query -> search.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> search.count(filter()));
        grid.setAriaLabel(getTranslation("nav.processingLog"));
        grid.setWidthFull();
        grid.setMinHeight("28rem");
        grid.setColumnReorderingAllowed(true);

        Button verify = new Button(getTranslation("log.verify"), click -> {
            ChainVerification.Result result = chain.verify();
            verification.setText(result.intact()
                    ? getTranslation("log.verify.intact", result.checked())
                    : getTranslation("log.verify.broken", result.firstBrokenId(), result.checked()));
            verification.setClassName(result.intact() ? "verification-ok" : "verification-broken");
        });
        verify.setId("verify-chain");
        verification.getElement().setAttribute("role", "status");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(search.exportCsv(filter())), "processing-log.csv", "text/csv", -1)),
                getTranslation("log.export"));
        export.setId("export-log");
        add(new H1(getTranslation("nav.processingLog")), filters, new HorizontalLayout(verify, export), verification, grid);
    }

    private LogSearch.Filter filter() {
        return new LogSearch.Filter(toLong(personId.getValue()), toLong(memberId.getValue()),
                agency.getValue() == null ? null : agency.getValue().getId(), toLong(caseId.getValue()),
                operation.getValue(), from.getValue(), to.getValue());
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.processingLog");
    }
}
