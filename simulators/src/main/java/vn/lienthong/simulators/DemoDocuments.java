package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The department's demo documents: numbered official letters with varied subjects and recipients. */
public final class DemoDocuments {

    /** One recipient of the demo: agency code and name. */
    public record Recipient(String agency, String name) {
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TEMPLATE = load("demo/cong-van.xml");
    private static final List<String> SUBJECTS = List.of(
            "Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026–2027",
            "Về việc hướng dẫn nhiệm vụ giáo dục trung học năm học 2026–2027",
            "Về việc tăng cường công tác phòng chống đuối nước cho học sinh",
            "Về việc báo cáo số liệu đội ngũ giáo viên đầu năm học",
            "Về việc triển khai chuyển đổi số trong quản lý trường học",
            "Về việc tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XIX",
            "Về việc kiểm tra công tác tuyển sinh vào lớp 10 trung học phổ thông",
            "Về việc bồi dưỡng thường xuyên cho cán bộ quản lý và giáo viên");

    private final List<List<Recipient>> recipientSets;

    /** Each document goes to the next set of {@code recipientSets}, round and round. */
    public DemoDocuments(List<List<Recipient>> recipientSets) {
        this.recipientSets = List.copyOf(recipientSets);
    }

    public String subject(int number) {
        return SUBJECTS.get(Math.floorMod(number, SUBJECTS.size()));
    }

    public List<Recipient> recipients(int number) {
        return recipientSets.get(Math.floorMod(number, recipientSets.size()));
    }

    /** Document number {@code number}/CV-SGDĐT of today, as an edXML package. */
    public byte[] document(int number) {
        ZonedDateTime now = ZonedDateTime.now(VIETNAM);
        String to = recipients(number).stream().map(r -> """
                        <edXML:To>
                          <edXML:OrganId>%s</edXML:OrganId>
                          <edXML:OrganName>%s</edXML:OrganName>
                        </edXML:To>""".formatted(r.agency(), r.name()).indent(8).stripTrailing())
                .collect(Collectors.joining("\n"));
        return TEMPLATE.replace("${recipients}", to)
                .replace("${number}", String.valueOf(number))
                .replace("${subject}", subject(number))
                .replace("${date}", now.format(DateTimeFormatter.ofPattern("uuuu/MM/dd")))
                .replace("${timestamp}", now.format(DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String load(String resource) {
        try (InputStream in = DemoDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the simulators jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
