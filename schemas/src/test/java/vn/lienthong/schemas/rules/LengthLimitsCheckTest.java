package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class LengthLimitsCheckTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    static Stream<Arguments> limits() {
        return Stream.of(
                limit("MessageHeader/From/OrganName", 200, (p, v) -> p.header().getFrom().setOrganName(v)),
                limit("MessageHeader/From/OrganizationInCharge", 500,
                        (p, v) -> p.header().getFrom().setOrganizationInCharge(v)),
                limit("MessageHeader/From/OrganAdd", 500, (p, v) -> p.header().getFrom().setOrganAdd(v)),
                limit("MessageHeader/From/Email", 100, (p, v) -> p.header().getFrom().setEmail(v)),
                limit("MessageHeader/From/Telephone", 20, (p, v) -> p.header().getFrom().setTelephone(v)),
                limit("MessageHeader/From/Fax", 20, (p, v) -> p.header().getFrom().setFax(v)),
                limit("MessageHeader/To[2]/OrganName", 200, (p, v) -> p.header().getTo().get(1).setOrganName(v)),
                limit("MessageHeader/Code/CodeNumber", 11, (p, v) -> p.header().getCode().setCodeNumber(v)),
                limit("MessageHeader/Code/CodeNotation", 30, (p, v) -> p.header().getCode().setCodeNotation(v)),
                limit("MessageHeader/PromulgationInfo/Place", 50,
                        (p, v) -> p.header().getPromulgationInfo().setPlace(v)),
                limit("MessageHeader/DocumentType/TypeName", 100,
                        (p, v) -> p.header().getDocumentType().setTypeName(v)),
                limit("MessageHeader/Subject", 500, (p, v) -> p.header().setSubject(v)),
                limit("MessageHeader/Content", 500, (p, v) -> p.header().setContent(v)),
                limit("MessageHeader/OtherInfo/SphereOfPromulgation", 100,
                        (p, v) -> p.header().getOtherInfo().setSphereOfPromulgation(v)),
                limit("MessageHeader/OtherInfo/TyperNotation", 10,
                        (p, v) -> p.header().getOtherInfo().setTyperNotation(v)),
                limit("MessageHeader/ToPlaces/Place[3]", 150, (p, v) -> p.header().getToPlaces().getPlace().set(2, v)),
                limit("AttachmentEncoded/Attachment[1]/AttachmentName", 500,
                        (p, v) -> p.attachments().get(0).setAttachmentName(v)),
                limit("edXMLBody/edXMLManifest/Reference[1]/AttachmentName", 500,
                        (p, v) -> p.references().get(0).setAttachmentName(v)));
    }

    @ParameterizedTest(name = "{0} max {1}")
    @MethodSource("limits")
    void oneCharacterOverTheLimitIsRefused(String element, int max, BiConsumer<ParsedPackage, String> set) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        String tooLong = "đ".repeat(max + 1);
        set.accept(letter, tooLong);

        assertThat(rules.check(letter)).containsExactly(Violation.of(element, "max-length " + max, tooLong));
    }

    @ParameterizedTest(name = "{0} max {1}")
    @MethodSource("limits")
    void exactlyTheLimitIsAccepted(String element, int max, BiConsumer<ParsedPackage, String> set) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        set.accept(letter, "đ".repeat(max));

        assertThat(rules.check(letter)).isEmpty();
    }

    @Test
    void decomposedDiacriticsCountAsOneCharacterEach() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        String decomposed = Normalizer.normalize("ệ".repeat(500), Normalizer.Form.NFD);
        assertThat(decomposed.length()).isEqualTo(1500);
        letter.header().setSubject(decomposed);

        assertThat(rules.check(letter)).isEmpty();
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getOtherInfo().setTyperNotation("\uD840\uDC00".repeat(10));

        assertThat(rules.check(letter)).isEmpty();
    }

    @Test
    void surroundingWhitespaceDoesNotCount() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getCode().setCodeNumber("\n            12345678901\n          ");

        assertThat(rules.check(letter)).isEmpty();
    }

    private static Arguments limit(String element, int max, BiConsumer<ParsedPackage, String> set) {
        return Arguments.of(element, max, set);
    }
}
