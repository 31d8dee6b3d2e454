package org.sira.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the host centres gave in a period: nights of shelter, meals, kits and other items, journeys
 * home and the cash handed out with them. Items are counted by the project their budget line
 * belongs to; stays and journeys are charged to no project, so they appear only in the totals.
 *
 * With an arrival point, only the persons who arrived through it (any of their returns); with a
 * project, the items charged to its lines, and the nights and journeys of the persons it reached.
 *
 * @param nightsOfShelter nights whose evening falls in the period that someone spent in a centre (an open stay counts tonight)
 * @param personsSheltered distinct persons who spent at least one of those nights
 * @param inCentreTonight persons in a centre now (open stays), whatever the period
 * @param kits items whose code ends in {@code _KIT}
 * @param personsAssisted distinct persons given at least one item
 * @param journeysHome journeys that left (departed, arrival confirmed or not reached) with a departure date in the period
 * @param cashXof travel money handed out with those journeys
 * @param ticketsXof what their tickets cost
 * @param byItem quantity given by item code
 * @param byProject one row per project that items were charged to, then a row without project (id null) when some were not
 */
public record AssistanceReport(ReportPeriod period, String arrivalPoint, ReportProject project, long nightsOfShelter, long personsSheltered, long inCentreTonight,
                               long meals, long kits, long otherItems, long personsAssisted, long journeysHome, long cashXof,
                               long ticketsXof, Map<String, Long> byItem, List<Project> byProject) {

    /** Items given under one project's budget lines (or under none: id and names null). */
    public record Project(UUID projectId, String project, String donor, long meals, long kits, long otherItems, long persons) {
    }

    /** The three kinds of item the report tells apart. */
    static String kind(String itemCode) {
        return itemCode.equals("MEAL") ? "meals" : itemCode.endsWith("_KIT") ? "kits" : "other";
    }
}
