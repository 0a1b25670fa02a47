package vn.lienthong.schemas.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.PackageShape;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.rules.PackageRules;

/**
 * Every producer-shape fixture of {@code packages/producers/} gets the verdict its row of {@code verdicts.csv} says:
 * accepted with its sender, document id and producer family read, or refused naming the element and the rule. The
 * gateway's REST intake is held to the same table by {@code ProducerShapesIT}.
 */
class ProducerVerdictsTest {

    private final EdxmlValidator validator = new EdxmlValidator(Fixtures.READER, new PackageRules(Fixtures.TODAY));

    @ParameterizedTest(name = "{0}: {2} {3} {4}")
    @CsvFileSource(resources = "/packages/producers/verdicts.csv", delimiter = '|', numLinesToSkip = 1)
    void eachFixtureGetsItsVerdict(String fixture, PackageKind kind, String verdict, String element, String rule,
                                   String sender, String documentId, String producer) {
        byte[] bytes = Fixtures.bytes("producers/" + fixture);
        if ("accepted".equals(verdict)) {
            ParsedPackage pkg = validator.validate(bytes);
            assertThat(pkg.kind()).isEqualTo(kind);
            assertThat(pkg.senderId()).isEqualTo(sender);
            assertThat(pkg.documentId()).isEqualTo(documentId);
            assertThat(pkg.shape().producer()).isEqualTo(PackageShape.Producer.valueOf(producer));
        } else {
            PackageRejectedException refusal = catchThrowableOfType(() -> validator.validate(bytes),
                    PackageRejectedException.class);
            assertThat(refusal).as("%s must be refused", fixture).isNotNull();
            assertThat(refusal.violations()).anySatisfy(v -> {
                assertThat(v.element()).isEqualTo(element);
                assertThat(v.ruleId()).isEqualTo(rule);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/packages/producers/verdicts.csv", delimiter = '|', numLinesToSkip = 1)
    void readingAsAStreamGivesTheSameVerdict(String fixture, PackageKind kind, String verdict) {
        byte[] bytes = Fixtures.bytes("producers/" + fixture);
        if ("accepted".equals(verdict)) {
            ParsedPackage whole = validator.validate(bytes);
            ParsedPackage streamed = validator.validateStreaming(new ByteArrayInputStream(bytes));
            assertThat(streamed.documentId()).isEqualTo(whole.documentId());
            assertThat(streamed.shape()).isEqualTo(whole.shape());
            assertThat(streamed.carriesSignatureElement()).isEqualTo(whole.hasLegacySignature());
        } else {
            assertThat(catchThrowableOfType(() -> validator.validateStreaming(new ByteArrayInputStream(bytes)),
                    PackageRejectedException.class)).isNotNull();
        }
    }
}
