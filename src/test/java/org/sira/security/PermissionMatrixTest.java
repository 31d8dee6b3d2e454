package org.sira.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's table of roles says exactly what {@link Role} decides. */
class PermissionMatrixTest {

    @Tag("asvs-8.1.1")
    @Test
    void theReadmeTableMatchesTheRoles() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        String header = lines.stream().filter(l -> l.startsWith("| permission |")).findFirst().orElseThrow();
        List<String> columns = cells(header);
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.size() == columns.size() && Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(cells.get(0)))) {
                Permission permission = Permission.valueOf(cells.get(0));
                for (Role role : Role.values()) {
                    boolean documented = "✓".equals(cells.get(columns.indexOf(role.name())));
                    assertThat(documented).as(permission + " for " + role).isEqualTo(role.may(permission));
                }
                rows.add(permission.name());
            }
        }
        assertThat(rows).containsExactlyInAnyOrder(Arrays.stream(Permission.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return Arrays.stream(line.substring(1).split("\\|", -1)).map(String::strip).toList().subList(0, line.split("\\|", -1).length - 2);
    }
}
