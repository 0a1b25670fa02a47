package vn.lienthong.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.ConsolePages;
import vn.lienthong.gateway.support.Footprint;
import vn.lienthong.gateway.support.HostilePackages;
import vn.lienthong.gateway.support.Refusal;

/**
 * SQL and HTML/script injection through the operators' search (admin API and console) and through a package whose
 * subject and number carry markup: free text is matched literally, typed filters refuse what they cannot parse
 * (400 naming the parameter), and every page shows the hostile text escaped, never as markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT extends AttackIT {

    private static final String SCRIPT_SUBJECT = "<script>alert('lộ phiên')</script> Về việc thi học sinh giỏi";
    private static final String SCRIPT_NOTATION = "<script>QĐ</script>";

    private String hostileMessageId;

    /** A valid package whose subject and notation are markup: the gateway must accept it and show it as text. */
    @BeforeAll
    void aPackageWithMarkupInItsTitleIsAccepted() {
        String xml = HostilePackages.document(8860)
                .replace("<edXML:Subject>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026–2027",
                        "<edXML:Subject>" + escaped(SCRIPT_SUBJECT))
                .replace("<edXML:CodeNotation>QĐ-SGDĐT</edXML:CodeNotation>",
                        "<edXML:CodeNotation>" + escaped(SCRIPT_NOTATION) + "</edXML:CodeNotation>");
        ResponseEntity<String> accepted = postDocument(xml.getBytes(StandardCharsets.UTF_8),
                ConnectorFiles.DEPARTMENT_KEY);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        hostileMessageId = JsonPath.read(accepted.getBody(), "$.id");
    }

    static Stream<Arguments> injectedFreeText() {
        return Stream.of(
                Arguments.of("q", "' OR '1'='1"),
                Arguments.of("q", "%' OR 1=1 --"),
                Arguments.of("q", "'; DROP TABLE messages; --"),
                Arguments.of("sender", "000.00.13.H53' OR '1'='1"),
                Arguments.of("recipient", "x') OR 1=1 --"),
                Arguments.of("number", "1' OR '1'='1/QĐ"),
                Arguments.of("connector", "so-gddt-ha-tinh' OR '1'='1"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("injectedFreeText")
    void sqlInAFreeTextFilterIsMatchedLiterallyAndFindsNothing(String parameter, String injected) {
        Footprint before = footprint();

        ResponseEntity<String> answer = asAdmin().getForEntity(search(parameter, injected), String.class);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(answer.getBody(), "$.total")).isZero();
        assertThat(footprint()).isEqualTo(before);
    }

    static Stream<Arguments> injectedTypedFilters() {
        return Stream.of(
                Arguments.of("state", "DELIVERED' OR '1'='1"),
                Arguments.of("from", "2026-11-20' OR '1'='1"),
                Arguments.of("to", "2026-11-20; DROP TABLE messages"),
                Arguments.of("page", "0 OR 1=1"),
                Arguments.of("size", "10; DELETE FROM messages"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("injectedTypedFilters")
    void sqlInATypedFilterIsRefusedNamingTheParameter(String parameter, String injected) {
        Refusal refusal = Refusal.ofProblem(asAdmin().getForEntity(search(parameter, injected), String.class));

        assertThat(refusal.httpStatus()).as(refusal.body()).isEqualTo(400);
        assertThat(refusal.violations()).as(refusal.body()).anySatisfy(v -> {
            assertThat(v.element()).isEqualTo(parameter);
            assertThat(v.value()).isEqualTo(injected);
        });
        assertThat(rows("messages")).isEqualTo(1);
    }

    @Test
    void theHostileSubjectIsFoundLiterallyAndReturnedAsJsonText() {
        ResponseEntity<String> answer = asAdmin().getForEntity(search("q", "<script>alert('lộ phiên')"), String.class);

        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.items[*].id")).containsExactly(hostileMessageId);
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.items[*].subject")).containsExactly(SCRIPT_SUBJECT);
    }

    @Test
    void theConsoleMessagePageShowsTheMarkupEscaped() {
        String page = console().get("/console/messages/" + hostileMessageId);

        assertThat(page).doesNotContain("<script>alert(", "<script>QĐ")
                .contains("&lt;script&gt;alert(&#39;lộ phiên&#39;)&lt;/script&gt;", "&lt;script&gt;QĐ&lt;/script&gt;");
    }

    @Test
    void theConsoleSearchEchoesInjectedTextEscaped() {
        String page = console().get(search("q", "<script>alert('lộ phiên')</script>").toString()
                .replace("/api/admin/messages", "/console/messages"));

        assertThat(page).doesNotContain("<script>alert(")
                .contains("&lt;script&gt;alert(&#39;lộ phiên&#39;)&lt;/script&gt;");
    }

    @Test
    void theConsoleSearchTreatsSqlAsText() {
        String page = console().get(search("q", "' OR '1'='1").toString()
                .replace("/api/admin/messages", "/console/messages"));

        assertThat(page).contains("&#39; OR &#39;1&#39;=&#39;1").doesNotContain(hostileMessageId);
    }

    private ConsolePages console() {
        return ConsolePages.login(port, "admin", ADMIN_PASSWORD);
    }

    private static URI search(String parameter, String value) {
        return UriComponentsBuilder.fromPath("/api/admin/messages").queryParam(parameter, "{value}")
                .encode().buildAndExpand(value).toUri();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
