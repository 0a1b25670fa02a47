package vn.lienthong.gateway.attack;

import java.util.function.Supplier;

import vn.lienthong.gateway.attack.PartnerChannel.PackageKind;

/**
 * One attack and the refusal it must earn: the HTTP status and the violation that names the element, the rule
 * and (a part of) the value.
 *
 * @param name     what the attack is, as the test report shows it
 * @param kind     the intake operation it is sent to
 * @param bytes    builds the hostile package (lazily, so a parameterised run builds only what it sends)
 * @param apiKey   the partner that sends it
 * @param status   the expected HTTP status (SOAP: of the fault, and the problem's own status)
 * @param element  the element the violation names
 * @param rule     the start of the rule the violation names
 * @param value    a part of the value the violation quotes
 */
record HostileCase(String name, PackageKind kind, Supplier<byte[]> bytes, String apiKey, int status, String element,
                   String rule, String value) {

    @Override
    public String toString() {
        return name;
    }
}
