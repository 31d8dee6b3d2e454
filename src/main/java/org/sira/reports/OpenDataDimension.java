package org.sira.reports;

import java.util.Arrays;
import java.util.Optional;

/** A column the open-data export may be broken down by, with its name in the file and its HXL hashtag. */
public enum OpenDataDimension {
    RETURN_KIND("return_kind", "#category+return_kind"),
    COUNTRY_FROM("country_from", "#country+code+origin"),
    CONTINENT("continent", "#region+continent+origin"),
    SEX("sex", "#category+sex"),
    AGE_BAND("age_band", "#category+age_band"),
    ORIGIN_REGION("origin_region", "#adm1+name+origin");

    /** The value of a sex, an age or a region of origin that is not known. */
    public static final String UNKNOWN = "unknown";

    private final String column;
    private final String hxl;

    OpenDataDimension(String column, String hxl) {
        this.column = column;
        this.hxl = hxl;
    }

    public String column() {
        return column;
    }

    public String hxl() {
        return hxl;
    }

    public static Optional<OpenDataDimension> ofColumn(String name) {
        return Arrays.stream(values()).filter(d -> d.column.equalsIgnoreCase(name.strip())).findFirst();
    }
}
