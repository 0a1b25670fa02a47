package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class EdxmlReaderTest {

    private final EdxmlReader reader = Fixtures.READER;

    @Test
    void readsADocumentPackage() {
        ParsedPackage letter = reader.read(Fixtures.bytes("valid-new-document.xml"));

        assertThat(letter.kind()).isEqualTo(PackageKind.DOCUMENT);
        assertThat(letter.recipientIds()).containsExactly("000.20.31.H53", "000.00.00.G03");
    }

    @Test
    void readsAStatusPackage() {
        assertThat(reader.read(Fixtures.bytes("valid-status-03.xml")).kind()).isEqualTo(PackageKind.STATUS);
    }

    @Test
    void toleratesHeaderChildrenInAnyOrder() {
        ParsedPackage reordered = reader.read(Fixtures.bytes("valid-header-reordered.xml"));
        ParsedPackage canonical = reader.read(Fixtures.bytes("valid-new-document.xml"));

        assertThat(reordered.senderId()).isEqualTo(canonical.senderId());
        assertThat(reordered.recipientIds()).isEqualTo(canonical.recipientIds());
        assertThat(reordered.documentNumber()).isEqualTo(canonical.documentNumber());
        assertThat(reordered.subject()).isEqualTo(canonical.subject());
        assertThat(reordered.header().getSignerInfo().getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(reordered.header().getOtherInfo().getTyperNotation()).isEqualTo("VT");
    }

    @Test
    void neverChangesTheBytesItIsGiven() {
        byte[] bytes = Fixtures.bytes("valid-header-reordered.xml");
        byte[] copy = bytes.clone();

        reader.read(bytes);

        assertThat(bytes).isEqualTo(copy);
    }

    @Test
    void readingTheSameBytesTwiceGivesTheSameResult() {
        byte[] bytes = Fixtures.bytes("valid-new-document.xml");

        ParsedPackage first = reader.read(bytes);
        ParsedPackage second = reader.read(bytes);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.recipientIds()).isEqualTo(first.recipientIds());
        assertThat(second.attachments().get(0).getContentTransferEncoded())
                .isEqualTo(first.attachments().get(0).getContentTransferEncoded());
        assertThat(rejection("invalid-unknown-element.xml").violations())
                .isEqualTo(rejection("invalid-unknown-element.xml").violations());
    }

    @Test
    void attachmentContentSurvivesValidation() {
        ParsedPackage letter = reader.read(Fixtures.bytes("valid-new-document.xml"));

        byte[] pdf = Base64.getMimeDecoder().decode(letter.attachments().get(0).getContentTransferEncoded());

        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
    }

    @Test
    void anElementInsideAttachmentContentIsStillASchemaError() {
        String smuggled = new String(Fixtures.bytes("valid-new-document.xml"), StandardCharsets.UTF_8)
                .replace("<edXML:ContentTransferEncoded>", "<edXML:ContentTransferEncoded><edXML:Part/>");

        PackageRejectedException e = catchThrowableOfType(
                () -> reader.read(smuggled.getBytes(StandardCharsets.UTF_8)), PackageRejectedException.class);

        // A simple-typed element may not have element children: the parser names the parent.
        assertThat(e.violations()).extracting(Violation::element, Violation::rule)
                .containsExactly(tuple("AttachmentEncoded/Attachment[1]/ContentTransferEncoded", "xsd"));
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumn() {
        Violation v = single("invalid-malformed.xml");

        assertThat(v.element()).isEqualTo("(document)");
        assertThat(v.rule()).isEqualTo("well-formed-xml");
        assertThat(v.value()).matches("line \\d+, column \\d+: .+");
    }

    @Test
    void emptyInputIsNotWellFormed() {
        PackageRejectedException e = catchThrowableOfType(() -> reader.read(new byte[0]),
                PackageRejectedException.class);

        assertThat(e.violations()).extracting(Violation::rule).containsExactly("well-formed-xml");
    }

    @Test
    void rootInAnotherNamespaceIsRefused() {
        Violation v = single("invalid-wrong-namespace.xml");

        assertThat(v.element()).isEqualTo("edXML");
        assertThat(v.ruleId()).isEqualTo("namespace");
        assertThat(v.rule()).isEqualTo("namespace " + EdxmlReader.NAMESPACE);
        assertThat(v.value()).isEqualTo("http://www.mic.gov.vn/TBT/QCVN_102_2015");
    }

    @Test
    void rootWithoutNamespaceIsRefused() {
        byte[] bare = "<edXML><edXMLEnvelope/></edXML>".getBytes(StandardCharsets.UTF_8);

        PackageRejectedException e = catchThrowableOfType(() -> reader.read(bare), PackageRejectedException.class);

        assertThat(e.violations()).containsExactly(
                new Violation("edXML", "namespace " + EdxmlReader.NAMESPACE, "(no namespace)"));
    }

    @Test
    void schemaErrorNamesTheElement() {
        Violation v = single("invalid-unknown-element.xml");

        assertThat(v.element()).isEqualTo("MessageHeader/Urgency");
        assertThat(v.rule()).isEqualTo("xsd");
        assertThat(v.value()).contains("Urgency").doesNotContain(EdxmlReader.NAMESPACE);
    }

    @Test
    void schemaErrorsAreAllReported() {
        String twoErrors = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replace("<edXML:Department>", "<edXML:Floor>3</edXML:Floor><edXML:Department>")
                .replace("</edXML:Status>", "</edXML:Status><edXML:TraceHeaderList><edXML:TraceHeader>"
                        + "<edXML:Hop>1</edXML:Hop></edXML:TraceHeader></edXML:TraceHeaderList>");

        PackageRejectedException e = catchThrowableOfType(
                () -> reader.read(twoErrors.getBytes(StandardCharsets.UTF_8)), PackageRejectedException.class);

        assertThat(e.violations()).extracting(Violation::element)
                .containsExactly("Status/StaffInfo/Floor", "TraceHeaderList/TraceHeader[1]/Hop");
    }

    @Test
    void missingFromIsASchemaError() {
        String noFrom = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<edXML:From>.*</edXML:From>", "");

        assertThatThrownBy(() -> reader.read(noFrom.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PackageRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::element, Violation::rule)
                        .containsExactly(tuple("Status/ResponseFor[1]", "xsd")));
    }

    @Test
    void aDsigSignatureAndALegacySignatureAreBothAccepted() {
        String signed = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replace("</edXML:Status>", "</edXML:Status>"
                        + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature>"
                        + "<edXML:Signature><edXML:SignedInfo/><Whatever/></edXML:Signature>");

        ParsedPackage pkg = reader.read(signed.getBytes(StandardCharsets.UTF_8));

        assertThat(pkg.hasLegacySignature()).isTrue();
        assertThat(pkg.root().getEdXMLEnvelope().getEdXMLHeader().getSignatures()).hasSize(2);
    }

    @Test
    void utf16PackagesAreRead() {
        String text = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

        ParsedPackage pkg = reader.read(text.getBytes(StandardCharsets.UTF_16));

        assertThat(pkg.header().getStaffInfo().getStaff()).isEqualTo("Trần Thị Bình");
    }

    private Violation single(String fixture) {
        PackageRejectedException e = rejection(fixture);
        assertThat(e.violations()).as(Arrays.toString(e.violations().toArray())).hasSize(1);
        return e.violations().get(0);
    }

    private PackageRejectedException rejection(String fixture) {
        return catchThrowableOfType(() -> reader.read(Fixtures.bytes(fixture)), PackageRejectedException.class);
    }
}
