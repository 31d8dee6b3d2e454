package org.sira.reintegration;

/**
 * A mutual support group as written: name, facilitator, meeting place, first day ({@code YYYY-MM-DD}),
 * whether it still meets (default true), and, for a change, the version the user saw.
 */
public record SupportGroupInput(String name, String facilitator, String place, String startedOn, Boolean active,
                                Integer version) {
}
