package org.sira.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When to call a returnee: so many months after the arrival date ({@code sira.follow-ups.months},
 * 3, 6 and 12 by default; empty: no follow-up is planned), each of kind {@code MONTH_<n>}; a date
 * already past on the day the return is recorded is not planned (an imported return of 2015 plans none).
 */
@Component
public class FollowUpPlanner {

    /** The kind of a follow-up added by hand, at any date. */
    public static final String AD_HOC = "AD_HOC";

    private final List<Integer> months;

    public FollowUpPlanner(@Value("${sira.follow-ups.months:3,6,12}") List<Integer> months) {
        if (months.stream().anyMatch(m -> m == null || m < 1 || m > 120)) {
            throw new IllegalArgumentException("sira.follow-ups.months: whole months from 1 to 120, was " + months);
        }
        this.months = months.stream().distinct().sorted().toList();
    }

    /**
     * The first of the months whose follow-up is not already past on {@code today}; the later ones
     * are planned too (a plan is a row of {@code follow_up_plan}: its months are those from this one).
     */
    public OptionalInt firstMonth(LocalDate arrivalDate, LocalDate today) {
        return months.stream().filter(m -> !arrivalDate.plusMonths(m).isBefore(today)).mapToInt(Integer::intValue).findFirst();
    }

    /** The months in force, in order. */
    public List<Integer> months() {
        return months;
    }

    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(months.stream().map(FollowUpPlanner::kind).toList());
        kinds.add(AD_HOC);
        return kinds;
    }

    public static String kind(int months) {
        return "MONTH_" + months;
    }
}
