package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.StatusCode;
import vn.lienthong.schemas.model.Violation;

class StatusCheckTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void everyCodeOfTheTableIsAccepted(StatusCode code) {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().setStatusCode(code.code());

        assertThat(rules.check(status)).isEmpty();
    }

    @Test
    void aCodeWithoutItsLeadingZeroIsRefused() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().setStatusCode("3");

        assertThat(rules.check(status)).containsExactly(new Violation("Status/StatusCode", "status-code", "3"));
    }
}
