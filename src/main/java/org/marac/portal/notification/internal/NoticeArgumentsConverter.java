package org.marac.portal.notification.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a notice's arguments (dates, date-times, counts) as typed text: {@code D:2026-12-03|T:…|N:4}. */
@Converter
public class NoticeArgumentsConverter implements AttributeConverter<List<Object>, String> {

    @Override
    public String convertToDatabaseColumn(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return null;
        }
        return arguments.stream().map(NoticeArgumentsConverter::encode).collect(Collectors.joining("|"));
    }

    @Override
    public List<Object> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).map(NoticeArgumentsConverter::decode).toList();
    }

    private static String encode(Object argument) {
        return switch (argument) {
            case LocalDate date -> "D:" + date;
            case Instant instant -> "T:" + instant;
            case Integer count -> "N:" + count;
            case Long count -> "N:" + count;
            default -> throw new IllegalArgumentException("Unsupported notice argument " + argument.getClass());
        };
    }

    private static Object decode(String cell) {
        String value = cell.substring(2);
        return switch (cell.charAt(0)) {
            case 'D' -> LocalDate.parse(value);
            case 'T' -> Instant.parse(value);
            case 'N' -> Long.valueOf(value);
            default -> throw new IllegalArgumentException("Unknown notice argument " + cell);
        };
    }
}
