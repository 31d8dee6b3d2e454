package org.sira.shelter.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.shared.ConflictException;

/**
 * Who gets the item out of what is in stock: everyone when the stock covers them all; otherwise
 * nobody (a conflict saying what is available) unless a shortfall is allowed, and then those
 * served while stock lasts, in the order given, the rest recorded as a shortfall. Never more than
 * is there.
 */
public record Handout(List<UUID> served, List<UUID> shortfall, int quantityEach) {

    public static Handout of(long available, int quantityEach, List<UUID> persons, boolean allowShortfall, String item) {
        long needed = (long) quantityEach * persons.size();
        if (available >= needed) {
            return new Handout(List.copyOf(persons), List.of(), quantityEach);
        }
        if (!allowShortfall) {
            throw new ConflictException(Map.of("available", available, "needed", needed),
                    "shelter.stock.short", item, available, needed);
        }
        int servable = (int) Math.min(persons.size(), available / quantityEach);
        return new Handout(List.copyOf(persons.subList(0, servable)), List.copyOf(persons.subList(servable, persons.size())),
                quantityEach);
    }

    public long taken() {
        return (long) quantityEach * served.size();
    }
}
