package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextTest {
    private static String paragraphs(String html) {
        return BlockText.paragraphs(Jsoup.parse(html).body());
    }

    @Test
    void givesEachBlockItsOwnParagraphAndJoinsInlineContent() {
        assertEquals("Title\n\nOne paragraph with bold text.\n\nItem one\n\nItem two",
                paragraphs("<h1>Title</h1><p>One   paragraph\n with <b>bold</b>&nbsp;text.</p><ul><li>Item one</li><li>Item two</li></ul>"));
    }

    @Test
    void breaksLinesAtBrAndParagraphsAtTwoBrs() {
        assertEquals("Mill Lane 4\nEastwick\n\nOpen daily", paragraphs("<p>Mill Lane 4<br>Eastwick<br><br>Open daily</p>"));
    }

    @Test
    void keepsPreformattedLayout() {
        assertEquals("Intro\n\nname   votes\nAda     12", paragraphs("<p>Intro</p><pre>name   votes\nAda     12\n</pre>"));
    }

    @Test
    void leavesOutWhatIsNeverShown() {
        assertEquals("Shown\n\nAda 12",
                paragraphs("<title>Page</title><script>var x;</script><style>p{}</style><p>Shown</p><template><p>no</p></template>"
                        + "<table><tr><td>Ada</td><td>12</td></tr></table><select><option>Choice</option></select>"));
    }

    @Test
    void putsOneBlockOnEachLineForThreads() {
        assertEquals("ada 3 points\nHello there.\nreply", BlockText.lines(Jsoup.parse(
                "<div><span>ada</span> <span>3 points</span></div><div><p>Hello there.</p></div><a>reply</a>").body()));
    }
}
