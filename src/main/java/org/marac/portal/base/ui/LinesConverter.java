package org.marac.portal.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;

/** A text area holding one entry per line; a line longer than the register allows is refused. */
public record LinesConverter(int maxLength, String tooLongMessage) implements Converter<String, List<String>> {

    @Override
    public Result<List<String>> convertToModel(String text, ValueContext context) {
        List<String> lines = Fields.lines(text);
        return lines.stream().anyMatch(line -> line.length() > maxLength) ? Result.error(tooLongMessage) : Result.ok(lines);
    }

    @Override
    public String convertToPresentation(List<String> lines, ValueContext context) {
        return lines == null ? "" : String.join("\n", lines);
    }
}
