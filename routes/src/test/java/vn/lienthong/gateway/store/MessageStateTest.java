package vn.lienthong.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.gateway.store.DeliveryState.ABANDONED;
import static vn.lienthong.gateway.store.DeliveryState.DEAD;
import static vn.lienthong.gateway.store.DeliveryState.DELIVERED;
import static vn.lienthong.gateway.store.DeliveryState.IN_FLIGHT;
import static vn.lienthong.gateway.store.DeliveryState.QUEUED;
import static vn.lienthong.gateway.store.DeliveryState.REJECTED;
import static vn.lienthong.gateway.store.DeliveryState.RETRYING;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A message's state is derived from its deliveries' states. */
class MessageStateTest {

    @Test
    void nothingAttemptedIsAccepted() {
        assertThat(MessageStateUpdater.derive(List.of(QUEUED, QUEUED), false)).isEqualTo(MessageState.ACCEPTED);
    }

    @Test
    void anUnfinishedDeliveryAfterAnAttemptIsDelivering() {
        assertThat(MessageStateUpdater.derive(List.of(DELIVERED, RETRYING), true)).isEqualTo(MessageState.DELIVERING);
        assertThat(MessageStateUpdater.derive(List.of(DEAD, IN_FLIGHT), true)).isEqualTo(MessageState.DELIVERING);
    }

    @Test
    void allDeliveredIsDelivered() {
        assertThat(MessageStateUpdater.derive(List.of(DELIVERED, DELIVERED), true)).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void aDeadDeliveryMakesTheMessageDeadEvenBesideARefusal() {
        assertThat(MessageStateUpdater.derive(List.of(DELIVERED, DEAD), true)).isEqualTo(MessageState.DEAD);
        assertThat(MessageStateUpdater.derive(List.of(REJECTED, DEAD), true)).isEqualTo(MessageState.DEAD);
    }

    @Test
    void aRefusalWithoutDeadDeliveriesIsRejected() {
        assertThat(MessageStateUpdater.derive(List.of(DELIVERED, REJECTED), true)).isEqualTo(MessageState.REJECTED);
    }

    @Test
    void anAbandonedDeliveryFinishesTheMessageAsAbandoned() {
        assertThat(MessageStateUpdater.derive(List.of(DELIVERED, ABANDONED), true)).isEqualTo(MessageState.ABANDONED);
    }

    @Test
    void aDeadOrRefusedDeliveryOutweighsAnAbandonedOne() {
        assertThat(MessageStateUpdater.derive(List.of(ABANDONED, DEAD), true)).isEqualTo(MessageState.DEAD);
        assertThat(MessageStateUpdater.derive(List.of(ABANDONED, REJECTED), true)).isEqualTo(MessageState.REJECTED);
    }
}
