package org.sira.casework;

import org.sira.casework.internal.Priority;

import java.util.List;

/** A needs assessment: each need ({@link Need}) with its priority ({@link Priority}) and a note; replaces the one before. */
public record NeedsInput(List<Item> needs) {

    public record Item(String need, String priority, String note) {
    }
}
