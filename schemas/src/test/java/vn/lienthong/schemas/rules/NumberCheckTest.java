package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class NumberCheckTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4"})
    void priorityZeroToFourIsAccepted(String priority) {
        assertThat(rules.check(withPriority(priority))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "-1", "khẩn", "1.0"})
    void otherPrioritiesAreRefused(String priority) {
        assertThat(rules.check(withPriority(priority)))
                .containsExactly(new Violation("MessageHeader/OtherInfo/Priority", "priority 0..4", priority));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3"})
    void businessDocTypesOfTheStandardAreAccepted(String type) {
        assertThat(rules.check(withBusinessDocType(type))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "thay thế", "99999999999"})
    void otherBusinessDocTypesAreRefused(String type) {
        assertThat(rules.check(withBusinessDocType(type))).containsExactly(
                new Violation("TraceHeaderList/Bussiness/BussinessDocType", "business-doc-type 0..3", type));
    }

    @Test
    void countsAndTypesMustBeWholeNumbers() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getDocumentType().setType("công văn");
        letter.header().getDocumentType().setTypeDetail("2a");
        letter.header().setSteeringType("-1");
        letter.header().getOtherInfo().setPromulgationAmount("một");
        letter.header().getOtherInfo().setPageAmount("2.5");

        assertThat(rules.check(letter)).containsExactly(
                new Violation("MessageHeader/DocumentType/Type", "integer", "công văn"),
                new Violation("MessageHeader/DocumentType/TypeDetail", "integer", "2a"),
                new Violation("MessageHeader/SteeringType", "integer", "-1"),
                new Violation("MessageHeader/OtherInfo/PromulgationAmount", "integer", "một"),
                new Violation("MessageHeader/OtherInfo/PageAmount", "integer", "2.5"));
    }

    private static ParsedPackage withPriority(String priority) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getOtherInfo().setPriority(priority);
        return letter;
    }

    private static ParsedPackage withBusinessDocType(String type) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList().getBussiness()
                .setBussinessDocType(type);
        return letter;
    }
}
