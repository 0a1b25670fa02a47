package vn.lienthong.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.lienthong.gateway.signature.OutboundSigner;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.signatures.SigningException;

/**
 * A package whose signing fails at the process stage (the key unusable by then) ends FAILED with the reason, without
 * retries or deliveries, and an operator's replay prepares it again once the key works.
 */
class ProcessFailureIT extends GatewayIT {

    @MockitoSpyBean
    OutboundSigner signer;

    @Test
    void aKeyUnusableAtSigningFailsTheMessageVisiblyAndAReplayDeliversItOnceFixed() {
        doThrow(new SigningException("khóa của Sở Giáo dục và Đào tạo không dùng được")).when(signer)
                .outbound(any(), anyBoolean(), anyString(), any(), any(), anyBoolean());

        ResponseEntity<String> accepted = postDocument(SamplePackages.validDocumentNumbered(1201),
                ConnectorFiles.DEPARTMENT_KEY);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = JsonPath.read(accepted.getBody(), "$.id");

        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(view(id, "$.state")));
        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.failureReason"))
                .contains("cannot sign the package", "khóa của Sở Giáo dục và Đào tạo không dùng được");
        assertThat((List<String>) JsonPath.read(view, "$.history[*].type")).contains("PROCESS_FAILED");
        assertThat((List<String>) JsonPath.read(view, "$.recipients[*].deliveryState")).containsOnly("FAILED");
        assertThat(jdbc.sql("select count(*) from deliveries where message_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select attempts from process_work where message_id = ?").param(id)
                .query(Integer.class).single()).as("a signing failure is not retried").isZero();

        doCallRealMethod().when(signer).outbound(any(), anyBoolean(), anyString(), any(), any(), anyBoolean());
        ResponseEntity<String> replay = asAdmin().exchange("/api/admin/messages/" + id + "/replay", HttpMethod.POST,
                json("{\"reason\":\"Đã thay khóa ký của Sở\"}"), String.class);

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(view(id, "$.state")));
        assertThat((List<String>) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(),
                "$.history[*].type")).contains("PROCESS_FAILED", "PROCESS_REPLAYED");
    }

    private String view(String id, String path) {
        return JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), path);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
