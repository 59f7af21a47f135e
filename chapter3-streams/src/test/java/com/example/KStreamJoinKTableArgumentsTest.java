package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The optional program argument of {@link KStreamJoinKTable}: the group protocol. */
class KStreamJoinKTableArgumentsTest {

    @Test
    void noArgumentMeansTheDefaultClassicProtocol() {
        assertThat(KStreamJoinKTable.groupProtocol(new String[0])).isEqualTo("classic");
    }

    @Test
    void streamsSelectsTheNewProtocol() {
        assertThat(KStreamJoinKTable.groupProtocol(new String[] {"Streams"})).isEqualTo("streams");
        assertThat(KStreamJoinKTable.groupProtocol(new String[] {"classic"})).isEqualTo("classic");
    }

    @Test
    void anythingElseIsRejectedWithAHint() {
        assertThatIllegalArgumentException().isThrownBy(() -> KStreamJoinKTable.groupProtocol(new String[] {"consumer"}))
                .withMessageContaining("'classic' or 'streams'").withMessageContaining("\"-Dexec.args=streams\"");
        assertThatIllegalArgumentException().isThrownBy(
                () -> KStreamJoinKTable.groupProtocol(new String[] {"streams", "extra"}));
    }
}
