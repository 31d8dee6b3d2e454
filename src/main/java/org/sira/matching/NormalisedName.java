package org.sira.matching;

import java.util.List;

/** A person's name after {@link NameNormaliser}: family name, given names and "dit" aliases, in order. */
public record NormalisedName(List<NameToken> family, List<NameToken> given, List<NameToken> aliases) {
    public NormalisedName {
        family = List.copyOf(family);
        given = List.copyOf(given);
        aliases = List.copyOf(aliases);
    }

    public boolean isEmpty() {
        return family.isEmpty() && given.isEmpty() && aliases.isEmpty();
    }
}
