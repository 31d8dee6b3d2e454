package org.sira.people;

/**
 * Where a person comes from in Mali. Codes point into the reference divisions; the texts keep
 * what was written when it matched nothing, so no information is lost.
 */
public record Origin(String regionCode, String cercleCode, String communeCode, String regionText,
                     String communeText, String village) {

    public static final Origin UNKNOWN = new Origin(null, null, null, null, null, null);
}
