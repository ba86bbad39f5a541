package org.marac.portal.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marac.portal.insight.ExportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prepares an export in the background, showing how far it has got (a progress bar updated through push),
 * then offers the file to download. The member stays signed in for the work: it runs with their login, so the
 * services check what they may export exactly as for any request.
 */
class ExportControl extends Div {

    private static final Logger log = LoggerFactory.getLogger(ExportControl.class);

    private final Button prepare;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Div download = new Div();
    private final String fileName;
    private final String mimeType;

    /**
     * @param produce works the export out for the filter of the moment, telling progress as it goes; runs on a
     *                background thread with the member's login
     */
    ExportControl(String buttonText, String fileName, String mimeType, Supplier<Function<ExportProgress, byte[]>> produce) {
        this.fileName = fileName;
        this.mimeType = mimeType;
        addClassName("export-control");
        prepare = new Button(buttonText, click -> start(produce.get()));
        prepare.setDisableOnClick(true);
        progress.setVisible(false);
        progress.setWidth("16rem");
        progress.getElement().setAttribute("aria-label", buttonText);
        status.getElement().setAttribute("role", "status");
        status.addClassName("export-status");
        add(prepare, progress, status, download);
    }

    private void start(Function<ExportProgress, byte[]> work) {
        UI ui = UI.getCurrent();
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        download.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("insight.export.preparing"));
        Thread.ofVirtual().name("insight-export").start(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(login);
            SecurityContextHolder.setContext(context);
            try {
                byte[] file = work.apply(done -> show(ui, () -> progress.setValue(Math.min(1, Math.max(0, done)))));
                show(ui, () -> ready(file));
            } catch (RuntimeException failure) {
                log.warn("Export {} failed", fileName, failure);
                show(ui, this::failed);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** Updates the page through push; a page the member has left meanwhile is simply not updated. */
    private static void show(UI ui, com.vaadin.flow.server.Command update) {
        try {
            ui.access(update);
        } catch (UIDetachedException pageLeft) {
            // Nothing to show it on: the export's disclosure is logged all the same.
        }
    }

    private void ready(byte[] file) {
        progress.setValue(1);
        status.setText(getTranslation("insight.export.ready"));
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), fileName, mimeType, file.length)), getTranslation("insight.export.download", fileName));
        link.addClassName("export-download");
        download.add(link);
        prepare.setEnabled(true);
    }

    private void failed() {
        progress.setVisible(false);
        status.setText(getTranslation("insight.export.failed"));
        prepare.setEnabled(true);
    }

    Button prepareButton() {
        return prepare;
    }

    ProgressBar progressBar() {
        return progress;
    }

    Div downloadArea() {
        return download;
    }
}
