package org.sira.imports;

import java.util.Optional;

/** By default a file with any refused row changes nothing; on request the valid rows are kept. */
public enum ImportMode {
    ALL_OR_NOTHING("all-or-nothing"), VALID_ROWS("valid-rows");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<ImportMode> ofParameter(String value) {
        for (ImportMode mode : values()) {
            if (mode.parameter.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
