package org.sira.reintegration;

/** A person joining a group, named by {@code personId} or, from the pages, by file number; the day they joined. */
public record MemberInput(String personId, String fileNumber, String joinedOn) {
}
