package org.marac.portal.scrutiny;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** A draw's filter is kept as JSON beside the draw, exactly as it was applied. */
@Converter
class SampleFilterConverter implements AttributeConverter<SampleFilter, String> {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Override
    public String convertToDatabaseColumn(SampleFilter filter) {
        return filter == null ? null : JSON.writeValueAsString(filter);
    }

    @Override
    public SampleFilter convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, SampleFilter.class);
    }
}
