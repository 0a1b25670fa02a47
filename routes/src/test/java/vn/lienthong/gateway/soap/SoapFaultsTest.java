package vn.lienthong.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;

/** SOAP's rendering of a refusal: a GatewayFault whose problem has the REST problem's fields. */
class SoapFaultsTest {

    @Test
    void aForeignSenderIsAFaultWithTheRestProblemsFields() {
        GatewayFault fault = catchThrowableOfType(GatewayFault.class, () -> SoapFaults.guard(() -> {
            throw new SenderNotAllowedException("phong-gddt-thach-ha", "000.00.13.H53");
        }));

        GatewayProblem problem = fault.getFaultInfo();
        assertThat(fault.getMessage()).isEqualTo("Sender not allowed: MessageHeader/From/OrganId: sender-authorised: "
                + "connector phong-gddt-thach-ha may not send as agency 000.00.13.H53");
        assertThat(problem.getType()).isEqualTo("urn:lienthong:problem:sender-not-allowed");
        assertThat(problem.getTitle()).isEqualTo("Sender not allowed");
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getViolation()).extracting(v -> v.getElement(), v -> v.getRule(), v -> v.getValue())
                .containsExactly(tuple("MessageHeader/From/OrganId", "sender-authorised: the connector's agencies only",
                        "000.00.13.H53"));
    }

    @Test
    void aRejectedPackageKeepsEveryViolation() {
        GatewayFault fault = catchThrowableOfType(GatewayFault.class, () -> SoapFaults.guard(() -> {
            throw new PackageRejectedException(new Violation("MessageHeader/Subject", "required", ""));
        }));

        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(400);
        assertThat(fault.getFaultInfo().getDetail()).isEqualTo("MessageHeader/Subject: required");
        assertThat(fault.getFaultInfo().getViolation()).extracting(v -> v.getElement() + " " + v.getRule())
                .containsExactly("MessageHeader/Subject required");
    }

    @Test
    void anUnreachableStoreIsAFaultWithStatus503() {
        GatewayFault fault = catchThrowableOfType(GatewayFault.class, () -> SoapFaults.guard(() -> {
            throw new QueryTimeoutException("the database did not answer");
        }));

        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(503);
        assertThat(fault.getFaultInfo().getType()).isEqualTo("urn:lienthong:problem:unavailable");
    }

    @Test
    void theGatewaysOwnFailurePassesThroughUntouched() {
        IllegalStateException bug = new IllegalStateException("a bug");

        assertThatThrownBy(() -> SoapFaults.guard(() -> {
            throw bug;
        })).isSameAs(bug);
    }
}
