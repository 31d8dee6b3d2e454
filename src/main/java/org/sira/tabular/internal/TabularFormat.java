package org.sira.tabular.internal;

/** The kinds of file an import accepts, as recognised from their content. */
public enum TabularFormat {
    CSV, XLSX
}
