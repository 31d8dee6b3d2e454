package org.sira.reintegration;

/** A business plan as sent: activity, {@code sector} by code, a summary, the day of the plan; {@code requestId} as for {@link WorkExperienceInput}. */
public record BusinessPlanInput(String activity, String sector, String summary, String plannedOn, String requestId) {
}
