package org.sira.casework;

/**
 * A change of a plan item, based on its {@code version}: a new status with a note (a note is
 * required to drop an item), and/or a new date; what is not given stays.
 */
public record PlanItemChange(Integer version, String status, String note, String due) {
}
