package org.sira.casework;

import org.sira.casework.internal.DueCall;
import org.sira.shared.PageOf;

/**
 * A page of the week's calls; {@code more}: the calls were counted up to {@code page.total()} and
 * there are more (the pager says "more than" so many pages).
 */
public record DueCalls(PageOf<DueCall> page, boolean more) {
}
