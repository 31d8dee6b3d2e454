package org.sira.reintegration;

import java.util.List;

/** Who was present at a session (person ids of its members; the others were absent), and the session's version. */
public record AttendanceInput(List<String> present, Integer version) {
}
