package org.sira.tabular.internal;

import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularLimits;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The workbook's shared strings as plain text. POI's {@code ReadOnlySharedStringsTable} holds the
 * same list, but builds an XMLBeans rich-text object on every lookup, which made reading a
 * workbook several times slower.
 */
public final class SharedStrings {

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    /**
     * @param maxChars more text than this in the table refuses the workbook, as soon as it is
     *                 read: a small file can inflate to gigabytes of strings, and they all have
     *                 to be held in memory (see {@link TabularLimits#maxTextChars()})
     * @param maxKept  no string is kept longer than this: a cell is cut to its limit anyway
     */
    static SharedStrings of(OPCPackage pkg, long maxChars, int maxKept) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        List<String> strings = new ArrayList<>();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                read(in, strings, maxChars, maxKept);
            }
        }
        return new SharedStrings(strings);
    }

    /** Counts the characters of the whole table, phonetic guides included (they are read too). */
    private static final class Budget implements XmlText.Meter {

        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        @Override
        public void read(int chars) {
            used += chars;
            if (used > max) {
                throw new TabularFileException("import.file.tooMuchText");
            }
        }
    }

    /** The string at this index; empty for an index the table lacks (a damaged workbook). */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }

    /** Each {@code <si>} is one string: its {@code <t>} texts joined, phonetic guides left out. */
    private static void read(InputStream in, List<String> strings, long maxChars, int maxKept) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        Budget budget = new Budget(maxChars);
        try {
            StringBuilder current = null;
            int phoneticDepth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            current = new StringBuilder();
                            budget.read(TabularLimits.STRING_OVERHEAD_CHARS);
                        }
                        case "rPh" -> phoneticDepth++;
                        case "t" -> {
                            // Counted chunk by chunk as it is read: a bomb is refused before it is held.
                            String text = XmlText.read(xml, current == null ? 0 : Math.max(0, maxKept - current.length()), budget);
                            if (current != null && phoneticDepth == 0) {
                                current.append(text);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            strings.add(current == null ? "" : current.toString());
                            current = null;
                        }
                        case "rPh" -> phoneticDepth--;
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
    }
}
