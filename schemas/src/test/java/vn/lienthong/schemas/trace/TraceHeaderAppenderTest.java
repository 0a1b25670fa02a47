package vn.lienthong.schemas.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.ParsedPackage;

/** This hop's TraceHeader goes after the sender's, before Bussiness, and the package stays valid. */
class TraceHeaderAppenderTest {

    private final EdxmlValidator validator = new EdxmlValidator(Clock.fixed(
            LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void addsTheHopAfterTheSendersTraceHeaderAndBeforeBussiness() throws IOException {
        byte[] original = sample("samples/valid-new-document.xml");

        byte[] traced = TraceHeaderAppender.append(original, "000.00.13.H53", "2026/11/21 09:15:00");

        String text = new String(traced, StandardCharsets.UTF_8);
        int added = text.indexOf("<edXML:Timestamp>2026/11/21 09:15:00</edXML:Timestamp>");
        assertThat(added).isGreaterThan(text.indexOf("<edXML:Timestamp>2026/11/20 15:30:00</edXML:Timestamp>"));
        assertThat(added).isLessThan(text.indexOf("<edXML:Bussiness>"));
        ParsedPackage parsed = validator.validate(traced);
        assertThat(parsed.root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList().getTraceHeader())
                .hasSize(2);
    }

    @Test
    void changesNothingElse() throws IOException {
        byte[] original = sample("samples/valid-new-document.xml");
        String entry = "<edXML:TraceHeader><edXML:OrganId>000.00.13.H53</edXML:OrganId>"
                + "<edXML:Timestamp>2026/11/21 09:15:00</edXML:Timestamp></edXML:TraceHeader>";

        String traced = new String(TraceHeaderAppender.append(original, "000.00.13.H53", "2026/11/21 09:15:00"),
                StandardCharsets.UTF_8);

        assertThat(traced.replace(entry, "")).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void createsATraceHeaderListWhenThePackageHasNone() throws IOException {
        String withoutList = new String(sample("samples/valid-new-document.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<edXML:TraceHeaderList>.*</edXML:TraceHeaderList>", "");

        byte[] traced = TraceHeaderAppender.append(withoutList.getBytes(StandardCharsets.UTF_8), "000.00.13.H53",
                "2026/11/21 09:15:00");

        assertThat(validator.validate(traced).root().getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList()
                .getTraceHeader()).extracting(h -> h.getOrganId()).containsExactly("000.00.13.H53");
    }

    @Test
    void goesAfterTheLastTraceHeaderWhereTheProducerWritesBussinessFirst() {
        byte[] vnpt = resource("packages/producers/vnpt-edxml102-document.xml");

        String traced = new String(TraceHeaderAppender.append(vnpt, "000.00.13.H53", "2026/11/21 09:15:00"),
                StandardCharsets.UTF_8);

        int added = traced.indexOf("<edXML:Timestamp>2026/11/21 09:15:00</edXML:Timestamp>");
        assertThat(added).isGreaterThan(traced.indexOf("<edXML:Timestamp>2026/11/19 14:05:11</edXML:Timestamp>"));
        assertThat(validator.validate(traced.getBytes(StandardCharsets.UTF_8)).root().getEdXMLEnvelope()
                .getEdXMLHeader().getTraceHeaderList().getTraceHeader()).extracting(h -> h.getTimestamp())
                .containsExactly("2026/11/19 14:05:11", "2026/11/21 09:15:00");
    }

    @Test
    void goesBeforeBkavsBusinessBlockWhenTheListHasNoTraceHeader() {
        String bkav = new String(resource("packages/producers/bkav-document.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<edXML:TraceHeader>.*?</edXML:TraceHeader>", "");

        String traced = new String(TraceHeaderAppender.append(bkav.getBytes(StandardCharsets.UTF_8), "000.00.13.H53",
                "2026/11/21 09:15:00"), StandardCharsets.UTF_8);

        assertThat(traced.indexOf("2026/11/21 09:15:00")).isLessThan(traced.indexOf("<edXML:Business>"));
        assertThat(validator.validate(traced.getBytes(StandardCharsets.UTF_8)).businessDocType()).isEqualTo("0");
    }

    @Test
    void leavesAPackageInAnotherEncodingUntouched() {
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><edXML/>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TraceHeaderAppender.append(latin, "000.00.13.H53", "2026/11/21 09:15:00")).isSameAs(latin);
    }

    private static byte[] resource(String name) {
        try {
            return sample(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = TraceHeaderAppenderTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
