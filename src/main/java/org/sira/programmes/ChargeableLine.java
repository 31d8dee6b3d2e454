package org.sira.programmes;

import java.util.UUID;

/** A budget line a handout may be charged to, named as a form shows it: donor, project, line. */
public record ChargeableLine(UUID id, String donorName, String projectName, String lineName) {

    public String label() {
        return donorName + " · " + projectName + " · " + lineName;
    }
}
