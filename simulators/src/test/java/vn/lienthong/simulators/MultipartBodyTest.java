package vn.lienthong.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.junit.jupiter.api.Test;

/** The simulator finds {@code file_doc} byte for byte in a body built by the same library the gateway uses. */
class MultipartBodyTest {

    private static final byte[] PACKAGE = "<edXML>Về việc tổ chức kỳ thi\r\n--giả-ranh-giới</edXML>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void findsTheNamedPartByteForByte() throws IOException {
        HttpEntity entity = MultipartEntityBuilder.create()
                .addTextBody("ghi_chu", "không phải gói tin", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
                .addBinaryBody("file_doc", PACKAGE, ContentType.APPLICATION_XML, "goi-tin.edxml")
                .build();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        entity.writeTo(body);

        assertThat(MultipartBody.part(entity.getContentType(), body.toByteArray(), "file_doc")).hasValue(PACKAGE);
        assertThat(MultipartBody.part(entity.getContentType(), body.toByteArray(), "khac")).isEmpty();
    }

    @Test
    void aBodyWithoutBoundaryHasNoParts() {
        assertThat(MultipartBody.part("application/xml", PACKAGE, "file_doc")).isEmpty();
        assertThat(MultipartBody.part(null, PACKAGE, "file_doc")).isEmpty();
    }
}
