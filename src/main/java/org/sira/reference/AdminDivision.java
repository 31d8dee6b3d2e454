package org.sira.reference;

/** A region, cercle or commune of Mali. The code never changes once records use it. */
public record AdminDivision(String code, Level level, String name, String parentCode, Integer sinceYear,
                            String source, int version) {

    public enum Level { REGION, CERCLE, COMMUNE }
}
