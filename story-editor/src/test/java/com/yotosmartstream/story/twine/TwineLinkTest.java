package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwineLinkTest {

    @ParameterizedTest(name = "{0} -> text ''{1}'', target ''{2}''")
    @CsvSource(delimiter = '¦', textBlock = """
            [[Cave]]                    ¦ Cave              ¦ Cave
            [[Go in->Cave]]             ¦ Go in             ¦ Cave
            [[A->B->C]]                 ¦ A->B              ¦ C
            [[Cave<-Go in]]             ¦ Go in             ¦ Cave
            [[Cave<-Go<-in]]            ¦ Go<-in            ¦ Cave
            [[Go in|Cave]]              ¦ Go in             ¦ Cave
            [[Go in->Cave][$torch to 1]] ¦ Go in            ¦ Cave
            [[Cave][$seen to true]]     ¦ Cave              ¦ Cave
            """)
    void linksAreReadWithTwinesGrammar(String source, String text, String target) {
        assertThat(TwineLink.parse("before " + source + " after")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo(text);
            assertThat(link.target()).isEqualTo(target);
            assertThat(link.isExternal()).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource({"https://example.com", "http://twinery.org/cookbook", "mailto://someone"})
    void aTargetWithAProtocolIsAWebPage(String url) {
        assertThat(TwineLink.parse("[[Read more->" + url + "]]").get(0).isExternal()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            Go [[left->Cave]] or [[right|Forest]].  ¦ Go left or right.
            [[Home]]                                ¦ Home
            No links at all.                        ¦ No links at all.
            Dollar [[$5 note->Shop]] kept           ¦ Dollar $5 note kept
            """)
    void narrationReadsLinksAsTheirDisplayText(String text, String narration) {
        assertThat(TwineLink.narration(text)).isEqualTo(narration);
    }
}
