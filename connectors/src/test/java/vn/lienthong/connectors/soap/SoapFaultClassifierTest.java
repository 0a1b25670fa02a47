package vn.lienthong.connectors.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;

import javax.xml.namespace.QName;

import jakarta.xml.ws.WebServiceException;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.DeliveryOutcome.Result;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;

/** A fault blaming the request is final; the partner's own trouble is worth another try. */
class SoapFaultClassifierTest {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final ConnectorDefinition CAN_LOC = new ConnectorDefinition("phong-gddt-can-loc",
            "Phòng GD&ĐT Can Lộc", List.of("000.22.31.H53"), TransportType.of("soap"),
            URI.create("http://127.0.0.1:9004/soap/documents"), null, RetryPolicy.DEFAULT, SignatureVerifyMode.OPTIONAL,
            false, Timeouts.DEFAULT, 1, null, null);

    @Test
    void aClientFaultIsPermanent() {
        var outcome = SoapFaultClassifier.classify(wrapped(new SoapFault("thiếu trích yếu", new QName(SOAP11, "Client"))),
                CAN_LOC);

        assertThat(outcome.result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(outcome.detail()).contains("thiếu trích yếu");
    }

    @Test
    void aServerFaultIsTransient() {
        var outcome = SoapFaultClassifier.classify(wrapped(new SoapFault("lỗi máy chủ", new QName(SOAP11, "Server"))),
                CAN_LOC);

        assertThat(outcome.result()).isEqualTo(Result.TRANSIENT_FAILURE);
    }

    @Test
    void http503AndNetworkErrorsAreTransientAnd404IsPermanent() throws Exception {
        var url = new java.net.URL("http://127.0.0.1:9004/soap/documents");

        assertThat(SoapFaultClassifier.classify(wrapped(new HTTPException(503, "Service Unavailable", url)), CAN_LOC)
                .result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(SoapFaultClassifier.classify(wrapped(new HTTPException(404, "Not Found", url)), CAN_LOC)
                .result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(SoapFaultClassifier.classify(wrapped(new ConnectException("Connection refused")), CAN_LOC)
                .result()).isEqualTo(Result.TRANSIENT_FAILURE);
    }

    @Test
    void aDeclaredFaultIsJudgedByItsStatus() {
        assertThat(SoapFaultClassifier.classify(declared(400)).result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(SoapFaultClassifier.classify(declared(503)).result()).isEqualTo(Result.TRANSIENT_FAILURE);
    }

    @Test
    void soap12SenderCountsAsClient() {
        assertThat(SoapFaultClassifier.isClientCode(new QName("http://www.w3.org/2003/05/soap-envelope", "Sender")))
                .isTrue();
        assertThat(SoapFaultClassifier.isClientCode(new QName(SOAP11, "Server"))).isFalse();
    }

    private static WebServiceException wrapped(Exception cause) {
        return new WebServiceException("Could not send Message.", cause);
    }

    private static GatewayFault declared(int status) {
        GatewayProblem problem = new GatewayProblem();
        problem.setStatus(status);
        problem.setTitle("Từ chối");
        problem.setDetail("trạng thái " + status);
        return new GatewayFault("Từ chối", problem);
    }
}
