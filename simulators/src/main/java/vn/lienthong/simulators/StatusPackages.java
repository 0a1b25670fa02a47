package vn.lienthong.simulators;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Builds edXML status packages in the shape of the schemas module's {@code samples/valid-status-03.xml}: the status
 * under {@code edXMLHeader/Status}, as the national platform's SDK families write it, without a TraceHeaderList.
 */
public final class StatusPackages {

    /** edXML times are Vietnamese local time. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    private StatusPackages() {
    }

    /** A status from {@code clerk}'s agency about {@code document}, stamped now. */
    public static byte[] answer(ClerkProfile clerk, EdxmlFields document, String statusCode, String description) {
        String now = ZonedDateTime.now(VIETNAM).format(TIMESTAMP);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                  <edXML:edXMLEnvelope>
                    <edXML:edXMLHeader>
                      <edXML:Status>
                        <edXML:From>
                          <edXML:OrganId>%1$s</edXML:OrganId>
                          <edXML:OrganName>%2$s</edXML:OrganName>
                        </edXML:From>
                        <edXML:ResponseFor>
                          <edXML:OrganId>%3$s</edXML:OrganId>
                          <edXML:Code>%4$s</edXML:Code>
                          <edXML:PromulgationDate>%5$s</edXML:PromulgationDate>
                          <edXML:DocumentId>%6$s</edXML:DocumentId>
                        </edXML:ResponseFor>
                        <edXML:StaffInfo>
                          <edXML:Department>Văn phòng</edXML:Department>
                          <edXML:Staff>%7$s</edXML:Staff>
                        </edXML:StaffInfo>
                        <edXML:StatusCode>%8$s</edXML:StatusCode>
                        <edXML:Description>%9$s</edXML:Description>
                        <edXML:Timestamp>%10$s</edXML:Timestamp>
                      </edXML:Status>
                    </edXML:edXMLHeader>
                  </edXML:edXMLEnvelope>
                </edXML:edXML>
                """.formatted(escape(clerk.agency()), escape(clerk.organName()), escape(document.senderId()),
                escape(document.documentNumber()), escape(document.promulgationDate()), escape(document.documentId()),
                escape(clerk.staff()), statusCode, escape(description), now);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
