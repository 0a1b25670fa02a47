package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class RequiredFieldsCheckTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @Test
    void documentNeedsSenderCodeDateAndSubject() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        MessageHeader header = letter.header();
        header.getFrom().setOrganId(" ");
        header.getFrom().setOrganName(null);
        header.setCode(null);
        header.getPromulgationInfo().setPromulgationDate("");
        header.setSubject("\n  ");

        assertThat(rules.check(letter)).containsExactly(
                required("MessageHeader/From/OrganId"),
                required("MessageHeader/From/OrganName"),
                required("MessageHeader/Code/CodeNumber"),
                required("MessageHeader/Code/CodeNotation"),
                required("MessageHeader/PromulgationInfo/PromulgationDate"),
                required("MessageHeader/Subject"));
    }

    @Test
    void documentNeedsARecipient() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getTo().clear();

        assertThat(rules.check(letter)).containsExactly(required("MessageHeader/To"));
    }

    @Test
    void everyRecipientNeedsAnId() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getTo().get(1).setOrganId(null);

        assertThat(rules.check(letter)).containsExactly(required("MessageHeader/To[2]/OrganId"));
    }

    @Test
    void statusNeedsTheDocumentItAnswersAndACode() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().getResponseFor().get(0).setOrganId(null);
        status.header().getResponseFor().get(0).setCode(" ");
        status.header().getResponseFor().get(0).setDocumentId(null);
        status.header().setStatusCode("");

        assertThat(rules.check(status)).containsExactly(
                required("Status/ResponseFor[1]/OrganId"),
                required("Status/ResponseFor[1]/Code"),
                required("Status/ResponseFor[1]/DocumentId"),
                required("Status/StatusCode"));
    }

    @Test
    void statusWithoutResponseFor() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().getResponseFor().clear();

        assertThat(rules.check(status)).containsExactly(required("Status/ResponseFor"));
    }

    @Test
    void statusNeedsNoSubjectNorRecipient() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");

        assertThat(status.header().getSubject()).isNull();
        assertThat(rules.check(status)).isEmpty();
    }

    private static Violation required(String element) {
        return new Violation(element, "required", "");
    }
}
