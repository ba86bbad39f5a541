package org.marac.portal.scrutiny;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.nomination.Strand;

/** A selected case's strands, kept for the report as a comma-separated list of names. */
@Converter
class StrandsConverter implements AttributeConverter<Set<Strand>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Strand> strands) {
        return strands == null ? null : strands.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Strand> convertToEntityAttribute(String names) {
        Set<Strand> strands = EnumSet.noneOf(Strand.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(Strand::valueOf).forEach(strands::add);
        }
        return strands;
    }
}
