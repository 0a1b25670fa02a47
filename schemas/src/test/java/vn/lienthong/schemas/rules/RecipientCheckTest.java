package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class RecipientCheckTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @Test
    void theSenderCannotBeARecipient() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getTo().get(0).setOrganId("000.00.13.H53");

        assertThat(rules.check(letter)).containsExactly(
                new Violation("MessageHeader/To[1]/OrganId", "recipient-is-sender", "000.00.13.H53"));
    }

    @Test
    void aDuplicateIsReportedWhereverItRepeats() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        Organization third = new Organization();
        third.setOrganId(" 000.20.31.H53 ");
        third.setOrganName("Phòng Giáo dục và Đào tạo huyện Thạch Hà");
        letter.header().getTo().add(third);

        assertThat(rules.check(letter)).containsExactly(
                new Violation("MessageHeader/To[3]/OrganId", "no-duplicate-recipient", "000.20.31.H53"));
    }

    @Test
    void senderAndResponseForCodesAreCheckedToo() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().getFrom().setOrganId("000.20.31");
        status.header().getResponseFor().get(0).setOrganId("H53");

        assertThat(rules.check(status)).containsExactly(
                new Violation("Status/From/OrganId", "agency-code-format AAA.BB.CC.DDD", "000.20.31"),
                new Violation("Status/ResponseFor[1]/OrganId", "agency-code-format AAA.BB.CC.DDD", "H53"));
    }
}
