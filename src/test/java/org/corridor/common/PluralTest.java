package org.corridor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertThat(Plural.of(1, "article")).isEqualTo("1 article");
        assertThat(Plural.of(0, "article")).isEqualTo("0 articles");
        assertThat(Plural.of(2, "annotation")).isEqualTo("2 annotations");
        assertThat(Plural.of(12_345, "article")).isEqualTo(String.format("%,d articles", 12_345));
    }
}
