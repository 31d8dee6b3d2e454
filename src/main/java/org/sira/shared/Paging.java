package org.sira.shared;

/** A requested page, clamped to sane bounds so that no caller can ask for a million rows. */
public record Paging(int page, int size) {

    public Paging {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, PageOf.MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
