package app.ambassade.reassurance.internal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * Jackson's standard JSON escaping, plus {@code < > &} as {@code \}{@code u003C}-style escapes: brand and
 * customer text in the widget JSON can then never close a script element or start markup, even
 * where a shop inlines the JSON into a page.
 */
final class HtmlSafeJson extends CharacterEscapes {

    private final int[] escapes;

    HtmlSafeJson() {
        escapes = standardAsciiEscapesForJSON();
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
        escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
