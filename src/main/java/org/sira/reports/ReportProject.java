package org.sira.reports;

import java.util.UUID;

/**
 * The one project a report is narrowed to: its returns and services are those of the persons the
 * project reached (an item given, cash or a grant charged to one of its budget lines, at any date),
 * and its items those charged to its lines.
 */
public record ReportProject(UUID id, String name, String donor) {
}
