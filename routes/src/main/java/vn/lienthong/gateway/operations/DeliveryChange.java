package vn.lienthong.gateway.operations;

/**
 * One delivery an operator action changed.
 *
 * @param previousState the state it left, such as {@code DEAD}
 * @param attempts attempts made so far; a replay keeps them
 */
public record DeliveryChange(String deliveryId, String connectorId, String previousState, int attempts) {
}
