package io.specdriven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sizes as users write them for --max-document-size and max-document-size (issue 13). */
class DocumentSizeTest {
    @Test
    void bytes_and_binary_units_in_either_case_are_read() {
        assertThat(DocumentSize.parse("52428800")).isEqualTo(52_428_800L);
        assertThat(DocumentSize.parse("300MB")).isEqualTo(300L << 20);
        assertThat(DocumentSize.parse("300mb")).isEqualTo(300L << 20);
        assertThat(DocumentSize.parse("1g")).isEqualTo(1L << 30);
        assertThat(DocumentSize.parse("1.5GB")).isEqualTo(3L << 29);
        assertThat(DocumentSize.parse("512 KiB")).isEqualTo(512L << 10);
        assertThat(DocumentSize.parse("4k")).isEqualTo(4096L);
        assertThat(DocumentSize.parse("2047MB")).isEqualTo(DocumentSize.MAX);
        assertThat(DocumentSize.DEFAULT).isEqualTo(209_715_200L);
    }

    @Test
    void what_is_not_a_size_says_what_to_write() {
        assertThatThrownBy(() -> DocumentSize.parse("300XB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'300XB' is not a size: write bytes, or a number with KB, MB or GB, such as 300MB or 1g");
        assertThatThrownBy(() -> DocumentSize.parse("")).hasMessageStartingWith("'' is not a size");
        assertThatThrownBy(() -> DocumentSize.parse("-1MB")).hasMessageStartingWith("'-1MB' is not a size");
        assertThatThrownBy(() -> DocumentSize.parse("1.5")).hasMessage("'1.5' is not a size: a number of bytes is whole");
    }

    @Test
    void a_size_out_of_range_says_the_range() {
        assertThatThrownBy(() -> DocumentSize.parse("0")).hasMessage("'0' is out of range: a document size is from 1 byte"
                + " to 2047MB, since a document is read into memory whole");
        assertThatThrownBy(() -> DocumentSize.parse("2g")).hasMessageStartingWith("'2g' is out of range");
        assertThatThrownBy(() -> DocumentSize.parse("9999999999")).hasMessageStartingWith("'9999999999' is out of range");
    }

    @Test
    void sizes_are_shown_in_mb_or_kb_with_the_exact_bytes() {
        assertThat(DocumentSize.toString(DocumentSize.DEFAULT)).isEqualTo("200 MB (209,715,200 bytes)");
        assertThat(DocumentSize.toString(262_144_000L)).isEqualTo("250 MB (262,144,000 bytes)");
        assertThat(DocumentSize.toString(1536)).isEqualTo("1.5 KB (1,536 bytes)");
        assertThat(DocumentSize.toString(512)).isEqualTo("512 bytes");
    }
}
