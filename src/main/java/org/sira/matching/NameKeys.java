package org.sira.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/** Keys for a simple name search: a person is a hit when their name keys share a key with the query. */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * The canonical keys of every word of a free text, read both as a surname and as a given name,
     * so that "Mahamadou TRAORÉ" and "traore mamadou" share keys, as do "Segou" and "Ségou".
     */
    public static Set<String> searchKeys(String anyNameText) {
        Set<String> keys = new LinkedHashSet<>();
        if (anyNameText == null) {
            return keys;
        }
        for (String word : anyNameText.replace("'", "").split("[^\\p{L}\\p{M}]+")) {
            keys.addAll(NameNormaliser.standard().keysOfWord(word));
        }
        return keys;
    }
}
