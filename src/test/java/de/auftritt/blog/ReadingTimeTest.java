package de.auftritt.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    @Test
    void roundsUpAtTwoHundredWordsAMinuteAndIsNeverZero() {
        assertThat(ReadingTime.minutes("")).isEqualTo(1);
        assertThat(ReadingTime.minutes("wort ".repeat(200))).isEqualTo(1);
        assertThat(ReadingTime.minutes("wort ".repeat(201))).isEqualTo(2);
        assertThat(ReadingTime.minutes("wort\n".repeat(1000))).isEqualTo(5);
    }
}
