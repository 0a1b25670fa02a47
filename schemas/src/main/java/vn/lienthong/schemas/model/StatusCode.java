package vn.lienthong.schemas.model;

import java.util.Arrays;
import java.util.Optional;

/** The status codes of edXML status packages (EDXML.md §4), the one table to correct if the standard says otherwise. */
public enum StatusCode {
    ARRIVED("01", "Đã đến: phần mềm đã nhận, văn thư chưa xử lý"),
    REJECTED("02", "Từ chối tiếp nhận"),
    ACCEPTED("03", "Đã tiếp nhận và vào sổ văn bản đến"),
    ASSIGNED("04", "Đã phân công xử lý"),
    PROCESSING("05", "Đang xử lý"),
    COMPLETED("06", "Hoàn thành xử lý"),
    WITHDRAW_REQUESTED("13", "Bên gửi đề nghị thu hồi / thay đổi văn bản (kèm lý do)"),
    WITHDRAW_AGREED("15", "Bên nhận đồng ý thu hồi / thay đổi"),
    WITHDRAW_REFUSED("16", "Bên nhận từ chối thu hồi / thay đổi");

    private final String code;
    private final String description;

    StatusCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The two-digit code as written in the package, e.g. {@code 03}. */
    public String code() {
        return code;
    }

    /** What the code means, in Vietnamese. */
    public String description() {
        return description;
    }

    /** The status written as {@code code}, if it is one of the table's codes. */
    public static Optional<StatusCode> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
