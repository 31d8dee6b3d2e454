package org.sira.people;

import java.util.List;
import java.util.UUID;

/**
 * The returns of a person, oldest first. Implemented by the module that owns returns, so that
 * a person's page shows them without this module depending on it.
 */
public interface ReturnHistory {

    List<ReturnLine> returnsOf(UUID personId);
}
