package com.pairwise.surveys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesPerRfc4180WithCrlfLineEnds() {
        String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", null, 3, -0.5).toString();
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3,-0.5\r\n", csv);
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        String csv = new Csv().row("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "fine=ok").toString();
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,fine=ok\r\n", csv);
    }
}
