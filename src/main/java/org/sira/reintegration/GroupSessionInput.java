package org.sira.reintegration;

/** A session of a group: the day it was held and its theme. */
public record GroupSessionInput(String date, String theme) {
}
