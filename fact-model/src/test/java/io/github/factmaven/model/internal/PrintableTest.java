package io.github.factmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void lineBreaksCannotStartALineOfTheirOwn() {
        assertEquals(
                "x\\n[INFO] BUILD SUCCESS\\r\\n::error file=a::forged",
                Printable.escape("x\n[INFO] BUILD SUCCESS\r\n::error file=a::forged"));
    }

    @Test
    void controlsSeparatorsBidiControlsAndUnpairedSurrogatesAreEscaped() {
        assertEquals(
                "a\\tb\\u0000c\\u007Fd\\u0085e\\u2028f\\u202Eg\\u2066h\\uD800i\\uDC00",
                Printable.escape("a\tb\u0000c\u007Fd\u0085e\u2028f\u202Eg\u2066h\uD800i\uDC00"));
    }

    @Test
    void textThatIsSafeIsReturnedAsItIs() {
        String text = "Kopyrkin, “Ереван” 😀 — Հայաստան\u00A0";
        assertSame(text, Printable.escape(text));
        assertEquals("😀\\n😀", Printable.escape("😀\n😀"));
    }

    @Test
    void findsTheFirstUnpairedSurrogate() {
        assertEquals(-1, Printable.unpairedSurrogate("a😀b"));
        assertEquals(1, Printable.unpairedSurrogate("a\uD83D"));
        assertEquals(2, Printable.unpairedSurrogate("😀\uDE00"));
        assertEquals(0, Printable.unpairedSurrogate("\uD83D\uD83D\uDE00"));
    }
}
