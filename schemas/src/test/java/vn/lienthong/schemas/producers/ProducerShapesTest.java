package vn.lienthong.schemas.producers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.ShapeTrait;
import vn.lienthong.schemas.rules.PackageRules;

/** What the reader makes of each producer's shape: the canonical facts, read the same whoever wrote them. */
class ProducerShapesTest {

    private final EdxmlValidator validator = new EdxmlValidator(Fixtures.READER, new PackageRules(Fixtures.TODAY));

    @Test
    void bkavSpellingDatesAndOrderAreReadAsTheStandardsOwn() {
        ParsedPackage bkav = read("bkav-document.xml");

        assertThat(bkav.promulgationDate()).isEqualTo("2026/11/18");
        assertThat(bkav.header().getPromulgationInfo().getPlace()).isEqualTo("Hà Tĩnh");
        assertThat(bkav.header().getFrom().getOrganizationInCharge()).isEqualTo("Ủy ban nhân dân tỉnh Hà Tĩnh");
        assertThat(bkav.header().getTo()).extracting(Organization::getOrganizationInCharge).containsOnlyNulls();
        assertThat(bkav.header().getDocumentType().getTypeDetail()).isNull();
        assertThat(bkav.header().getSignerInfo().getFullName()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(bkav.header().getDueDate()).isEmpty();
        assertThat(bkav.businessDocType()).isEqualTo("0");
        assertThat(bkav.businessDocReason()).isEqualTo("Văn bản điện tử mới");
        assertThat(bkav.root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList().getTraceHeader().get(0)
                .getTimestamp()).isEqualTo("2026/11/18 09:12:40");
        assertThat(bkav.root().getEdXMLEnvelope().getEdXMLBody().getEdXMLManifest().getVersion()).isEqualTo("1.0");
        assertThat(bkav.hasLegacySignature()).isTrue();
        assertThat(bkav.shape().traits()).contains(ShapeTrait.BUSINESS_SPELLING, ShapeTrait.ORGAN_IN_CHARGE,
                ShapeTrait.DATES_REWRITTEN, ShapeTrait.CHILDREN_REORDERED, ShapeTrait.QUALIFIED_ATTRIBUTES,
                ShapeTrait.NO_NAMESPACE_SIGNATURE);
    }

    @Test
    void aZippedAttachmentKeepsItsOriginalNameAndItsReferenceResolvesWithOrWithoutCid() {
        ParsedPackage bkav = read("bkav-document.xml");

        assertThat(bkav.attachments()).singleElement().satisfies(a -> {
            assertThat(a.getContentType()).isEqualTo("application/zip");
            assertThat(a.getAttachmentName()).isEqualTo("Danh sách giáo viên đạt chuẩn.odt");
        });
        assertThat(bkav.references()).singleElement()
                .satisfies(r -> assertThat(r.getContentId()).startsWith("cid:"));
        assertThat(bkav.attachmentContentIds()).containsExactly("7c4d2f0e-5b1a-4c3e-9f21-8a6d0b3e4f51");
    }

    @Test
    void theIntegratorsSamplesWithEmptyElementsAndAnUnprefixedSignatureAreRead() {
        ParsedPackage fresh = read("integrator-edoc-new.xml");
        ParsedPackage update = read("integrator-edoc-update.xml");

        assertThat(fresh.promulgationDate()).isEqualTo("2026/11/19");
        assertThat(fresh.header().getDueDate()).isEmpty();
        assertThat(fresh.header().getOtherInfo().getDirection()).isEqualTo("false");
        assertThat(fresh.header().getToPlaces().getPlace()).hasSize(2);
        assertThat(fresh.references()).singleElement().satisfies(r -> assertThat(r.getHref()).isNull());
        assertThat(fresh.attachmentContentIds()).containsExactly("312");
        assertThat(fresh.shape().traits()).contains(ShapeTrait.EDXML_NAMESPACE_SIGNATURE);
        assertThat(update.businessDocType()).isEqualTo("2");
        assertThat(update.businessDocumentId()).isEqualTo(fresh.documentId());
        assertThat(update.root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList().getBussiness()
                .getBussinessDocumentInfo()).hasSize(1);
    }

    @Test
    void theEdxml102FamilysBusinessBlockFirstIsReadInTheSchemasOrder() {
        ParsedPackage vnpt = read("vnpt-edxml102-document.xml");

        assertThat(vnpt.recipientIds()).containsExactly("000.20.31.H53", "000.00.00.G03");
        assertThat(vnpt.businessDocType()).isEqualTo("0");
        assertThat(vnpt.header().getSteeringType()).isEqualTo("3");
        assertThat(vnpt.shape().traits()).contains(ShapeTrait.BUSINESS_BEFORE_TRACE_HEADERS);
        assertThat(vnpt.hasLegacySignature()).isFalse();
    }

    @Test
    void aStatusUnderEdxmlHeaderStatusIsTheCanonicalShape() {
        ParsedPackage status = read("bkav-status.xml");

        assertThat(status.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(status.headerElement()).isEqualTo("Status");
        assertThat(status.statusCode()).isEqualTo("03");
        assertThat(status.responseFor()).hasValueSatisfying(r -> assertThat(r.getPromulgationDate())
                .as("the date of the date-time JAXB writes").isEqualTo("2026/11/19"));
        assertThat(status.header().getStaffInfo().getStaff()).isEqualTo("Nguyễn Thị Ngọc Ánh");
        assertThat(status.header().getTimestamp()).isEqualTo("2026/11/20 10:31:02");
        assertThat(validator.validate(Fixtures.bytes("valid-status-03.xml")).shape().traits())
                .as("the project's own sample is canonical").isEmpty();
    }

    @Test
    void aStatusInAMessageHeaderIsStillAStatus() {
        ParsedPackage integrator = read("integrator-status-processing-05.xml");
        ParsedPackage legacy = read("legacy-status-message-header.xml");

        assertThat(integrator.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(integrator.headerElement()).isEqualTo("MessageHeader");
        assertThat(integrator.statusCode()).isEqualTo("05");
        assertThat(integrator.header().getFrom().getOrganizationInCharge()).isEqualTo("Ủy ban nhân dân huyện Thạch Hà");
        assertThat(integrator.root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList()).isNull();
        assertThat(legacy.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(legacy.shape().traits()).containsExactly(ShapeTrait.STATUS_IN_MESSAGE_HEADER);
    }

    @Test
    void theBytesAreNeverChangedWhateverTheNormaliserDidInMemory() {
        byte[] bytes = Fixtures.bytes("producers/bkav-document.xml");
        byte[] copy = bytes.clone();

        read("bkav-document.xml");
        validator.validate(bytes);

        assertThat(bytes).isEqualTo(copy);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<edXML:Business>", "<edXML:OrganInCharge>", "18/11/2026");
    }

    private ParsedPackage read(String fixture) {
        return validator.validate(Fixtures.bytes("producers/" + fixture));
    }
}
