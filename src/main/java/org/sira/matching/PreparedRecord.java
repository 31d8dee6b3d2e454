package org.sira.matching;

/**
 * A record reduced once, when it enters the index, to what comparison needs: interned name words and
 * keys, the date as a day number with its precision, a phone as a number. Names are int arrays of
 * (word id, key id) pairs.
 */
final class PreparedRecord {

    static final int NO_DATE = Integer.MIN_VALUE;
    static final byte DAY = 0;
    static final byte MONTH = 1;
    static final byte YEAR = 2;
    static final byte ESTIMATED = 3;

    final String id;
    final int[] family;
    final int[] given;
    final int[] aliases;
    final byte sex;
    final int birthDay;
    final short birthYear;
    final byte birthMonth;
    final byte birthDayOfMonth;
    final byte precision;
    final int[] father;
    final int[] mother;
    final int region;
    final int commune;
    final int village;
    final long phone;
    final String document;
    final String[] extras;

    PreparedRecord(String id, int[] family, int[] given, int[] aliases, byte sex, int birthDay, short birthYear,
            byte precision, int[] father, int[] mother, int region, int commune, int village, long phone,
            String document, String[] extras) {
        this.id = id;
        this.family = family;
        this.given = given;
        this.aliases = aliases;
        this.sex = sex;
        this.birthDay = birthDay;
        this.birthYear = birthYear;
        java.time.LocalDate date = birthDay == NO_DATE ? null : java.time.LocalDate.ofEpochDay(birthDay);
        this.birthMonth = date == null ? 0 : (byte) date.getMonthValue();
        this.birthDayOfMonth = date == null ? 0 : (byte) date.getDayOfMonth();
        this.precision = precision;
        this.father = father;
        this.mother = mother;
        this.region = region;
        this.commune = commune;
        this.village = village;
        this.phone = phone;
        this.document = document;
        this.extras = extras;
    }

    boolean hasDate() {
        return birthDay != NO_DATE;
    }

    static int wordCount(int[] name) {
        return name.length / 2;
    }

    static int word(int[] name, int i) {
        return name[2 * i];
    }

    static int key(int[] name, int i) {
        return name[2 * i + 1];
    }
}
