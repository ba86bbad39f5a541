package org.marac.portal.partner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * A demo identity from {@code demo/members.csv}: the development identity provider signs it in and the
 * demo data grants it its agency and roles. One file, so the two can never disagree.
 */
public record DemoIdentity(String username, String password, String name, String email, String agency,
        Set<Role> roles) {

    public static List<DemoIdentity> all() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/members.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(DemoIdentity::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoIdentity parse(String line) {
        String[] cells = line.split(",", -1);
        Set<Role> roles = Arrays.stream(cells[5].trim().split("\\s+"))
                .filter(role -> !role.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new DemoIdentity(cells[0], cells[1], cells[2], cells[3], cells[4].isBlank() ? null : cells[4], roles);
    }
}
