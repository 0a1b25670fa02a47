package vn.lienthong.gateway.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.deadlines.AgencyNames;

/**
 * A message's history in the clerk's language: each event type by name, and the details the store writes in one
 * fixed English form each ({@code MessageEvents} callers) re-told from their parts; a detail in any other form is
 * shown as written. Templates call it as {@code @eventTexts}.
 */
@Component("eventTexts")
public class EventTexts {

    /** One form a detail is written in, and the message key that tells it. */
    private record Form(String typePrefix, Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("RECEIVED", Pattern.compile("via (\\S+) from (\\S+), (\\d+) bytes, sha256 (\\S+)"),
                    "event.detail.received"),
            new Form("DELIVERY_INTERRUPTED", Pattern.compile("attempt (\\d+) was interrupted"),
                    "event.detail.interrupted"),
            new Form("DELIVERY_REPLAYED", Pattern.compile("(\\S+) was (\\S+) after (\\d+) attempts; replayed by "
                    + "(\\S+): (.*)", Pattern.DOTALL), "event.detail.replayed"),
            new Form("DELIVERY_ABANDONED", Pattern.compile("(\\S+) was (\\S+) after (\\d+) attempts; abandoned by "
                    + "(\\S+): (.*)", Pattern.DOTALL), "event.detail.abandoned"),
            new Form("DELIVERY_", Pattern.compile("(\\S+) attempt (\\d+): (.*)", Pattern.DOTALL),
                    "event.detail.attempt"),
            new Form("STATUS_", Pattern.compile("(\\S+) reported status (\\S+) \\(status (\\S+)\\)"),
                    "event.detail.status"),
            new Form("INBOX_ACKNOWLEDGED", Pattern.compile("(\\S+) took delivery (\\S+)"), "event.detail.inbox"));

    private final MessageSource messages;
    private final AgencyNames names;

    public EventTexts(MessageSource messages, AgencyNames names) {
        this.messages = messages;
        this.names = names;
    }

    /** {@code RECEIVED} → "Tiếp nhận văn bản"; {@code STATUS_03} → "Trạng thái 03: Đã vào sổ văn bản đến". */
    public String type(String type) {
        Locale locale = LocaleContextHolder.getLocale();
        if (type.startsWith("STATUS_")) {
            String code = type.substring("STATUS_".length());
            return messages.getMessage("event.STATUS", new Object[] {code, statusMeaning(code)}, locale);
        }
        return messages.getMessage("event." + type, null, type, locale);
    }

    public String detail(String type, String detail) {
        if (detail == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(detail);
            if (type.startsWith(form.typePrefix()) && m.matches()) {
                return messages.getMessage(form.key(), arguments(form, m), detail, locale);
            }
        }
        return detail;
    }

    /** What a business status code means, in the clerk's language; the code itself when unknown. */
    public String statusMeaning(String code) {
        return code == null ? "" : messages.getMessage("status." + code, null, code, LocaleContextHolder.getLocale());
    }

    private Object[] arguments(Form form, Matcher m) {
        Object[] args = new Object[m.groupCount() + 1];
        for (int i = 1; i <= m.groupCount(); i++) {
            args[i - 1] = m.group(i);
        }
        if ("event.detail.status".equals(form.key())) {
            String name = names.of(m.group(1));
            args[0] = name == null ? m.group(1) : name + " (" + m.group(1) + ")";
            args[m.groupCount()] = statusMeaning(m.group(2));
        } else if (form.key().equals("event.detail.replayed") || form.key().equals("event.detail.abandoned")) {
            args[1] = messages.getMessage("state." + m.group(2), null, m.group(2), LocaleContextHolder.getLocale());
        }
        return args;
    }
}
