package org.sira.tabular.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an element of a workbook, read in the parser's chunks (16 K characters with the
 * JDK's parser) instead of whole as {@code getElementText()} does: a single {@code <t>} of a
 * zip bomb can inflate to hundreds of megabytes, and it is refused or cut before it is held.
 */
public final class XmlText {

    /** Told the length of each chunk as it is read, before anything is kept; may throw to stop the reading. */
    interface Meter {
        void read(int chars);
    }

    private XmlText() {
    }

    /**
     * Called on a start element; returns after its end element with at most {@code keep}
     * characters of its text (all of them are shown to {@code meter}). Elements nested inside
     * (there should be none) are skipped with their text.
     */
    static String read(XMLStreamReader xml, int keep, Meter meter) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int length = xml.getTextLength();
                    meter.read(length);
                    if (depth == 1 && text.length() < keep) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(length, keep - text.length()));
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    String entity = xml.getText();
                    meter.read(entity.length());
                    if (depth == 1 && text.length() < keep) {
                        text.append(entity, 0, Math.min(entity.length(), keep - text.length()));
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }
}
