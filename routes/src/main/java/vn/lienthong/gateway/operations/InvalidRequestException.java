package vn.lienthong.gateway.operations;

/** An operator request with a parameter that cannot be used; names the parameter, the rule and the value. */
public class InvalidRequestException extends RuntimeException {

    private final String parameter;
    private final String rule;
    private final String value;

    public InvalidRequestException(String parameter, String rule, String value) {
        super(parameter + ": " + rule + (value == null ? "" : " (got \"" + value + "\")"));
        this.parameter = parameter;
        this.rule = rule;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return rule;
    }

    public String value() {
        return value;
    }
}
