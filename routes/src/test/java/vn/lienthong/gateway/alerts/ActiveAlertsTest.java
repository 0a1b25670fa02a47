package vn.lienthong.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A condition is raised once while it lasts, resolved once when it ends, and is a new alert if it comes back. */
class ActiveAlertsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final ActiveAlerts active = new ActiveAlerts();

    @Test
    void aConditionFoundAgainIsTheSameAlertAndRaisesNothingNew() {
        List<AlertChange> first = active.update(List.of(failing()), T0);
        List<AlertChange> second = active.update(List.of(failing()), T0.plusSeconds(60));

        assertThat(first).extracting(AlertChange::state).containsExactly(AlertChange.RAISED);
        assertThat(second).isEmpty();
        assertThat(active.all()).extracting(Alert::id).containsExactly(first.get(0).alert().id());
        assertThat(active.all().get(0).raisedAt()).isEqualTo(T0);
    }

    @Test
    void aConditionNoLongerFoundIsResolvedOnceWithTheIdItWasRaisedWith() {
        String id = active.update(List.of(failing()), T0).get(0).alert().id();

        List<AlertChange> resolved = active.update(List.of(), T0.plusSeconds(60));
        List<AlertChange> afterwards = active.update(List.of(), T0.plusSeconds(120));

        assertThat(resolved).singleElement().satisfies(change -> {
            assertThat(change.state()).isEqualTo(AlertChange.RESOLVED);
            assertThat(change.alert().id()).isEqualTo(id);
            assertThat(change.notificationId()).isEqualTo(id + "/resolved");
        });
        assertThat(afterwards).isEmpty();
        assertThat(active.all()).isEmpty();
    }

    @Test
    void aConditionThatComesBackIsANewAlert() {
        String firstId = active.update(List.of(failing()), T0).get(0).alert().id();
        active.update(List.of(), T0.plusSeconds(60));

        String secondId = active.update(List.of(failing()), T0.plusSeconds(120)).get(0).alert().id();

        assertThat(secondId).isNotEqualTo(firstId);
    }

    private static Alert failing() {
        return Alert.found(AlertKind.CONNECTOR_FAILING, "phong-gddt-thach-ha", null, T0.minusSeconds(900),
                "Every attempt through connector phong-gddt-thach-ha has failed");
    }
}
