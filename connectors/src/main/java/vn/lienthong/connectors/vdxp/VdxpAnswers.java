package vn.lienthong.connectors.vdxp;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The platform's JSON answers, {@code {status, ErrorCode, ErrorDesc, ...}}, written in pure ASCII (every other
 * character \\u-escaped) because the SDK reads sendEdoc's answer as US-ASCII (MultipartUtility.finish).
 */
public final class VdxpAnswers {

    /** What the platform writes in ErrorDesc on success (edxml-convert's sample answers). */
    public static final String SUCCESS = "Thanh cong";
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private VdxpAnswers() {
    }

    /** {@code status OK, ErrorCode "0"} followed by {@code members} in their order. */
    public static byte[] ok(Map<String, ?> members) {
        Map<String, Object> answer = head("OK", VdxpErrorCode.OK.code(), SUCCESS);
        answer.putAll(members);
        return write(answer);
    }

    /** {@code status FAIL} with the refusal's code and description. */
    public static byte[] fail(VdxpRefusal refusal) {
        return write(head("FAIL", refusal.code().code(), refusal.getMessage()));
    }

    private static Map<String, Object> head(String status, String code, String description) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("ErrorCode", code);
        answer.put("ErrorDesc", description);
        return answer;
    }

    private static byte[] write(Map<String, Object> answer) {
        try {
            return JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
    }
}
