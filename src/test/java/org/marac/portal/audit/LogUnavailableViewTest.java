package org.marac.portal.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.support.HeldHead;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While the processing log cannot record reads (here: its head held by a stuck transaction for longer than the
 * log may fall behind), a case page shows no case data and says why in words; once the log catches up, it opens.
 */
class LogUnavailableViewTest extends KaribuTest {

    @Autowired
    Nominations builder;
    @Autowired
    NominationService nominations;
    @Autowired
    ProcessingLog log;
    @Autowired
    DataSource dataSource;

    @Test
    void aCasePageShowsNoCaseDataWhileTheLogCannotRecordItsReadAndOpensOnceItCan() throws Exception {
        MaracCase accepted = builder.acceptedCase("housing", "Wynne", "Unrecordable");
        openAs("chair");
        try (Connection holder = HeldHead.hold(dataSource)) {
            nominations.find(accepted.getId());
            Thread.sleep(ProcessingLog.MAX_BEHIND.plusMillis(500).toMillis());

            UI.getCurrent().navigate("cases/" + accepted.getId());

            assertThat(_get(H1.class).getText()).isEqualTo("Case data can't be shown just now");
            String page = UI.getCurrent().getChildren().map(shown -> shown.getElement().getTextRecursively())
                    .collect(java.util.stream.Collectors.joining(" "));
            assertThat(page)
                    .contains("it cannot record that just now, so it shows none")
                    .doesNotContain("Unrecordable", accepted.getReference());
            holder.rollback();
        }
        log.awaitWritten();
        UI.getCurrent().navigate("cases/" + accepted.getId());
        assertThat(_get(H1.class).getText()).isEqualTo(accepted.getReference());
    }
}
