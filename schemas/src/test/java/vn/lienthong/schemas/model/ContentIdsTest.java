package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"qd-123", "cid:qd-123", "CID:qd-123", "<qd-123>", "cid:<qd-123>", "<cid:qd-123>",
            "  cid:qd-123\n"})
    void everySpellingGivesTheBareId(String written) {
        assertThat(ContentIds.bare(written)).isEqualTo("qd-123");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "cid:", "<>", "cid:<>"})
    void nothingLeftIsNull(String written) {
        assertThat(ContentIds.bare(written)).isNull();
    }
}
