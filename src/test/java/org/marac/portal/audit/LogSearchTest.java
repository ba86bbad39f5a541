package org.marac.portal.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The DPO searches the log by person and case, verifies the chain, and exports (itself logged). */
class LogSearchTest extends KaribuTest {

    @Autowired
    LogSearch search;
    @Autowired
    NominationService nominations;
    @Autowired
    Nominations builder;
    @Autowired
    JdbcTemplate jdbc;

    private MaracCase loggedCase(String given) {
        signIn.as(demo.get("housing"));
        MaracCase saved = nominations.saveDraft(builder.completeDraft(given, "Searched", LocalDate.of(1980, 1, 1), "NG7 8AA", 1));
        nominations.find(saved.getId());
        return saved;
    }

    @Test
    void everythingAboutOnePersonIsFoundByTheirId() {
        MaracCase saved = loggedCase("Sol");
        Long victimId = saved.victim().orElseThrow().getPerson().getId();
        signIn.as(demo.get("dpo"));

        var byPerson = search.page(new LogSearch.Filter(victimId, null, null, null, null, null, null), 0, 50);
        assertThat(byPerson).extracting(LogSearch.Entry::operation)
                .contains(ProcessingOperation.COLLECTION, ProcessingOperation.CONSULTATION);
        assertThat(byPerson).allSatisfy(entry -> assertThat(entry.personIds()).contains(String.valueOf(victimId)));
        assertThat(search.count(new LogSearch.Filter(null, null, null, saved.getId(), ProcessingOperation.COLLECTION,
                LocalDate.now(), LocalDate.now()))).isEqualTo(1);
        assertThat(search.count(new LogSearch.Filter(null, null, null, saved.getId(), null,
                LocalDate.now().plusDays(1), null))).isZero();
    }

    @Test
    void anExportIsItselfLoggedAsADisclosureAndNeutralisesFormulas() {
        MaracCase saved = loggedCase("Exa");
        signIn.as(demo.get("dpo"));

        String csv = new String(search.exportCsv(new LogSearch.Filter(null, null, null, saved.getId(), null, null, null)),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,occurred_at_utc,member_id");
        assertThat(csv.lines().count()).isGreaterThanOrEqualTo(3);
        assertThat(LogSearch.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(jdbc.queryForObject("SELECT operation FROM processing_log WHERE subject_type = 'LOG_EXPORT' "
                + "ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("DISCLOSURE");
        assertThat(jdbc.queryForObject("SELECT recipient_agency_id FROM processing_log WHERE subject_type = 'LOG_EXPORT' "
                + "ORDER BY id DESC LIMIT 1", Long.class)).isEqualTo(demo.get("dpo").getAgency().getId());
    }

    @Test
    void nobodyButTheDpoSearchesTheLog() {
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> search.count(new LogSearch.Filter(null, null, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDpoFiltersTheLazyGridAndVerifiesTheChain() {
        MaracCase saved = loggedCase("Gia");
        openAs("dpo");
        UI.getCurrent().navigate("dpo/log");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Case ID")), saved.getId().intValue());
        _click(_get(Button.class, spec -> spec.withId("search-log")));
        @SuppressWarnings("unchecked")
        Grid<LogSearch.Entry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).subjectId()).isEqualTo(saved.getId());

        _click(_get(Button.class, spec -> spec.withId("verify-chain")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("verification-ok")).getText())
                .startsWith("The chain holds");
    }
}
